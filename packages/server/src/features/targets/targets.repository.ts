import { CompiledQuery, sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

export async function runRaw<T>(db: Kysely<Database>, text: string, params: unknown[]) {
  const result = await db.executeQuery<T>(CompiledQuery.raw(text, params))
  return result.rows
}

/** The units a plan's values are computed for: the root and every province (under a national
 * root), district and commune below it. */
export function listScopeUnits(db: Kysely<Database>, rootPath: string) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'path', 'depth'])
    .where('path', 'like', `${rootPath}%`)
    .where((eb) =>
      eb.or([eb('path', '=', rootPath), eb('kind', 'in', ['province', 'district', 'commune'])]),
    )
    .orderBy('depth')
    .orderBy('sort_key')
    .execute()
}

/** The scopes on one unit's chain (ids root first), within the plan's subtree, root first. */
export function listChainScopes(
  db: Kysely<Database>,
  chainIds: readonly number[],
  rootPath: string,
) {
  if (chainIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(['id', 'path', 'kind'])
    .where('id', 'in', chainIds)
    .where('path', 'like', `${rootPath}%`)
    .where((eb) =>
      eb.or([eb('path', '=', rootPath), eb('kind', 'in', ['province', 'district', 'commune'])]),
    )
    .orderBy('depth')
    .execute()
}

export function listTargetValuesOf(
  db: Kysely<Database>,
  planId: number,
  periodId: string,
  scopeIds: readonly number[],
) {
  return db
    .selectFrom('target_values')
    .select(['target_id', 'scope_unit_id', 'numerator', 'denominator', 'status', 'missing_units'])
    .where('plan_id', '=', planId)
    .where('period_id', '=', periodId)
    .where('scope_unit_id', 'in', scopeIds)
    .execute()
}

/** The units of some kinds under a path (the groups of `per` targets, e.g. the districts). */
export function listUnitsOfKinds(db: Kysely<Database>, rootPath: string, kinds: readonly string[]) {
  if (kinds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(['id', 'kind', 'path'])
    .where('path', 'like', `${rootPath}%`)
    .where('kind', 'in', kinds)
    .execute()
}

export function listUnitsByIdsBrief(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'path'])
    .where('id', 'in', ids)
    .orderBy('sort_key')
    .execute()
}

/** Published plans whose issuer's subtree holds this path (latest published version each). */
/**
 * The published plans whose territory holds the unit: by its path, and across the 2025 reform
 * (ADR 011) a legacy plan over a unit merged into the unit or one of its ancestors (plan 002's
 * 2025 is counted on the new communes).
 */
export async function listPlansCovering(db: Kysely<Database>, unitPath: string) {
  const ancestors = unitPath.split('.').filter(Boolean).map(Number)
  const rows = await db
    .selectFrom('plans')
    .select(['id', 'plan_key', 'version'])
    .where('status', '=', 'published')
    .where('scope_path', 'is not', null)
    .where(
      sql<boolean>`(${unitPath} like scope_path || '%' or exists (
        select 1 from unit_merges m join units old on old.id = m.old_unit_id
        where m.new_unit_id = any(${ancestors}::int[]) and old.path like plans.scope_path || '%'))`,
    )
    .orderBy('plan_key')
    .orderBy('version', 'desc')
    .execute()
  return rows.filter((row, i) => rows[i - 1]?.plan_key !== row.plan_key)
}

export type TargetValueRow = {
  plan_id: number
  target_id: string
  scope_unit_id: number
  period_id: string
  numerator: number | null
  denominator: number | null
  value: number | null
  status: string | null
  /** Units with no figure for the total ("thiếu số liệu"); absent or null: not a total. */
  missing_units?: number | null
}

/** Upsert many values in a few statements: one array per column, unnested in SQL. */
export async function saveTargetValues(db: Kysely<Database>, rows: readonly TargetValueRow[]) {
  for (let start = 0; start < rows.length; start += 10_000) {
    const chunk = rows.slice(start, start + 10_000)
    const column = (key: keyof TargetValueRow) => chunk.map((row) => row[key])
    await sql`insert into target_values (plan_id, target_id, scope_unit_id, period_id, numerator,
        denominator, value, status, missing_units, computed_at)
      select *, now() from unnest(${column('plan_id')}::int[], ${column('target_id')}::text[],
        ${column('scope_unit_id')}::int[], ${column('period_id')}::text[],
        ${column('numerator')}::float8[], ${column('denominator')}::float8[],
        ${column('value')}::float8[], ${column('status')}::text[],
        ${chunk.map((row) => row.missing_units ?? null)}::int[])
      on conflict (plan_id, target_id, scope_unit_id, period_id) do update set
        numerator = excluded.numerator, denominator = excluded.denominator, value = excluded.value,
        status = excluded.status, missing_units = excluded.missing_units,
        computed_at = excluded.computed_at`.execute(db)
  }
}

export function listTargetValues(
  db: Kysely<Database>,
  planId: number,
  periodId: string,
  scopeUnitId: number,
) {
  return db
    .selectFrom('target_values')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('period_id', '=', periodId)
    .where('scope_unit_id', '=', scopeUnitId)
    .execute()
}

// Moved beside its indexes' reasoning; re-exported for the callers that import it from here.
export { findDataAsOf } from './targets-as-of.repository'
