// SQL of the dashboard beyond the engine's own: the years a plan has data for, a scope's
// direct sub-units and their stored target values.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

/** Campaign years with any registration or report of the plan, ascending. */
export async function listYearsWithData(db: Kysely<Database>, planKey: string) {
  const rows = await sql<{ year: number }>`
    select distinct year from (
      select year from registrations where plan_key = ${planKey}
      union all
      select cast(substr(period_id, 1, 4) as int) as year from reports where plan_key = ${planKey}
    ) years order by year`.execute(db)
  return rows.rows.map((row) => Number(row.year))
}

/** The units directly below a unit, in Vietnamese order. */
export function listChildUnits(db: Kysely<Database>, parentId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'path'])
    .where('parent_id', '=', parentId)
    .orderBy(sql`sort_key collate "C"`)
    .execute()
}

export type ChildUnit = Awaited<ReturnType<typeof listChildUnits>>[number]

/** The stored values of one target for several scopes. */
export function listStoredValues(
  db: Kysely<Database>,
  key: { planId: number; targetId: string; periodId: string },
  scopeIds: readonly number[],
) {
  if (scopeIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('target_values')
    .select(['scope_unit_id', 'numerator', 'denominator'])
    .where('plan_id', '=', key.planId)
    .where('target_id', '=', key.targetId)
    .where('period_id', '=', key.periodId)
    .where('scope_unit_id', 'in', scopeIds)
    .execute()
}

/** Each unit's managing unit (the one that registers, evaluates and recognises it). */
export function listManagingUnits(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units as u')
    .leftJoin('units as m', (join) =>
      join.on((eb) => eb('m.id', '=', eb.fn.coalesce('u.managing_unit_id', 'u.parent_id'))),
    )
    .select(['u.id', 'm.id as managing_id', 'm.code as managing_code', 'm.name as managing_name'])
    .where('u.id', 'in', ids)
    .execute()
}
