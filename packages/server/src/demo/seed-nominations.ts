// Demo nominations for the web journeys, written once per plan-year after the demo campaign:
// plan 000 (Bắc Quang) — a teacher of a school as a draft for a Giấy khen, communes at each
// step of the route (submitted, appraised, returned with a reason), the district's allocated
// quotas and a dossier extension to the end of next year so the demo can still submit; plan
// 004 (Đồng Tháp) — nine appraised Cờ thi đua proposals, so the fixed quota reads 9/9.
import { nomineeKeyOf, type NomineePerson } from '@antq/core'
import type { Deps } from '../deps'
import type { Database } from '../db/schema'
import { appendAudit } from '../features/audit/audit.repository'
import {
  insertNomination,
  appendNominationHistory,
} from '../features/nominations/nominations.repository'
import { insertAllocation } from '../features/nominations/nominations-quota.repository'
import { insertExtension } from '../features/registrations/registrations-extensions.repository'
import type { Kysely } from 'kysely'
import { SYSTEM_ACTOR } from './seed-demo'

const YEAR = 2024
const BY = SYSTEM_ACTOR.username
type Unit = { id: number; name: string; path: string; parent_id: number | null }
type Step = [action: string, to: string, reason?: string]
type PlanRow = { id: number; plan_key: string; scope_path: string | null }

async function unitsUnder(db: Kysely<Database>, path: string, kind: string, limit: number) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'path', 'parent_id'])
    .where('path', 'like', `${path}%`)
    .where('kind', '=', kind)
    .orderBy('path')
    .limit(limit)
    .execute()
}

async function propose(
  tx: Kysely<Database>,
  plan: PlanRow,
  at: Date,
  input: {
    form: string
    group: string
    proposing: Unit
    subject: string
    nominee: Unit | null
    person?: Record<string, unknown>
    summary: string
    steps: Step[]
  },
) {
  const person = input.person as
    { fullName: string; position: string; role: string; unitId: number; facts: unknown } | undefined
  const last = input.steps.at(-1)
  const id = await insertNomination(tx, {
    ...{
      plan_key: plan.plan_key,
      plan_id: plan.id,
      year: YEAR,
      award_form_id: input.form,
      form_group: input.group,
    },
    ...{ proposing_unit_id: input.proposing.id, proposing_unit_path: input.proposing.path },
    subject_kind: person ? 'individual' : 'collective',
    subject_id: input.subject,
    nominee_unit_id: input.nominee?.id ?? null,
    ...{
      person_name: person?.fullName ?? null,
      person_position: person?.position ?? null,
      person_role: person?.role ?? null,
    },
    person_unit_id: person?.unitId ?? null,
    nominee_key: person
      ? nomineeKeyOf({
          kind: 'individual',
          subjectId: input.subject,
          person: { ...person, birthYear: null } as NomineePerson,
        })
      : `unit:${input.nominee?.id}`,
    person_facts: JSON.stringify(person?.facts ?? {}),
    achievement_summary: input.summary,
    status: last?.[1] ?? 'draft',
    status_reason: last?.[2] ?? null,
    submitted_at: input.steps.some(([action]) => action === 'submit') ? at : null,
    ...{ created_by: BY, created_at: at, updated_by: BY, updated_at: at },
  })
  let from: string | null = null
  for (const [action, to, reason] of [['create', 'draft'] as Step, ...input.steps]) {
    await appendNominationHistory(tx, {
      nomination_id: id,
      at,
      actor_name: BY,
      action,
      from_status: from,
      to_status: to,
      reason: reason ?? null,
    })
    from = to
  }
  return id
}

