// A stated denominator ("có 19/28 xã", "đối với 05 xã chưa đạt"): kept in the plan (count
// `outOf`), shown beside the count, and checked against the register (issue 10 S4): at the
// level owing the target, the units of its scope in the register are counted, and a note
// says when they are not the plan's number.
import { compileToSql, formulaBuilders, type Target } from '@antq/core'
import type { Deps } from '../../deps'
import { prepareTarget, yearSpan } from './targets.engine'
import { buildFactsQuery } from './targets.facts'
import { onlyContributes } from './targets.owed'
import * as repo from './targets.repository'
import type { PlanContext } from './targets.status'

export type StatedOutOf = { statedOutOf: number; registerUnits: number; note: string | null }

/** The units of the target's scope under `scope` in the register (the year's units). */
async function countScopeUnits(
  deps: Deps,
  context: PlanContext,
  target: Target,
  scope: { id: number; path: string },
) {
  const { fields, where, typeOf } = prepareTarget(context, target)
  const facts = buildFactsQuery({
    ...{ fields, typeOf, planKey: context.key, year: context.year },
    ...{ rootPath: scope.path, scopeIds: [scope.id], offset: 0 },
    ...yearSpan(context),
  })
  const mapping = { table: 'scoped', columns: facts.columns, where, groupBy: 'scope.id' as const }
  const compiled = compileToSql(
    formulaBuilders.call('count', formulaBuilders.field('units')),
    mapping,
  )
  const text = compiled.sql.replace(
    /\$(\d+)/g,
    (_, n: string) => `$${Number(n) + facts.params.length}`,
  )
  const rows = await repo.runRaw<{ value: unknown }>(deps.db, `${facts.sql}\n${text}`, [
    ...facts.params,
    ...compiled.params,
  ])
  return Number(rows[0]?.value ?? 0)
}

/** The plan's stated denominator at a scope owing the target, with the register's count. */
export async function checkStatedOutOf(
  deps: Deps,
  context: PlanContext,
  target: Target,
  scope: { id: number; path: string; kind: string },
): Promise<StatedOutOf | null> {
  if (target.measure.type !== 'count' || target.measure.outOf === null) return null
  if (onlyContributes(context, target, scope.kind)) return null
  const statedOutOf = target.measure.outOf
  const registerUnits = await countScopeUnits(deps, context, target, scope)
  const note =
    registerUnits === statedOutOf
      ? null
      : `Kế hoạch nêu ${statedOutOf} đơn vị; sổ đơn vị có ${registerUnits} đơn vị thuộc chỉ tiêu này`
  return { statedOutOf, registerUnits, note }
}
