// "Data as of" a scope: when the facts under it (registrations, evaluations, reports) last
// changed. A bulk load gives thousands of rows one timestamp, so walking the latest rows one by
// one until one lies under the scope could read most of a table. Instead each source walks its
// latest DISTINCT write times backwards (one index probe each) and asks, for each time, whether
// a row at that time lies under the scope (one probe on (at, unit_path text_pattern_ops),
// migration 0007). A scope with no write among the latest WALK times falls back to reading its
// own range of paths (0006's scope index), which is then bounded by the scope's size.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../../db/schema'

const WALK = 32

type Source = { table: string; at: string; planKey?: string }

function latestUnder(source: Source, like: string): RawBuilder<Date | null> {
  const table = sql.table(source.table)
  const at = sql.ref(source.at)
  const plan = source.planKey === undefined ? sql`true` : sql`plan_key = ${source.planKey}`
  // Ordered as the index is (text_pattern_ops: `using ~<~`), so only the index gives the row
  // without a sort: a plain EXISTS was planned as a scan of the table on PGlite when one
  // timestamp held most rows by its statistics.
  const under = (time: RawBuilder<unknown>) =>
    sql`coalesce((select true from ${table} where ${plan} and ${at} = ${time}
      and unit_path like ${like} order by unit_path using ~<~ limit 1), false)`
  return sql<Date | null>`(with recursive walk(at, hit, n) as (
      select t.at, ${under(sql`t.at`)}, 1 from (select max(${at}) as at from ${table} where ${plan}) t
      union all
      select t.at, ${under(sql`t.at`)}, walk.n + 1 from walk
        cross join lateral (select max(${at}) as at from ${table}
          where ${plan} and ${at} < walk.at) t
        where not walk.hit and walk.at is not null and walk.n < ${WALK})
    select case
      when bool_or(hit) then max(at) filter (where hit)
      when bool_or(at is null) then null
      else (select max(${at}) from ${table} where ${plan} and unit_path like ${like})
    end from walk)`
}

/** When the facts under a path last changed, as one SQL expression (timestamptz or null). */
export function dataAsOfSql(planKey: string, rootPath: string): RawBuilder<Date | null> {
  const like = `${rootPath}%`
  return sql<Date | null>`greatest(
      ${latestUnder({ table: 'registrations', at: 'registered_at', planKey }, like)},
      ${latestUnder({ table: 'evaluations', at: 'updated_at' }, like)},
      ${latestUnder({ table: 'reports', at: 'updated_at', planKey }, like)})`
}

export function isoOrNull(at: Date | string | null | undefined) {
  return at ? new Date(at).toISOString() : null
}

/** When the facts under a path last changed (registrations, evaluations, reports). */
export async function findDataAsOf(db: Kysely<Database>, planKey: string, rootPath: string) {
  const row = await sql<{
    at: Date | null
  }>`select ${dataAsOfSql(planKey, rootPath)} as at`.execute(db)
  return isoOrNull(row.rows[0]?.at)
}
