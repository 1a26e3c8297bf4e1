// A small plan that uses every section, for loader, validation and cascade tests. Tests derive
// malformed variants from it by replacing one piece of text.
import { parsePlanYaml } from '../src/plans/plan-yaml'
import type { Plan } from '../src/plans/plan-schema'

export const MINIMAL_PLAN_YAML = `schemaVersion: 1
id: test-plan
version: 1
metadata:
  source: tiêu đề
  text: Kế hoạch thử nghiệm năm 2024
  title: Kế hoạch thử nghiệm
  kind: emulation_launch
  issuer:
    source: mở đầu
    text: Ban Chỉ đạo thử nghiệm
    name: Ban Chỉ đạo 138 huyện Thử Nghiệm
    code: BCĐ
    level: district
  number: { sequence: 12, symbol: KH-BCĐ }
  date: '2024-04-08'
  place: Bắc Quang
  signer:
    source: chữ ký
    text: TM. BAN CHỈ ĐẠO TRƯỞNG BAN
    name: Nguyễn Văn A
    title: TRƯỞNG BAN
    authority:
      - { prefix: TM., title: BAN CHỈ ĐẠO }
period:
  source: mở đầu
  text: năm 2024
  startYear: 2024
  endYear: 2024
  phases:
    - { id: quy-1, source: I, text: Quý I, label: Quý I, start: '2024-01-01', end: '2024-03-31' }
subjects:
  - id: xa
    source: II
    text: Nhân dân và cán bộ xã
    kind: collective
    label: Xã
    unitKinds: [commune]
exclusions:
  - id: tieu-hoc
    source: VI
    text: trừ tiểu học
    match: { kind: school, schoolLevels: [primary] }
    appliesTo: [registration]
targets:
  - id: antt
    source: IV.2
    text: 95% đạt ANTT
    label: Đạt ANTT
    measure: { type: unit_share, condition: antt.recognized }
    scope: { unitKinds: [commune] }
    comparator: '>='
    threshold: 95%
    milestones:
      - { phase: quy-1, comparator: '>=', threshold: 50% }
awardForms:
  - id: bk
    source: V.1
    text: Bằng khen
    name: Bằng khen
    authority: UBND tỉnh
    proposer: Hội đồng
    decider: Chủ tịch UBND tỉnh
    quota: { type: fixed, count: 9, recipients: collective }
    dossier: { source: V.3, text: 03 bộ, sets: 3, originals: false, items: [to-trinh] }
    subjects: [xa]
awardCriteria:
  - id: tc-xa
    source: V.2
    text: Tiêu chuẩn xã
    subjects: [xa]
    awards: [bk]
    computed:
      - { id: antt, source: V.2, text: đạt ANTT, formula: 'antt.recognized and movement.class = "xuat_sac"' }
    attested:
      - { id: doan-ket, source: V.2, text: đoàn kết, evidence: Báo cáo }
awardGates:
  - id: gate
    source: VI.3
    text: không khen
    condition: 'antt.recognized and movement.class != "yeu"'
dossierItems:
  - { id: to-trinh, source: V.3, text: Tờ trình, name: Tờ trình, kind: submission_letter }
deadlines:
  - { id: dang-ky, source: VI.1, text: trước 20/4/2024, date: '2024-04-20', closes: registration, awards: [bk] }
bodies:
  - { id: ca-huyen, name: Công an huyện, kind: agency, subtype: armed_forces }
tasks:
  - { id: ca-huyen, source: VI.5, text: Công an huyện, owner: ca-huyen, task: Thẩm định, due: '2024-11-10' }
reporting:
  obligations:
    - { id: bao-cao, source: VI, text: báo cáo, label: Báo cáo năm, reporter: Xã, recipient: Huyện, frequency: yearly, kind: report, annual: 12-14 }
budget:
  - { id: kp, source: V, text: kinh phí, funding: [state_budget], estimateLevels: [commune], approvedBy: ca-huyen, cadence: yearly }
notEnforced:
  - { source: I, text: năm 2030, values: [2030], reason: Định hướng }
`

export function loadMinimalPlan(text: string = MINIMAL_PLAN_YAML): Plan {
  const result = parsePlanYaml(text)
  if ('errors' in result)
    throw new Error(
      result.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join('\n'),
    )
  return result.plan
}

/** A deep copy of the plan with a change applied, for cascade and diff tests. */
export function changePlan(plan: Plan, change: (copy: Plan) => void): Plan {
  const copy = structuredClone(plan)
  change(copy)
  return copy
}
