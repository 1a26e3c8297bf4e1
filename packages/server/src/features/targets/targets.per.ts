// Targets every group must reach (`scope.per`, e.g. "each district selects at least one xã"):
// at a scope above the group level (the province for `per: district`) the value is the number
// of groups meeting the target over the number of groups it applies to ("1/2 huyện đạt"), and
// the target is met only when every group meets it (targets.status.ts judges it against 100%).
// A group with no unit in the target's scope (a district without any phường or thị trấn) is
// left out of both; with none left, the target does not apply at that scope.
import type { Target, TargetValue } from '@antq/core'
import type { Deps } from '../../deps'
import { queryAllTargets } from './targets.batch'
import * as repo from './targets.repository'
import { isAbovePer, NOT_APPLICABLE, statusOf, type PlanContext } from './targets.status'

type Values = Map<string, Map<number, TargetValue>>
type ScopeUnit = { id: number; kind: string; path: string }
const keyOf = (targetId: string, scopeId: number) => `${targetId}:${scopeId}`

/** The values of groups computed in another pass: stored ones, else computed now (null: none). */
async function readOtherGroups(
  deps: Deps,
  context: PlanContext,
  targets: readonly Target[],
  groupIds: readonly number[],
) {
  const known = new Map<string, TargetValue | null>()
  if (groupIds.length === 0) return known
  const period = String(context.year)
  for (const row of await repo.listTargetValuesOf(deps.db, context.id, period, groupIds)) {
    const value = { numerator: row.numerator, denominator: row.denominator }
    known.set(keyOf(row.target_id, row.scope_unit_id), row.status === NOT_APPLICABLE ? null : value)
  }
  const unknown = groupIds.filter((id) => targets.some((each) => !known.has(keyOf(each.id, id))))
  if (unknown.length === 0) return known
  const scope = { rootPath: context.issuer.path, scopeIds: unknown }
  const fresh = await queryAllTargets(deps, context, scope, targets)
  for (const target of targets)
    for (const id of unknown) known.set(keyOf(target.id, id), fresh.get(target.id)?.get(id) ?? null)
  return known
}

/**
 * Replace, in `all`, the values of `per` targets at the scopes above their group level by the
 * groups meeting them; `computed` holds the scopes whose values in `all` are this pass's.
 */
export async function applyPerGroups(
  deps: Deps,
  context: PlanContext,
  all: Values,
  scopes: readonly ScopeUnit[],
  computed: ReadonlySet<number>,
) {
  const targets = context.plan.targets.filter((target) => target.scope.per !== null)
  const above = scopes.filter((scope) => targets.some((target) => isAbovePer(target, scope.kind)))
  const top = above.map((scope) => scope.path).sort((a, b) => a.length - b.length)[0]
  if (top === undefined) return
  const levels = [...new Set(targets.map((target) => target.scope.per ?? ''))]
  const groups = await repo.listUnitsOfKinds(deps.db, top, levels)
  const others = groups.filter((group) => !computed.has(group.id)).map((group) => group.id)
  const known = await readOtherGroups(deps, context, targets, others)
  const valueOf = (target: Target, id: number) =>
    computed.has(id)
      ? (all.get(target.id)?.get(id) ?? null)
      : (known.get(keyOf(target.id, id)) ?? null)
  for (const target of targets) {
    const values = all.get(target.id) ?? new Map<number, TargetValue>()
    all.set(target.id, values)
    for (const scope of above.filter((each) => isAbovePer(target, each.kind))) {
      let met = 0
      let applicable = 0
      for (const group of groups) {
        if (group.kind !== target.scope.per || !group.path.startsWith(scope.path)) continue
        const value = valueOf(target, group.id)
        if (value === null) continue
        applicable++
        if (statusOf(context, target, value, group.kind).status === 'met') met++
      }
      if (applicable === 0) values.delete(scope.id)
      else values.set(scope.id, { numerator: met, denominator: applicable })
    }
  }
}
