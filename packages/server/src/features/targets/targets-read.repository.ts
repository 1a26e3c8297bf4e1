// The dashboard's read of one scope: its stored target values and "data as of", in one
// statement (one round trip per request instead of two).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { dataAsOfSql, isoOrNull } from './targets-as-of.repository'
import type { TargetValueRow } from './targets.repository'

type Key = { planId: number; planKey: string; periodId: string }
type Scope = { id: number; path: string }

export async function readScopeValues(db: Kysely<Database>, key: Key, scope: Scope) {
  const result = await sql<TargetValueRow & { computed_at: Date; data_as_of: Date | null }>`
    with asof as (select ${dataAsOfSql(key.planKey, scope.path)} as at)
    select tv.*, asof.at as data_as_of from asof left join target_values tv
      on tv.plan_id = ${key.planId} and tv.period_id = ${key.periodId}
      and tv.scope_unit_id = ${scope.id}`.execute(db)
  const rows = result.rows.filter((row) => row.target_id !== null)
  const values: (TargetValueRow & { computed_at: Date })[] = rows.map(
    ({ data_as_of: _at, ...row }) => row,
  )
  return { values, dataAsOf: isoOrNull(result.rows[0]?.data_as_of) }
}
