// A target's value in each direct sub-unit of a scope, ranked: the chart and ranking table of
// the dashboard. Sub-units that are computed scopes (districts, communes) are read from
// `target_values`; others (a commune's residential areas, schools…) are computed on the fly
// with the engine's own query, so both give the numbers the sub-unit's dashboard shows.
import {
  AppError,
  aggregationOf,
  compareVi,
  TARGET_STATUS_LABELS,
  type Actor,
  type Comparator,
  type Target,
  type TargetValue,
} from '@antq/core'
import type { Deps } from '../../deps'
import { queryTarget } from './targets.engine'
import { contributionStatus, onlyContributes } from './targets.owed'
import { statusOf } from './targets.status'
import { resolveScope } from './targets.service'
import { loadYearContext, type YearContext } from './targets-year'
import * as repo from './targets-dashboard.repository'

/** A sub-unit is shown when it holds units in the target's scope (or the target is a count). */
function hasData(value: TargetValue): boolean {
  if (value.denominator !== null) return value.denominator > 0
  return value.numerator !== null
}

async function valuesOf(
  deps: Deps,
  context: YearContext,
  target: Target,
  scopePath: string,
  children: readonly repo.ChildUnit[],
) {
  const key = { planId: context.id, targetId: target.id, periodId: String(context.year) }
  const stored = await repo.listStoredValues(
    deps.db,
    key,
    children.map((unit) => unit.id),
  )
  const values = new Map<number, TargetValue>(
    stored.map((row) => [
      row.scope_unit_id,
      { numerator: row.numerator, denominator: row.denominator },
    ]),
  )
  const missing = children.filter((unit) => !values.has(unit.id)).map((unit) => unit.id)
  if (missing.length > 0) {
    const live = await queryTarget(
      deps,
      context,
      target,
      { rootPath: scopePath, scopeIds: missing },
      'scope.id',
    )
    for (const [id, value] of live) values.set(id, value)
  }
  return values
}

/** Lower is better only for "at most" goals; ties keep Vietnamese name order. */
function rankOrder(comparator: Comparator) {
  const lowerFirst = comparator === '<=' || comparator === '<'
  return (a: { value: number | null; name: string }, b: { value: number | null; name: string }) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1
      if (b.value === null) return -1
      return lowerFirst ? a.value - b.value : b.value - a.value
    }
    return compareVi(a.name, b.name)
  }
}

export async function rankSubUnits(
  deps: Deps,
  actor: Actor,
  input: { planId: number; targetId: string; scopeUnitId?: number; year?: number },
) {
  const context = await loadYearContext(deps, input.planId, input.year)
  const target = context.plan.targets.find((each) => each.id === input.targetId)
  if (!target) throw new AppError('NOT_FOUND')
  const scope = await resolveScope(deps, actor, context, input.scopeUnitId)
  const children = await repo.listChildUnits(deps.db, scope.id)
  const values = await valuesOf(deps, context, target, scope.path, children)
  const rows = children.flatMap((unit) => {
    const value = values.get(unit.id)
    if (!value || !hasData(value)) return []
    const judged = statusOf(context, target, value, unit.kind)
    // A sub-unit below the level owing the target contributes to it; it is not judged (S4).
    const status = onlyContributes(context, target, unit.kind)
      ? contributionStatus(context, target, judged)
      : judged
    return [{ unit, value, status, name: unit.name, sortValue: status.value }]
  })
  const order = rankOrder(rows[0]?.status.goal.comparator ?? '>=')
  rows.sort((a, b) =>
    order({ value: a.sortValue, name: a.name }, { value: b.sortValue, name: b.name }),
  )
  let rank = 0
  const items = rows.map((row, index) => {
    // Competition ranking: equal values share a rank, the next rank skips (1, 2, 2, 4).
    if (index === 0 || rows[index - 1]?.sortValue !== row.sortValue) rank = index + 1
    return {
      rank: row.sortValue === null ? null : rank,
      unit: { id: row.unit.id, code: row.unit.code, name: row.unit.name, kind: row.unit.kind },
      ...row.value,
      value: row.status.value,
      status: row.status.status,
      statusLabel: TARGET_STATUS_LABELS[row.status.status],
    }
  })
  const goal = rows[0]?.status.goal
  return {
    targetId: target.id,
    source: target.source,
    label: target.label,
    measure: target.measure.type,
    aggregate: aggregationOf(target.measure),
    comparator: goal?.comparator ?? null,
    threshold: goal?.threshold ?? null,
    year: context.year,
    scope: { id: scope.id, code: scope.code, name: scope.name, kind: scope.kind },
    items,
  }
}
