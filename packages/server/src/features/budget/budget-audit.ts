// The audit entry of every budget write, in the writing transaction.
import type { Actor } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { appendAudit } from '../audit/audit.repository'

export function auditBudget(
  tx: Kysely<Database>,
  actor: Actor,
  entry: {
    action: string
    entity: 'budget_estimate' | 'budget_spending' | 'budget_file'
    entityId: number
    unit: { id: number; path: string }
    before?: unknown
    after: unknown
    reason?: string | null
  },
) {
  return appendAudit(tx, {
    actorId: actor.accountId,
    actorName: actor.username,
    action: `budget.${entry.action}`,
    entity: entry.entity,
    entityId: entry.entityId,
    unit: entry.unit,
    before: entry.before ?? null,
    after: entry.after,
    reason: entry.reason ?? null,
  })
}
