// Who may touch a unit's crime statistics, and the unit itself: a commune's or a district's,
// inside the actor's own subtree (a legacy unit merged into the actor's scope is read-only).
import {
  AppError,
  CRIME_STATISTICS_UNIT_KINDS,
  hasPermission,
  isInScope,
  type Actor,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { findStatisticUnit } from './crime-statistics.repository'

export type StatisticUnit = NonNullable<Awaited<ReturnType<typeof findStatisticUnit>>>

export async function loadStatisticUnit(db: Kysely<Database>, unitId: number) {
  const unit = await findStatisticUnit(db, unitId)
  if (!unit) throw new AppError('NOT_FOUND')
  if (!(CRIME_STATISTICS_UNIT_KINDS as readonly string[]).includes(unit.kind))
    throw new AppError(
      'VALIDATION',
      'Số liệu tội phạm chỉ nhập cho xã, phường, thị trấn hoặc huyện, quận, thị xã, thành phố',
    )
  return unit
}

/** The unit's police (campaign:report) and the plan owner (campaign:review) enter figures. */
export function canEnter(actor: Actor, unit: StatisticUnit): boolean {
  return (
    isInScope(actor, unit.path) &&
    (hasPermission(actor, 'campaign:report') || hasPermission(actor, 'campaign:review'))
  )
}

/** A correction after the month's lock is the reviewer's (plan owner's), with a reason. */
export function canCorrect(actor: Actor, unit: StatisticUnit): boolean {
  return isInScope(actor, unit.path) && hasPermission(actor, 'campaign:review')
}
