// Recompute after a write to one plan's campaign data (registrations, reports): the plan's
// targets on the written units' ancestor chains only (their union, in one pass), for the
// campaign year written — a past year's values are refreshed, not today's year's.
import { pathIds, vietnamDateOf } from '@antq/core'
import type { Deps } from '../../deps'
import { findPlanById } from '../plans/plans.repository'
import { computePlanTargets, loadPlanContext } from './targets.engine'
import { listUnitsByIdsBrief } from './targets.repository'
import { dateInYear } from './targets.status'

export async function recomputePlanForUnits(
  deps: Deps,
  input: { planId: number; year: number; unitIds: readonly number[] },
) {
  if (input.unitIds.length === 0) return 0
  // Only a published (or closed) plan with an issuer has targets to keep.
  const row = await findPlanById(deps.db, input.planId)
  if (!row?.issuer_unit_id || (row.status !== 'published' && row.status !== 'closed')) return 0
  const today = vietnamDateOf(deps.now())
  const context = await loadPlanContext(deps, input.planId, today)
  const at = context.year === input.year ? today : dateInYear(context.plan, input.year, today)
  const units = await listUnitsByIdsBrief(deps.db, [...new Set(input.unitIds)])
  const chains = new Set(units.flatMap((unit) => pathIds(unit.path)))
  if (chains.size === 0) return 0
  const computed = await computePlanTargets(deps, input.planId, {
    today: at,
    onlyScopeIds: [...chains],
  })
  return computed.results.length
}
