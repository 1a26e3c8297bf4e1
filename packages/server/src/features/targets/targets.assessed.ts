// A count says nothing when nobody it counts over was assessed: "không có đơn vị Yếu" (= 0)
// over communes none of which has a movement class yet is no data, not met. Where a count
// target's count is 0, the units assessed for it (core's assessedCountTarget: its condition
// known) are counted too, in one batch over those scopes; none assessed → the numerator is
// stored as null, which core judges `no_data` (and the incremental path shifts from).
import { assessedCountTarget, type Target, type TargetValue } from '@antq/core'
import type { Deps } from '../../deps'
import { queryAllTargets } from './targets.batch'
import type { PlanContext } from './targets.status'

type Values = Map<string, Map<number, TargetValue>>

export async function markUnassessedCounts(
  deps: Deps,
  context: PlanContext,
  all: Values,
  scope: { rootPath: string; scopeIds: readonly number[] },
) {
  const zeros = new Set<number>()
  const assessed: Target[] = []
  for (const target of context.plan.targets) {
    const counted = assessedCountTarget(target)
    if (!counted) continue
    const at = scope.scopeIds.filter((id) => all.get(target.id)?.get(id)?.numerator === 0)
    at.forEach((id) => zeros.add(id))
    if (at.length > 0) assessed.push(counted)
  }
  if (assessed.length === 0) return
  const scopeIds = scope.scopeIds.filter((id) => zeros.has(id))
  const counts = await queryAllTargets(deps, context, { ...scope, scopeIds }, assessed)
  for (const counted of assessed) {
    const id = counted.id.replace(/#assessed$/, '')
    for (const [scopeId, value] of all.get(id) ?? [])
      if (
        zeros.has(scopeId) &&
        value.numerator === 0 &&
        !counts.get(counted.id)?.get(scopeId)?.numerator
      )
        value.numerator = null
  }
}
