// The checks every registration passes before anything is written: the unit exists, lies in
// the actor's scope and the issuer's, its window is open (extensions counted), its pledge valid.
import {
  AppError,
  can,
  isInSubtree,
  validateRegistration,
  type Actor,
  type ErrorDetail,
  type RegistrationPledge,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { windowFor, type PlanContext } from './registrations.context'
import * as repo from './registrations.repository'
import { toUnitProfile } from '../units/unit-profile'

export type RegistrationItem = { unitId: number; pledge: RegistrationPledge }
export type ItemProblem = { index: number; path: string; message: string }
export type WriteResult = { created: number; updated: number; unchanged: number }

export function assertMayRegister(actor: Actor) {
  if (!can(actor, 'campaign:report') && !can(actor, 'campaign:review'))
    throw new AppError('FORBIDDEN')
}

/** Every problem with the items; throws at once on a unit out of scope or a closed window. */
export async function checkItems(
  db: Kysely<Database>,
  actor: Actor,
  context: PlanContext,
  items: readonly RegistrationItem[],
) {
  const units = new Map(
    (await repo.listUnitsByIds(db, [...new Set(items.map((item) => item.unitId))])).map((unit) => [
      unit.id,
      unit,
    ]),
  )
  const problems: ItemProblem[] = []
  const closed: ErrorDetail[] = []
  let closedReason: string | undefined
  const seen = new Set<number>()
  items.forEach((item, index) => {
    const unit = units.get(item.unitId)
    if (!unit) return problems.push({ index, path: 'unitId', message: 'Không tìm thấy đơn vị' })
    if (!can(actor, 'campaign:report', unit.path) && !can(actor, 'campaign:review', unit.path))
      throw new AppError('OUT_OF_SCOPE', `${unit.name} nằm ngoài phạm vi quản lý của bạn`)
    if (seen.has(unit.id))
      return problems.push({ index, path: 'unitId', message: `${unit.name} bị đăng ký trùng` })
    seen.add(unit.id)
    if (context.issuerPath !== null && !isInSubtree(unit.path, context.issuerPath))
      return problems.push({
        index,
        path: 'unitId',
        message: `${unit.name} không thuộc địa bàn của đơn vị ban hành kế hoạch`,
      })
    const window = windowFor(context, unit)
    if (!window.open) {
      closedReason ??= window.reason
      closed.push({ path: `items.${index}`, message: `${unit.name}: ${window.reason}` })
    }
    const registrant = toUnitProfile(unit)
    for (const problem of validateRegistration(
      context.plan,
      context.status,
      registrant,
      item.pledge,
    ))
      problems.push({
        index,
        path: problem.path === 'unit' ? 'unitId' : `pledge.${problem.path}`,
        message: `${unit.name}: ${problem.message}`,
      })
  })
  if (closedReason) throw new AppError('DEADLINE_PASSED', closedReason, closed)
  return { units, problems }
}
