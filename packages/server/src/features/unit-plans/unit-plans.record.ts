// The trace of every unit-plan change, in the writing transaction: one append-only history
// row and one audit entry (who, when, before, after, why).
import type { Actor } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import * as repo from './unit-plans.repository'

/** One history row and one audit entry for the change. */
export async function recordUnitPlanChange(
  tx: Kysely<Database>,
  deps: Deps,
  actor: Actor,
  change: {
    id: number
    unit: { unitId: number; path: string }
    action: string
    from: string | null
    after: {
      status: string
      reason?: string | null
      fileName?: string | null
      childPlanId?: number | null
    }
  },
) {
  await repo.insertHistory(tx, {
    ...{ submission_id: change.id, at: deps.now(), actor_name: actor.username },
    ...{ action: change.action, from_status: change.from, to_status: change.after.status },
    reason: change.after.reason ?? null,
    file_name: change.after.fileName ?? null,
    child_plan_id: change.after.childPlanId ?? null,
  })
  await appendAudit(tx, {
    actorId: actor.accountId,
    actorName: actor.username,
    action: `unit_plan.${change.action}`,
    entity: 'unit_plan_submission',
    entityId: change.id,
    unit: { id: change.unit.unitId, path: change.unit.path },
    before: change.from === null ? null : { status: change.from },
    after: change.after,
    reason: change.after.reason ?? null,
  })
}
