// SQL of quotas: allocations handed down, and how many places nominations hold in a subtree.
import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

export type FormKey = { planKey: string; year: number; awardFormId: string }

export function listAllocations(db: Kysely<Database>, key: FormKey) {
  return db
    .selectFrom('quota_allocations as q')
    .innerJoin('units as t', 't.id', 'q.to_unit_id')
    .leftJoin('units as f', 'f.id', 'q.from_unit_id')
    .selectAll('q')
    .select(['t.name as to_unit_name', 'f.name as from_unit_name'])
    .where('q.plan_key', '=', key.planKey)
    .where('q.year', '=', key.year)
    .where('q.award_form_id', '=', key.awardFormId)
    .orderBy('q.to_unit_path')
    .execute()
}
export type AllocationRow = Awaited<ReturnType<typeof listAllocations>>[number]

export function findAllocation(db: Kysely<Database>, key: FormKey, toUnitId: number) {
  return db
    .selectFrom('quota_allocations')
    .selectAll()
    .where('plan_key', '=', key.planKey)
    .where('year', '=', key.year)
    .where('award_form_id', '=', key.awardFormId)
    .where('to_unit_id', '=', toUnitId)
    .executeTakeFirst()
}

export async function insertAllocation(
  db: Kysely<Database>,
  row: {
    plan_key: string
    year: number
    award_form_id: string
    from_unit_id: number | null
    to_unit_id: number
    to_unit_path: string
    count: number
    note: string
    allocated_by: string
    allocated_at: Date
  },
) {
  const inserted = await db
    .insertInto('quota_allocations')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function updateAllocation(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  changes: {
    count: number
    note: string
    from_unit_id: number | null
    allocated_by: string
    allocated_at: Date
  },
) {
  const result = await db
    .updateTable('quota_allocations')
    .set({ ...changes, row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Places held in a subtree (null: everywhere): decided and pending nominations of the form. */
export async function countPlaces(db: Kysely<Database>, key: FormKey, path: string | null) {
  let query = db
    .selectFrom('nominations')
    .select([
      sql<number>`count(*) filter (where status = 'decided')`.as('decided'),
      sql<number>`count(*) filter (where status in ('submitted', 'appraised', 'reviewed'))`.as(
        'pending',
      ),
    ])
    .where('plan_key', '=', key.planKey)
    .where('year', '=', key.year)
    .where('award_form_id', '=', key.awardFormId)
  if (path !== null) query = query.where('proposing_unit_path', 'like', `${escapeLike(path)}%`)
  const row = await query.executeTakeFirst()
  return { decided: Number(row?.decided ?? 0), pending: Number(row?.pending ?? 0) }
}

/**
 * Serialise quota checks of one form: two units submitting at once cannot both take the
 * last place. Held until the transaction ends.
 */
export async function lockFormQuota(db: Kysely<Database>, key: FormKey) {
  const name = `quota:${key.planKey}:${key.year}:${key.awardFormId}`
  await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(db)
}
