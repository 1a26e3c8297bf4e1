// Lookups for the demo awards year: the plans, what is already seeded, the appraised flags and
// a commune that meets plan 001's candidate rule from the demo campaign's evaluations.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

type Db = Kysely<Database>

export function findPlan(db: Db, planKey: string) {
  return db
    .selectFrom('plans')
    .select(['id', 'plan_key', 'issuer_unit_id', 'scope_path'])
    .where('plan_key', '=', planKey)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .executeTakeFirst()
}

export async function hasDecision(db: Db, planKey: string) {
  return (
    (await db
      .selectFrom('decisions')
      .select('id')
      .where('plan_key', '=', planKey)
      .executeTakeFirst()) !== undefined
  )
}

export async function hasRecognition(db: Db, planKey: string) {
  return (
    (await db
      .selectFrom('recognitions')
      .select('id')
      .where('plan_key', '=', planKey)
      .executeTakeFirst()) !== undefined
  )
}

export async function listAppraised(db: Db, planKey: string, awardFormId: string) {
  const rows = await db
    .selectFrom('nominations')
    .select('id')
    .where('plan_key', '=', planKey)
    .where('award_form_id', '=', awardFormId)
    .where('status', '=', 'appraised')
    .orderBy('id')
    .execute()
  return rows.map((row) => row.id)
}

/**
 * A commune recognised ANTT and classified "Khá" or better in the same (latest) year, on QĐ
 * 510's scale or a plan's own (plan 002: "Tốt", ADR 025).
 */
export function findCandidate(db: Db, scopePath: string) {
  return db
    .selectFrom('units as u')
    .innerJoin('evaluations as a', (join) =>
      join.onRef('a.unit_id', '=', 'u.id').on('a.kind', '=', 'antt'),
    )
    .innerJoin('evaluations as m', (join) =>
      join
        .onRef('m.unit_id', '=', 'u.id')
        .on('m.kind', '=', 'movement')
        .onRef('m.evaluation_year', '=', 'a.evaluation_year'),
    )
    .select(['u.id', 'u.path', 'a.evaluation_year as year'])
    .where('u.path', 'like', `${scopePath}%`)
    .where('u.kind', '=', 'commune')
    .where('a.result', '=', 'dat')
    .where('a.decision_number', 'is not', null)
    .where('m.result', 'in', ['xuat_sac', 'tot', 'kha'])
    .orderBy('a.evaluation_year', 'desc')
    .orderBy('u.path')
    .executeTakeFirst()
}

/**
 * The candidate's registration to build the model in the year it is recognised (plan 001 asks
 * for it by 30/3), and — the demo being seeded after that year's 25/10 — an extension of the
 * recognition deadline for it, as the plan owner would grant one.
 */
export async function registerCandidate(
  db: Db,
  plan: { id: number; plan_key: string },
  unit: { id: number; path: string },
  year: number,
  at: Date,
) {
  const where = { plan_key: plan.plan_key, year, unit_id: unit.id }
  const existing = await db
    .selectFrom('registrations')
    .select('id')
    .where('plan_key', '=', where.plan_key)
    .where('year', '=', year)
    .where('unit_id', '=', unit.id)
    .executeTakeFirst()
  if (existing)
    await db
      .updateTable('registrations')
      .set({ take_part: true, builds_exemplary: true })
      .where('id', '=', existing.id)
      .execute()
  else
    await db
      .insertInto('registrations')
      .values({
        ...where,
        ...{ plan_id: plan.id, unit_path: unit.path, take_part: true, builds_exemplary: true },
        ...{
          award_forms: '[]',
          registered_by: 'system',
          registered_at: new Date(`${year}-03-15T02:00:00Z`),
        },
      })
      .execute()
  await db
    .insertInto('deadline_extensions')
    .values({
      ...{
        plan_key: plan.plan_key,
        closes: 'recognition',
        year,
        unit_ids: JSON.stringify([unit.id]),
      },
      ...{ scope_path: null, until: `${at.getUTCFullYear() + 1}-12-31`, granted_by: 'system' },
      reason: 'Dữ liệu mẫu: gia hạn để trình diễn việc xét, công nhận điển hình',
      granted_at: at,
    })
    .execute()
}
