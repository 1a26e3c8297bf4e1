import {
  AppError,
  describeAuditAction,
  describeAuditActor,
  isInScope,
  type Actor,
} from '@antq/core'
import type { Deps } from '../../deps'
import { findUnitPath } from '../units/units.repository'
import { listAudit } from './audit.repository'
import type { ListAuditQuery } from './audit.schemas'

/** Audit entries within the actor's subtree, newest first. */
export async function searchAudit(deps: Deps, actor: Actor, query: ListAuditQuery) {
  let unitPath: string | undefined
  if (query.unitId) {
    unitPath = await findUnitPath(deps.db, query.unitId)
    if (unitPath === undefined) throw new AppError('NOT_FOUND')
    if (!isInScope(actor, unitPath)) throw new AppError('OUT_OF_SCOPE')
  }
  const { items, total } = await listAudit(deps.db, {
    ...query,
    scopePath: actor.scopePath,
    unitPath,
  })
  return {
    total,
    items: items.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      // People by name and actions in words (issue 13 item 3); the codes stay for filters.
      actor: describeAuditActor({
        actorName: row.actor_name,
        fullName: row.actor_full_name,
        system: row.actor_id === null,
      }),
      actorUsername: row.actor_name,
      action: row.action,
      actionLabel: describeAuditAction(row.action),
      entity: row.entity,
      entityId: row.entity_id,
      unit: row.unit_id
        ? { id: row.unit_id, code: row.unit_code, name: row.unit_name, kind: row.unit_kind }
        : null,
      before: row.before ?? null,
      after: row.after ?? null,
      reason: row.reason,
    })),
  }
}
