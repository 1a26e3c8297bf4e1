// One recorded change of a nomination: the guarded update (row version), its history entry
// and its audit entry, written together inside the caller's transaction.
import { AppError, type Actor } from '@antq/core'
import type { Insertable, Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { NominationTable } from '../../db/schema-nominations'
import { appendAudit } from '../audit/audit.repository'
import {
  appendNominationHistory,
  updateNomination,
  type NominationRecord,
} from './nominations.repository'

export type NominationChange = {
  action: string
  to: string
  reason: string | null
  rowVersion: number
  changes?: Partial<Omit<Insertable<NominationTable>, 'id' | 'row_version'>>
  /** What the audit entry shows as "after" beyond the status. */
  after?: Record<string, unknown>
  before?: Record<string, unknown>
}

export async function recordNominationChange(
  tx: Kysely<Database>,
  at: Date,
  actor: Actor,
  row: NominationRecord,
  change: NominationChange,
) {
  if (change.rowVersion !== row.row_version) throw new AppError('CONFLICT', conflictMessage())
  const ok = await updateNomination(tx, row.id, row.row_version, {
    ...change.changes,
    status: change.to,
    updated_by: actor.username,
    updated_at: at,
  })
  if (!ok) throw new AppError('CONFLICT', conflictMessage())
  await recordNominationEvent(tx, at, actor, row, change)
}

/** History and audit of a change whose row is already written (creation). */
export async function recordNominationEvent(
  tx: Kysely<Database>,
  at: Date,
  actor: Actor,
  row: Pick<NominationRecord, 'id' | 'status' | 'proposing_unit_id' | 'proposing_unit_path'> | null,
  change: Omit<NominationChange, 'rowVersion'> & {
    id?: number
    unit?: { id: number; path: string }
  },
) {
  const id = row?.id ?? change.id ?? 0
  await appendNominationHistory(tx, {
    nomination_id: id,
    at,
    actor_name: actor.username,
    action: change.action,
    from_status: row?.status ?? null,
    to_status: change.to,
    reason: change.reason,
  })
  await appendAudit(tx, {
    actorId: actor.accountId,
    actorName: actor.username,
    action: `nomination.${change.action}`,
    entity: 'nomination',
    entityId: id,
    unit: row
      ? { id: row.proposing_unit_id, path: row.proposing_unit_path }
      : (change.unit ?? null),
    before: row ? { status: row.status, ...change.before } : null,
    after: { status: change.to, ...change.after },
    reason: change.reason,
  })
}

export function conflictMessage(): string {
  return 'Hồ sơ đề nghị vừa được người khác thay đổi; vui lòng tải lại trang và thực hiện lại'
}
