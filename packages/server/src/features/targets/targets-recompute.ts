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

/** The plan if it is published (or closed), has an issuer and has targets for `year`. */
async function findPlanKeeping(deps: Deps, planId: number, year: number) {
  const row = await findPlanById(deps.db, planId)
  if (!row?.issuer_unit_id || (row.status !== 'published' && row.status !== 'closed')) return null
  const plan = row.definition as Plan
  const { startYear, endYear } = plan.period
  return year >= startYear && (endYear === null || year <= endYear) ? plan : null
}

/**
 * Whether a write at `unit` can move a value of `plan`. A target counts only units of its
 * `scope.unitKinds` (core's buildTargetExpressions filters on them). A scope unit (its chain is
 * its own) writes its own figure and, through it, its ancestors' — which the write names when
 * they change (an article counts in every unit above the commune that placed it, ADR 008) —
 * never a unit below it; so when no target counts the scope's kind, its chain cannot move and
 * is not redone (a commune's article would otherwise recompute the whole country's root scope).
 * A unit below a commune moves its commune's figure (a khu dân cư's model, session): kept.
 */
function movesPlan(plan: Plan, unit: { kind: string }) {
  if (!SCOPE_KINDS.has(unit.kind)) return true
  return plan.targets.some((target) => target.scope.unitKinds.some((kind) => kind === unit.kind))
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
  const unitsByPlan = new Map<number, (typeof units)[number][]>()
  const add = (planId: number, unit: (typeof units)[number]) =>
    unitsByPlan.set(planId, [...(unitsByPlan.get(planId) ?? []), unit])
  for (const unit of units)
    if (input.planId !== undefined) add(input.planId, unit)
    else for (const plan of await listPlansCovering(deps.db, unit.path)) add(plan.id, unit)
  let count = 0
  for (const [planId, planUnits] of unitsByPlan) {
    const plan = await findPlanKeeping(deps, planId, input.year)
    if (!plan) continue
    const paths = new Set(planUnits.filter((unit) => movesPlan(plan, unit)).map(chainPathOf))
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
