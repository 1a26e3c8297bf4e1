// Recompute after a write to one plan's campaign data (registrations, reports): the plan's
// targets on the written units' ancestor chains only, for the campaign year written — a past
// year's values are refreshed, not today's year's. Each chain goes through the incremental path
// (its deepest scope from its own units, the scopes above shifted), so a write never rebuilds
// the facts of the whole plan; units sharing a deepest scope share one chain.
import { vietnamDateOf } from '@antq/core'
import type { Deps } from '../../deps'
import { findPlanById } from '../plans/plans.repository'
import { loadPlanContext } from './targets.engine'
import { recomputeChain } from './targets.incremental'
import { listUnitsByIdsBrief } from './targets.repository'
import { dateInYear } from './targets.status'

const SCOPE_KINDS = new Set(['province', 'district', 'commune'])

/** A path on the unit's chain below which no other scope lies: its own for a scope, else its
 * parent's (a residential area and its commune share one chain). */
function chainPathOf(unit: { kind: string; path: string }) {
  return SCOPE_KINDS.has(unit.kind) ? unit.path : unit.path.replace(/[^.]+\.$/, '')
}

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
  let count = 0
  for (const path of new Set(units.map(chainPathOf)))
    count += await recomputeChain(deps, input.planId, path, at)
  return count
}
