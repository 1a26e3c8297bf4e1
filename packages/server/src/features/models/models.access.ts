// Who may touch the register: reading is the unit's and its superiors' (campaign:read); the
// unit's clerk (campaign:report) and the plan owner (campaign:review) record models, plans and
// reviews, inside their own subtree.
import { AppError, hasPermission, isInScope, type Actor } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import * as repo from './models.repository'

export function canRecord(actor: Actor, path: string): boolean {
  return (
    isInScope(actor, path) &&
    (hasPermission(actor, 'campaign:report') || hasPermission(actor, 'campaign:review'))
  )
}

export async function loadHost(db: Kysely<Database>, unitId: number) {
  const unit = await repo.findUnit(db, unitId)
  if (!unit) throw new AppError('NOT_FOUND')
  return unit
}

/** A model the actor may see; FORBIDDEN outside their subtree (NOT_FOUND when there is none). */
export async function loadModel(db: Kysely<Database>, actor: Actor, id: number) {
  const model = await repo.findModel(db, id)
  if (!model) throw new AppError('NOT_FOUND')
  if (!isInScope(actor, model.host_path)) throw new AppError('FORBIDDEN')
  return model
}

export async function loadRecordable(db: Kysely<Database>, actor: Actor, id: number) {
  const model = await loadModel(db, actor, id)
  if (!canRecord(actor, model.host_path)) throw new AppError('FORBIDDEN')
  return model
}

/** The site units, each inside the actor's subtree. */
export async function loadSites(
  db: Kysely<Database>,
  actor: Actor,
  sites: readonly { unitId: number }[],
) {
  const units = await repo.listUnits(
    db,
    sites.map((site) => site.unitId),
  )
  sites.forEach((site, i) => {
    const unit = units.find((each) => each.id === site.unitId)
    if (!unit || !isInScope(actor, unit.path))
      throw new AppError('VALIDATION', 'Điểm nhân rộng không thuộc phạm vi của tài khoản', [
        { path: `sites.${i}`, message: 'Không có địa bàn này trong phạm vi' },
      ])
  })
  return units
}
