// Every target of a plan over many scopes in one pass: the facts all targets read are built once
// into a temporary table, each unit tagged with its deepest scope (its "leaf"); then per target
// one grouped query. A count or sum (or min, max) is grouped by leaf and rolled up the leaves'
// scopes (a few thousand rows); any other formula is grouped over facts × the leaf's scopes.
// At national size this replaces, per target, a scan of 500,000 units and their joins.
import { compileToSql, type Expr, type Target, type TargetValue } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { buildFactsQuery } from './targets.facts'
import * as repo from './targets.repository'
import { queryScopeTargets } from './targets.scope'
import { prepareTarget, yearSpan } from './targets.engine'
import type { PlanContext } from './targets.status'

type Db = Kysely<Database>
const ROLLUP: Readonly<Record<string, string>> = {
  count: 'sum',
  sum: 'sum',
  min: 'min',
  max: 'max',
}

/** How a formula's per-leaf values combine into a scope's, when one aggregate call is all it is. */
function rollupOf(node: Expr | null): string | null {
  if (node === null) return 'sum'
  return node.kind === 'call' ? (ROLLUP[node.name] ?? null) : null
}

/** Whether a target's numbers add up across scopes: a count or a sum over its units. */
export function isAdditive(target: Prepared) {
  const { numerator, denominator } = target.fraction
  const additive = (node: Expr | null) => rollupOf(node) === 'sum'
  return additive(numerator) && additive(denominator)
}

/** The temporary tables; with `inline`, the facts stay a CTE (one target reads them once). */
async function buildTables(
  db: Db,
  context: PlanContext,
  targets: readonly Target[],
  scope: Scope,
  inline: boolean,
) {
  const prepared = targets.map((target) => prepareTarget(context, target))
  const fields = new Set(prepared.flatMap((each) => [...each.fields]))
  const facts = buildFactsQuery({
    ...{ fields, typeOf: prepared[0]?.typeOf ?? (() => 'number'), planKey: context.key },
    ...{ year: context.year, rootPath: scope.rootPath, scopeIds: scope.scopeIds, offset: 0 },
    ...yearSpan(context),
  })
  await dropTables(db)
  await repo.runRaw(db, 'CREATE TEMP TABLE target_scope_ids (id int PRIMARY KEY)', [])
  await repo.runRaw(db, 'INSERT INTO target_scope_ids SELECT DISTINCT unnest($1::int[])', [
    [...scope.scopeIds],
  ])
  // Deepest scope: the unit itself, else its parent, else (nested agencies) found on its path.
  const select = `SELECT f.*, coalesce(s0.id, s1.id, (SELECT s.id
      FROM unnest(string_to_array(f.unit_path, '.')) WITH ORDINALITY AS a(id, ord)
      JOIN target_scope_ids s ON s.id::text = a.id ORDER BY a.ord DESC LIMIT 1)) AS leaf_id
    FROM facts f
    LEFT JOIN target_scope_ids s0 ON s0.id = f."${facts.columns['unit.id']}"
    LEFT JOIN target_scope_ids s1 ON s1.id = f.unit_parent_id`
  if (!inline)
    await repo.runRaw(db, `CREATE TEMP TABLE target_facts AS ${facts.sql} ${select}`, facts.params)
  await repo.runRaw(
    db,
    `CREATE TEMP TABLE target_leaf_scopes AS
    SELECT l.id AS leaf_id, s.id AS scope_id FROM target_scope_ids l
    JOIN units lu ON lu.id = l.id
    CROSS JOIN LATERAL unnest(string_to_array(lu.path, '.')) AS a(id)
    JOIN target_scope_ids s ON s.id::text = a.id`,
    [],
  )
  if (!inline) await repo.runRaw(db, 'ANALYZE target_facts', [])
  const cte = inline
    ? { sql: `${facts.sql}, target_facts AS MATERIALIZED (${select}),`, params: facts.params }
    : { sql: 'WITH', params: [] }
  return { prepared, columns: facts.columns, cte }
}

