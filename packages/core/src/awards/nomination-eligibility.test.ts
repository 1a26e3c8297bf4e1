// Eligibility against the encoded seed plans: each condition's verdict with the data behind it.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePlanYaml } from '../plans/plan-yaml'
import type { Plan } from '../plans/plan-schema'
import { checkEligibility, type Attestation } from './nomination-eligibility'
import { buildNomineeFacts, type EvaluationFact, type NomineeFactsInput } from './nomination-facts'

const ROOT = fileURLToPath(new URL('../../../../plans/seeds/', import.meta.url))
function load(name: string): Plan {
  const result = parsePlanYaml(readFileSync(`${ROOT}${name}.yaml`, 'utf8'))
  if ('errors' in result) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.plan
}
const plan000 = load('000-bac-quang-2024')
const plan002 = load('002-luc-ngan-2020-2025')

const antt2024: EvaluationFact = {
  kind: 'antt',
  year: 2024,
  result: 'dat',
  decisionNumber: '15/QĐ-UBND',
  decisionDate: '2024-11-20',
}
const movement = (result: string): EvaluationFact => ({
  kind: 'movement',
  year: 2024,
  result,
  decisionNumber: '20/QĐ-UBND',
  decisionDate: '2024-11-25',
})

function facts(overrides: Partial<NomineeFactsInput> = {}) {
  return buildNomineeFacts({
    year: 2024,
    unit: { name: 'Xã Việt Vinh', kind: 'commune' },
    registration: { takePart: true, strivesForAntt: true, buildsExemplary: false },
    evaluations: [antt2024, movement('xuat_sac')],
    // The register's figures (ADR 019): one model rated Tốt in the year.
    figures: { 'model_register.good': 1, 'model_register.effective': 2 },
    person: null,
    ...overrides,
  })
}

const attest = (conditionKey: string): Attestation => ({
  conditionKey,
  evidenceFileId: 7,
  evidenceFilename: 'bao-cao.pdf',
  confirmedBy: 'Nguyễn Văn An, Chủ tịch UBND xã',
  confirmedAt: '2024-10-30',
})

describe('checkEligibility', () => {
  const commune = {
    plan: plan000,
    formId: 'gk-ca-tinh',
    subjectId: 'xa-thi-tran',
    unitKind: 'commune',
  }

  it('shows each computed condition with the data behind it', () => {
    const result = checkEligibility({ ...commune, facts: facts(), attestations: [] })
    const antt = result.conditions.find((c) => c.key === 'tieu-chuan-xa/antt')
    expect(antt).toMatchObject({
      status: 'pass',
      data: 'ANTT 2024: đạt, QĐ số 15/QĐ-UBND ngày 20/11/2024',
    })
    expect(result.conditions.find((c) => c.key === 'tieu-chuan-xa/xuat-sac')?.data).toBe(
      'Phân loại phong trào 2024: Xuất sắc, QĐ số 20/QĐ-UBND ngày 25/11/2024',
    )
    expect(result.eligible).toBe(false) // attested conditions lack evidence
    expect(result.summary).toContain('Đạt 3/6 điều kiện')
  })

  it('passes when attested conditions carry evidence and the confirming person', () => {
    const keys = ['hoan-thanh-chi-tieu', 'nhiem-vu-chinh-tri', 'to-chuc-dang']
    const attestations = keys.map((key) => attest(`tieu-chuan-xa/${key}`))
    const result = checkEligibility({ ...commune, facts: facts(), attestations })
    expect(result.eligible).toBe(true)
    expect(result.conditions.at(-1)?.data).toBe(
      'Xác nhận: Nguyễn Văn An, Chủ tịch UBND xã ngày 30/10/2024, minh chứng: bao-cao.pdf',
    )
  })

  it('fails a class below the criterion and says why; unknown when there is no data', () => {
    const weak = checkEligibility({
      ...commune,
      facts: facts({ evaluations: [antt2024, movement('kha')] }),
      attestations: [],
    })
    expect(weak.conditions.find((c) => c.key === 'tieu-chuan-xa/xuat-sac')?.status).toBe('fail')
    const none = checkEligibility({
      ...commune,
      facts: facts({ evaluations: [] }),
      attestations: [],
    })
    const antt = none.conditions.find((c) => c.key === 'tieu-chuan-xa/antt')
    expect(antt).toMatchObject({ status: 'fail', data: 'ANTT 2024: chưa có kết quả đánh giá' })
    const cls = none.conditions.find((c) => c.key === 'tieu-chuan-xa/xuat-sac')
    expect(cls?.status).toBe('unknown')
    expect(cls?.data).toContain('chưa đủ dữ liệu')
  })

  it('judges an individual on their own facts and their unit’s (a school leader)', () => {
    const person = {
      role: 'unit_leader',
      position: 'Hiệu trưởng',
      isLeader: true,
      familyCultural: true,
      taskRating: null,
    }
    const school = { unit: { name: 'Trường THPT Bắc Quang', kind: 'school' }, person }
    const input = {
      plan: plan000,
      formId: 'gk-ca-tinh',
      subjectId: 'ca-nhan-cqdn',
      unitKind: 'school',
    }
    const leader = checkEligibility({
      ...input,
      facts: facts({ ...school, evaluations: [] }),
      attestations: [],
    })
    const rule = leader.conditions.find((c) => c.kind === 'computed')
    expect(rule?.status).toBe('fail')
    expect(rule?.data).toContain('Lãnh đạo đơn vị: có')
    const teacher = { ...person, role: 'public_employee', position: 'Giáo viên', isLeader: false }
    const ok = checkEligibility({
      ...input,
      facts: facts({ ...school, person: teacher }),
      attestations: [],
    })
    expect(ok.conditions.find((c) => c.kind === 'computed')?.status).toBe('pass')
  })

  it('applies plan 002 gates to collectives of the listed kinds only', () => {
    const base = { plan: plan002, formId: 'gk-chu-tich-huyen', attestations: [] }
    const gated = checkEligibility({
      ...base,
      subjectId: 'tap-the',
      unitKind: 'commune',
      facts: facts({ evaluations: [antt2024, movement('yeu')] }),
    })
    expect(gated.conditions).toHaveLength(1)
    expect(gated.conditions[0]).toMatchObject({ kind: 'gate', status: 'fail' })
    const person = checkEligibility({
      ...base,
      subjectId: 'ca-nhan',
      unitKind: 'commune',
      facts: facts(),
    })
    expect(person).toMatchObject({ eligible: true, conditions: [] })
  })
})
