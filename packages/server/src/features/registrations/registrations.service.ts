// Reading a plan's registrations for a subtree: who registered, who has not yet (the "chase"
// list, counted per sub-unit), who may not register and why.
import { findRegistrationBarrier, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import {
  intersect,
  loadPlanContext,
  presentExtension,
  presentWindow,
  resolveReadScope,
  windowFor,
  type PlanContext,
} from './registrations.context'
import { presentRegistration, presentUnitRef } from './registrations.presenter'
import * as repo from './registrations.repository'
import { toUnitProfile } from '../units/unit-profile'

const MAX_LISTED = 1000

export function barrierOf(context: PlanContext, unit: repo.RegistrantRow) {
  return findRegistrationBarrier(context.plan, context.status, toUnitProfile(unit))
}

type SubUnitCount = {
  unit: ReturnType<typeof presentUnitRef>
  eligible: number
  registered: number
  notRegistered: number
}

function countBySubUnit(
  units: repo.RegistrantRow[],
  eligible: repo.RegistrantRow[],
  done: Set<number>,
) {
  const root = units[0]
  if (!root) return []
  const depth = root.path.split('.').length - 1
  const counts = new Map<number, SubUnitCount>()
  for (const unit of units)
    if (unit.parent_id === root.id)
      counts.set(unit.id, {
        unit: presentUnitRef(unit),
        eligible: 0,
        registered: 0,
        notRegistered: 0,
      })
  for (const unit of eligible) {
    const count = counts.get(Number(unit.path.split('.')[depth]))
    if (!count) continue
    count.eligible += 1
    if (done.has(unit.id)) count.registered += 1
    else count.notRegistered += 1
  }
  return [...counts.values()].filter((count) => count.eligible > 0)
}

export async function listRegistrations(
  deps: Deps,
  actor: Actor,
  input: { planId: number; year: number; unitId?: number },
) {
  const context = await loadPlanContext(deps.db, deps, input.planId, input.year)
  const path = await resolveReadScope(deps.db, actor, context, input.unitId)
  const units = path === undefined ? [] : await repo.listSubtreeUnits(deps.db, path)
  const rows =
    path === undefined ? [] : await repo.listRegistrations(deps.db, context.key, context.year, path)
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const done = new Set(rows.map((row) => row.unit_id))
  const eligible: repo.RegistrantRow[] = []
  const excluded = new Map<
    string,
    { reason: string; count: number; units: ReturnType<typeof presentUnitRef>[] }
  >()
  for (const unit of units) {
    const barrier = barrierOf(context, unit)
    if (!barrier) {
      eligible.push(unit)
      continue
    }
    const group = excluded.get(barrier) ?? { reason: barrier, count: 0, units: [] }
    group.count += 1
    if (group.units.length < 20) group.units.push(presentUnitRef(unit))
    excluded.set(barrier, group)
  }
  const missing = eligible.filter((unit) => !done.has(unit.id))
  const root = units[0]
  const window = root ? windowFor(context, root) : undefined
  return {
    plan: { id: context.id, key: context.key, year: context.year, ...presentWindow(context) },
    scope: root ? presentUnitRef(root) : null,
    open: window?.open ?? false,
    closesOn: window ? (window.open ? window.closesOn : window.closedOn) : null,
    registrations: rows.flatMap((row) => {
      const unit = byId.get(row.unit_id)
      return unit ? [presentRegistration(row, unit)] : []
    }),
    eligibleTotal: eligible.length,
    notRegistered: missing.slice(0, MAX_LISTED).map(presentUnitRef),
    notRegisteredTotal: missing.length,
    bySubUnit: countBySubUnit(units, eligible, done),
    excluded: [...excluded.values()],
    extensions: context.extensions
      .filter((row) => path !== undefined && intersect(row.scope_path, path) !== undefined)
      .map(presentExtension),
  }
}