async function dropTables(db: Db) {
  for (const table of ['target_facts', 'target_leaf_scopes', 'target_scope_ids'])
    await repo.runRaw(db, `DROP TABLE IF EXISTS ${table}`, [])
}

type Scope = { rootPath: string; scopeIds: readonly number[] }
type Prepared = ReturnType<typeof prepareTarget>

type Cte = { sql: string; params: unknown[] }

async function queryOne(db: Db, target: Prepared, columns: Record<string, string>, head: Cte) {
  const { fraction, where } = target
  const rollup = rollupOf(fraction.numerator)
  const denominatorRollup = rollupOf(fraction.denominator)
  const byLeaf = rollup !== null && denominatorRollup !== null
  const cte = byLeaf
    ? `${head.sql} target_scoped AS NOT MATERIALIZED (SELECT f.leaf_id AS scope_id, f.* FROM target_facts f)`
    : `${head.sql} target_scoped AS NOT MATERIALIZED (SELECT ls.scope_id, f.* FROM target_facts f
        JOIN target_leaf_scopes ls ON ls.leaf_id = f.leaf_id)`
  const mapping = { table: 'target_scoped', columns, where, groupBy: 'scope.id' }
  const numerator = compileToSql(fraction.numerator, mapping)
  const params = [...head.params]
  let from = `(${numerator.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + params.length}`)}) n`
  params.push(...numerator.params)
  if (fraction.denominator) {
    const denominator = compileToSql(fraction.denominator, mapping)
    from += ` LEFT JOIN (${denominator.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + params.length}`)}) d ON d.group_key = n.group_key`
    params.push(...denominator.params)
  }
  const d = fraction.denominator ? 'd.value' : 'NULL::float8'
  const text = byLeaf
    ? `${cte} SELECT ls.scope_id AS key, ${rollup}(n.value) AS numerator, ${denominatorRollup}(${d}) AS denominator
       FROM ${from} JOIN target_leaf_scopes ls ON ls.leaf_id = n.group_key GROUP BY ls.scope_id`
    : `${cte} SELECT n.group_key AS key, n.value AS numerator, ${d} AS denominator FROM ${from}`
  return repo.runRaw<{ key: number; numerator: unknown; denominator: unknown }>(db, text, params)
}

/** Each target's value for every scope in `scope.scopeIds` (scopes without units left out). */
export async function queryAllTargets(
  deps: Deps,
  context: PlanContext,
  scope: Scope,
  targets: readonly Target[] = context.plan.targets,
) {
  const [only] = scope.scopeIds
  if (scope.scopeIds.length === 1 && only !== undefined)
    return queryScopeTargets(deps, context, { rootPath: scope.rootPath, scopeId: only }, targets)
  const run = async (db: Db) => {
    // A batch over the whole country: no JIT (its compile time exceeded the query's), and
    // room to sort the year's reports in memory.
    if (deps.dbKind === 'postgres')
      await repo.runRaw(db, "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'", [])
    const inline = targets.length === 1
    const { prepared, columns, cte } = await buildTables(db, context, targets, scope, inline)
    const all = new Map<string, Map<number, TargetValue>>()
    const num = (value: unknown) => (value === null || value === undefined ? null : Number(value))
    for (const target of prepared) {
      const values = new Map<number, TargetValue>()
      for (const row of await queryOne(db, target, columns, cte))
        values.set(Number(row.key), {
          numerator: num(row.numerator),
          denominator: target.fraction.denominator ? (num(row.denominator) ?? 0) : null,
        })
      all.set(target.target.id, values)
    }
    await dropTables(db)
    return all
  }
  // Temporary tables live on one connection: inside the caller's transaction, or a new one.
  return deps.db.isTransaction ? run(deps.db) : deps.db.transaction().execute(run)
}
