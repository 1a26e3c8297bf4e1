// The one recompute after a write. Every write path the targets read — registration, report,
// evaluation, recognition, the XLSX imports of registrations and reports, a late entry — calls
// recomputeTargets with the campaign year it wrote (a registration's year, a report period's,
// an evaluation's), never "the current year": a past year's values are refreshed, not today's.
// Only the plans' targets on the written units' ancestor chains are redone, each chain through
// the incremental path (its deepest scope from its own units, the scopes above shifted), so a
// write never rebuilds the facts of the whole plan; units sharing a deepest scope share a chain.
// Award decisions and their revocations write nothing the targets read (targets.facts.ts reads
// registrations, evaluations and reports), so they have nothing to recompute.
import type { Plan } from '@antq/core'
import type { Deps } from '../../deps'
import { findPlanById } from '../plans/plans.repository'
import { recomputeChain } from './targets.incremental'
import { listPlansCovering, listUnitsByIdsBrief } from './targets.repository'

const SCOPE_KINDS = new Set(['province', 'district', 'commune'])

/** A path on the unit's chain below which no other scope lies: its own for a scope, else its
 * parent's (a residential area and its commune share one chain). */
function chainPathOf(unit: { kind: string; path: string }) {
  return SCOPE_KINDS.has(unit.kind) ? unit.path : unit.path.replace(/[^.]+\.$/, '')
}

/** Whether a published (or closed) plan with an issuer has targets for `year`. */
async function keepsTargets(deps: Deps, planId: number, year: number) {
  const row = await findPlanById(deps.db, planId)
  if (!row?.issuer_unit_id || (row.status !== 'published' && row.status !== 'closed')) return false
  const { startYear, endYear } = (row.definition as Plan).period
  return year >= startYear && (endYear === null || year <= endYear)
}

/**
 * Recompute the targets the written units move, for campaign year `year`: of plan `planId`
 * (registrations and reports belong to one plan), else of every published plan covering each
 * unit (an evaluation or a recognition belongs to the unit). Returns the values written.
 * Call it inside the write's transaction (`{ ...deps, db: tx }`).
 */
export async function recomputeTargets(
  deps: Deps,
  input: { year: number; unitIds: readonly number[]; planId?: number },
) {
  if (input.unitIds.length === 0) return 0
  const units = await listUnitsByIdsBrief(deps.db, [...new Set(input.unitIds)])
  const pathsByPlan = new Map<number, Set<string>>()
  const add = (planId: number, path: string) =>
    pathsByPlan.set(planId, (pathsByPlan.get(planId) ?? new Set()).add(path))
  for (const unit of units)
    if (input.planId !== undefined) add(input.planId, chainPathOf(unit))
    else
      for (const plan of await listPlansCovering(deps.db, unit.path))
        add(plan.id, chainPathOf(unit))
  let count = 0
  for (const [planId, paths] of pathsByPlan) {
    if (!(await keepsTargets(deps, planId, input.year))) continue
    // Deepest chains first: a chain computes its deepest scope afresh and shifts the scopes above
    // by that scope's difference. Were a district's chain done before its commune's, the district
    // would already hold the commune's change and the commune's shift would add it again; done
    // after, the district's fresh value replaces its shifted one and the province moves by the
    // district's whole difference once.
    const deepestFirst = [...paths].sort((a, b) => b.split('.').length - a.split('.').length)
    for (const path of deepestFirst) count += await recomputeChain(deps, planId, path, input.year)
  }
  return count
}
