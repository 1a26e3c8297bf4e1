// SQL of the dashboard beyond the engine's own: the years a plan has data for, a scope's
// direct sub-units and their stored target values.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../../db/schema'

/** Campaign years with any registration or report of the plan, ascending. */
export async function listYearsWithData(db: Kysely<Database>, planKey: string) {
  const rows = await yearsWithDataQuery(sql`${planKey}`).execute(db)
  return rows.rows.map((row) => Number(row.year))
}

/** The years query for a plan key given as SQL (a value, or a column of an enclosing query). */
export function yearsWithDataQuery(planKey: RawBuilder<unknown>) {
  // A loose index scan (next year after the last one found): a few index probes, not every row.
  return sql<{ year: number }>`
    with recursive
      rg(year) as (
        select min(year) from registrations where plan_key = ${planKey}
        union all
        select (select min(year) from registrations where plan_key = ${planKey} and year > rg.year)
        from rg where rg.year is not null),
      rp(period) as (
        select min(period_id) from reports where plan_key = ${planKey}
        union all
        select (select min(period_id) from reports where plan_key = ${planKey}
          and period_id >= (cast(substr(rp.period, 1, 4) as int) + 1)::text)
        from rp where rp.period is not null)
    select distinct year from (
      select year from rg where year is not null
      union all
      select cast(substr(period, 1, 4) as int) as year from rp where period is not null
    ) years order by year`
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
