// Recomputing after one unit's data changes, on its ancestor chain only. The deepest scope on
// the chain (its commune, usually) is computed afresh from its own units; every scope above it
// moves by the same difference, since a count or a sum over a province is the sum over its
// communes. Targets that are not a plain count or sum (an average, a change against a baseline),
// and scopes never computed before, are computed from their units instead.
import { pathIds, vietnamDateOf, type Target, type TargetValue } from '@antq/core'
import type { Deps } from '../../deps'
import { markUnassessedCounts } from './targets.assessed'
import { isAdditive, queryAllTargets } from './targets.batch'
import { computePlanTargets } from './targets.compute'
import { loadPlanContext, prepareTarget, queryTarget, yearSpan } from './targets.engine'
import { applyPerGroups } from './targets.per'
import * as repo from './targets.repository'
import { judgeAtScope } from './targets.owed'
import { NOT_APPLICABLE, type PlanContext } from './targets.status'

/** Stored values; null where the target does not apply. */
type Stored = Map<string, TargetValue | null>
const keyOf = (targetId: string, scopeId: number) => `${targetId}:${scopeId}`

/** base + (now − before), or undefined when that is not known (a figure withdrawn). */
function shift(base: number | null, before: number | null, now: number | null) {
  if (before === now) return base
  if (now === null) return undefined
  return (base ?? 0) + now - (before ?? 0)
}

function shiftValue(base: TargetValue, before: TargetValue, now: TargetValue) {
  const numerator = shift(base.numerator, before.numerator, now.numerator)
  const denominator = shift(base.denominator, before.denominator, now.denominator)
  if (numerator === undefined || denominator === undefined) return undefined
  if (base.missing === undefined) return { numerator, denominator }
  // Units missing a figure add up like the counts they are (a unit gaining one leaves them).
  const missing = (base.missing ?? 0) + (now.missing ?? 0) - (before.missing ?? 0)
  return { numerator, denominator, missing }
}

async function readStored(deps: Deps, context: PlanContext, scopeIds: number[]) {
  const rows = await repo.listTargetValuesOf(deps.db, context.id, String(context.year), scopeIds)
  const stored: Stored = new Map()
  for (const row of rows)
    stored.set(
      keyOf(row.target_id, row.scope_unit_id),
      // Not applicable without numbers: no unit of the target there. A contribution below the
      // owing level keeps its numbers (targets.owed.ts) and moves like any other value.
      row.status === NOT_APPLICABLE && row.numerator === null
        ? null
        : {
            numerator: row.numerator,
            denominator: row.denominator,
            ...(row.missing_units === null ? {} : { missing: row.missing_units }),
          },
    )
  return stored
}

/**
 * The chain's new values for one target (none where it does not apply), or null when they must
 * be computed from units: never stored, or the target starts or stops applying at the deepest.
 */
function shiftChain(target: Target, chain: number[], stored: Stored, fresh?: TargetValue) {
  const deepest = chain.at(-1) ?? 0
  const before = stored.get(keyOf(target.id, deepest))
  if (before === undefined || (before === null) !== (fresh === undefined)) return null
  const values = new Map<number, TargetValue>()
  if (fresh) values.set(deepest, fresh)
  for (const scopeId of chain.slice(0, -1)) {
    const base = stored.get(keyOf(target.id, scopeId))
    if (base === undefined) return null
    // Not applying at the deepest before or now: nothing above it moved.
    if (!before || !fresh) {
      if (base) values.set(scopeId, base)
      continue
    }
    const shifted = base && shiftValue(base, before, fresh)
    if (!shifted) return null
    values.set(scopeId, shifted)
  }
  return values
}

/**
 * Recompute one plan's targets for campaign year `year` on the scopes of `unitPath`'s chain,
 * judged on `today` (default the real one); returns the values written.
 */
export async function recomputeChain(
  deps: Deps,
  planId: number,
  unitPath: string,
  year: number,
  today = vietnamDateOf(deps.now()),
) {
  const context = await loadPlanContext(deps, planId, today, year)
  // Across the reform a chain's scopes are not its path's (ADR 011): the year is recomputed whole.
  if (yearSpan(context).acrossReform)
    return (await computePlanTargets(deps, planId, { year, today })).results.length
  const scopes = await repo.listChainScopes(deps.db, pathIds(unitPath), context.issuer.path)
  const deepest = scopes.at(-1)
  if (!deepest) return 0
  const chain = scopes.map((scope) => scope.id)
  const stored = await readStored(deps, context, chain)
  const fresh = await queryAllTargets(deps, context, {
    rootPath: deepest.path,
    scopeIds: [deepest.id],
  })
  const all = new Map<string, Map<number, TargetValue>>()
  for (const target of context.plan.targets) {
    const now = fresh.get(target.id)?.get(deepest.id)
    let values = isAdditive(prepareTarget(context, target))
      ? shiftChain(target, chain, stored, now)
      : null
    if (!values) {
      const above = { rootPath: context.issuer.path, scopeIds: chain.slice(0, -1) }
      values = await queryTarget(deps, context, target, above, 'scope.id')
      if (now) values.set(deepest.id, now)
    }
    all.set(target.id, values)
  }
  await markUnassessedCounts(deps, context, all, { rootPath: context.issuer.path, scopeIds: chain })
  // A `per` target above its groups (the province) counts its groups: redone from them.
  await applyPerGroups(deps, context, all, scopes, new Set(chain))
  const rows: repo.TargetValueRow[] = []
  for (const target of context.plan.targets) {
    const values = all.get(target.id) ?? new Map<number, TargetValue>()
    for (const scope of scopes) {
      const scopeId = scope.id
      const { value, status } = judgeAtScope(context, target, values.get(scopeId), scope.kind)
      rows.push({
        ...{ plan_id: context.id, target_id: target.id, scope_unit_id: scopeId },
        ...{ period_id: String(context.year), numerator: value.numerator },
        ...{ denominator: value.denominator, value: status.value, status: status.status },
        missing_units: values.get(scopeId)?.missing ?? null,
      })
    }
  }
  await repo.saveTargetValues(deps.db, rows)
  return rows.length
}
