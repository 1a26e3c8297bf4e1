// Every target of a plan for one small scope (the commune an incremental recompute starts
// from) in a single statement: the facts of the scope's units once, one grouped select per
// target, joined by UNION ALL. Temporary tables would cost more round trips than the work.
import { compileToSql, type Target, type TargetValue } from '@antq/core'
import type { Deps } from '../../deps'
import { prepareTarget, yearSpan } from './targets.engine'
import { buildFactsQuery } from './targets.facts'
import * as repo from './targets.repository'
import type { PlanContext } from './targets.status'

const renumber = (text: string, offset: number) =>
  text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)

export async function queryScopeTargets(
  deps: Deps,
  context: PlanContext,
  scope: { rootPath: string; scopeId: number },
  targets: readonly Target[],
) {
  const prepared = targets.map((target) => prepareTarget(context, target))
  // A plan with no target (a unit's own plan written in ANTQ) has nothing to select: the
  // statement would be its WITH clause alone, a syntax error.
  if (prepared.length === 0) return new Map<string, Map<number, TargetValue>>()
  const fields = new Set(prepared.flatMap((each) => [...each.fields]))
  const facts = buildFactsQuery({
    ...{ fields, typeOf: prepared[0]?.typeOf ?? (() => 'number'), planKey: context.key },
    ...{ year: context.year, rootPath: scope.rootPath, scopeIds: [scope.scopeId], offset: 0 },
    ...yearSpan(context),
  })
  const params = [...facts.params]
  const compile = (
    expr: Parameters<typeof compileToSql>[0],
    where: (typeof prepared)[0]['where'],
  ) => {
    const compiled = compileToSql(expr, {
      table: 'scoped',
      columns: facts.columns,
      where,
      groupBy: 'scope.id',
    })
    const text = renumber(compiled.sql, params.length)
    params.push(...compiled.params)
    return text
  }
  const selects = prepared.map(({ fraction, where }, i) => {
    const numerator = compile(fraction.numerator, where)
    const joined = (alias: string, formula: typeof fraction.missing) =>
      formula
        ? `LEFT JOIN (${compile(formula, where)}) ${alias} ON ${alias}.group_key = n.group_key`
        : ''
    const denominator = joined('d', fraction.denominator)
    const missing = joined('m', fraction.missing)
    return `(SELECT ${i} AS target, n.group_key AS key, n.value::float8 AS numerator,
      ${denominator ? 'd.value' : 'NULL'}::float8 AS denominator,
      ${missing ? 'm.value' : 'NULL'}::float8 AS missing
      FROM (${numerator}) n ${denominator} ${missing})`
  })
  const rows = await repo.runRaw<{
    target: number
    key: number
    numerator: unknown
    denominator: unknown
    missing: unknown
  }>(
    deps.db,
    // The scope's rows once (a few hundred), read by every select, not re-joined by each.
    `${facts.sql.replace('scoped AS NOT MATERIALIZED', 'scoped AS MATERIALIZED')}
    ${selects.join('\nUNION ALL\n')}`,
    params,
  )
  const num = (value: unknown) => (value === null || value === undefined ? null : Number(value))
  const all = new Map<string, Map<number, TargetValue>>()
  prepared.forEach(({ target }) => all.set(target.id, new Map()))
  for (const row of rows) {
    const each = prepared[Number(row.target)]
    if (!each) continue
    all.get(each.target.id)?.set(Number(row.key), {
      numerator: num(row.numerator),
      denominator: each.fraction.denominator ? (num(row.denominator) ?? 0) : null,
      ...(each.fraction.missing ? { missing: num(row.missing) ?? 0 } : {}),
    })
  }
  return all
}
