// Who may record a unit's standards: a recognition by decision (19.2, drug-free, fire safety…)
// is recorded by a level above the unit (campaign:review, the unit strictly inside the actor's
// scope); a fact the unit states itself (cameras, guards, a Zalo group) also by the unit's own
// staff (campaign:report). A legacy unit merged into the actor's scope is read-only.
import {
  AppError,
  hasPermission,
  isInScope,
  UNIT_STANDARD_KINDS,
  type Actor,
  type UnitStandardKind,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { findStandardUnit } from './unit-standards.repository'

export type StandardUnit = NonNullable<Awaited<ReturnType<typeof findStandardUnit>>>

export async function loadStandardUnit(db: Kysely<Database>, unitId: number) {
  const unit = await findStandardUnit(db, unitId)
  if (!unit) throw new AppError('NOT_FOUND')
  return unit
}

const isAbove = (actor: Actor, unit: StandardUnit) =>
  actor.scopePath === null || (isInScope(actor, unit.path) && actor.scopePath !== unit.path)

export function canRecord(actor: Actor, unit: StandardUnit, kind: UnitStandardKind): boolean {
  if (!isInScope(actor, unit.path)) return false
  if (hasPermission(actor, 'campaign:review') && isAbove(actor, unit)) return true
  return !kind.decisionRequired && hasPermission(actor, 'campaign:report')
}

/** The kinds the actor may record for the unit (the page offers only these). */
export function recordableKinds(actor: Actor, unit: StandardUnit) {
  return UNIT_STANDARD_KINDS.filter(
    (kind) => kind.unitKinds.includes(unit.kind as never) && canRecord(actor, unit, kind),
  ).map((kind) => kind.id)
}