async function seedPlan000(tx: Kysely<Database>, plan: PlanRow, district: Unit, at: Date) {
  const [school] = await unitsUnder(tx, district.path, 'school', 1)
  const communes = await unitsUnder(tx, district.path, 'commune', 3)
  const commune = communes.find((unit) => unit.id === school?.parent_id) ?? communes[0]
  if (!school || !commune || communes.length < 3) return 0
  const [second, third] = communes.filter((unit) => unit.id !== commune.id)
  if (!second || !third) return 0
  const base = { group: 'commendation', proposing: district }
  const ids = [
    await propose(tx, plan, at, {
      ...{
        form: 'gk-ca-tinh',
        group: 'commendation',
        proposing: school,
        subject: 'ca-nhan-cqdn',
        nominee: null,
      },
      person: {
        fullName: 'Nguyễn Thị Hoa',
        position: 'Giáo viên',
        role: 'public_employee',
        unitId: school.id,
        facts: { isLeader: false, familyCultural: true, taskRating: null },
      },
      summary:
        'Tích cực tuyên truyền, giáo dục học sinh phòng, chống tội phạm và tệ nạn xã hội trong nhà trường năm 2024',
      steps: [],
    }),
    await propose(tx, plan, at, {
      ...base,
      form: 'bk-ubnd-tinh',
      subject: 'xa-thi-tran',
      nominee: commune,
      summary: 'Xã đạt tiêu chuẩn An toàn về ANTT, phong trào xếp loại Xuất sắc năm 2024',
      steps: [['submit', 'submitted']],
    }),
    await propose(tx, plan, at, {
      ...base,
      form: 'gk-ca-tinh',
      subject: 'xa-thi-tran',
      nominee: second,
      summary: 'Mô hình "Camera an ninh" hoạt động hiệu quả',
      steps: [
        ['submit', 'submitted'],
        ['appraise', 'appraised'],
      ],
    }),
    await propose(tx, plan, at, {
      ...base,
      form: 'gk-ubnd-huyen',
      subject: 'xa-thi-tran',
      nominee: third,
      summary: 'Hoàn thành xuất sắc chỉ tiêu thi đua năm 2024',
      steps: [
        ['submit', 'submitted'],
        ['return', 'returned', 'Bổ sung báo cáo thành tích có xác nhận của UBND xã'],
      ],
    }),
  ]
  for (const [form, count] of [
    ['gk-ca-tinh', 5],
    ['bk-ubnd-tinh', 3],
  ] as const)
    await insertAllocation(tx, {
      ...{
        plan_key: plan.plan_key,
        year: YEAR,
        award_form_id: form,
        from_unit_id: null,
        to_unit_id: district.id,
      },
      ...{
        to_unit_path: district.path,
        count,
        note: 'Chỉ tiêu mẫu được cấp trên giao',
        allocated_by: BY,
        allocated_at: at,
      },
    })
  // The demo runs after the plan's dates: the dossier and its appraisal are extended.
  for (const closes of ['dossier', 'appraisal'])
    await insertExtension(tx, {
      ...{
        plan_key: plan.plan_key,
        closes,
        year: YEAR,
        unit_ids: null,
        scope_path: district.path,
      },
      until: `${at.getUTCFullYear() + 1}-12-31`,
      ...{
        reason: `Dữ liệu mẫu: gia hạn để trình diễn việc ${closes === 'dossier' ? 'nộp' : 'thẩm định'} hồ sơ`,
        granted_by: BY,
        granted_at: at,
      },
    })
  return ids.length
}

async function seedPlan004(tx: Kysely<Database>, plan: PlanRow, scopePath: string, at: Date) {
  const communes = await unitsUnder(tx, scopePath, 'commune', 9)
  for (const commune of communes)
    await propose(tx, plan, at, {
      ...{
        form: 'co-thi-dua-ubnd-tinh',
        group: 'emulation_title',
        proposing: commune,
        subject: 'xa-phuong-thi-tran',
      },
      ...{
        nominee: commune,
        summary: 'Dẫn đầu phong trào thi đua bảo vệ ANTQ năm 2024',
        steps: [
          ['submit', 'submitted'],
          ['appraise', 'appraised'],
        ],
      },
    })
  return communes.length
}

/** Seed the demo nominations once; the number written (0 when already there). */
export async function seedDemoNominations(deps: Deps): Promise<number> {
  const plans = await deps.db
    .selectFrom('plans')
    .select(['id', 'plan_key', 'scope_path', 'issuer_unit_id'])
    .where('status', '=', 'published')
    .where('plan_key', 'in', ['000-bac-quang-2024', '004-dong-thap-2024'])
    .execute()
  const existing = await deps.db
    .selectFrom('nominations')
    .select('id')
    .where(
      'plan_key',
      'in',
      plans.map((plan) => plan.plan_key),
    )
    .executeTakeFirst()
  if (existing || plans.length === 0) return 0
  const at = deps.now()
  return deps.db.transaction().execute(async (tx) => {
    let written = 0
    for (const plan of plans) {
      if (plan.scope_path === null || plan.issuer_unit_id === null) continue
      const issuer = await tx
        .selectFrom('units')
        .select(['id', 'name', 'path', 'parent_id'])
        .where('id', '=', plan.issuer_unit_id)
        .executeTakeFirstOrThrow()
      written += plan.plan_key.startsWith('000')
        ? await seedPlan000(tx, plan, issuer, at)
        : await seedPlan004(tx, plan, plan.scope_path, at)
    }
    await appendAudit(tx, {
      actorId: null,
      actorName: BY,
      action: 'demo.nominations',
      entity: 'nomination',
      after: { year: YEAR, nominations: written },
      reason: `Hồ sơ đề nghị khen thưởng mẫu năm ${YEAR}`,
    })
    return written
  })
}
