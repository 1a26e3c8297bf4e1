// A deadline extension (gia hạn) as every deadline a plan sets grants it: later than the
// deadline, one row in deadline_extensions and, in the same transaction, one audit entry per
// unit named (or one for the whole scope). Registration and dossier extensions differ only in
// who may grant and what they return, so each feature keeps that and shares this.
import { AppError, formatDateVi, isInSubtree, type Actor } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { appendAudit } from '../audit/audit.repository'
import { insertExtension } from '../registrations/registrations-extensions.repository'

type AuditUnit = { id: number; path: string } | null

/** `until` must be after the deadline; `deadlineName` says which one (e.g. "hạn đăng ký"). */
export function assertExtendsDeadline(
  deadline: string | null,
  until: string,
  deadlineName: string,
) {
  if (deadline === null)
    throw new AppError('VALIDATION', `Kế hoạch không đặt ${deadlineName} nên không cần gia hạn`)
  if (until <= deadline)
    throw new AppError(
      'VALIDATION',
      `Ngày gia hạn phải sau ${deadlineName} ${formatDateVi(deadline)}`,
      [{ path: 'until', message: `Ngày gia hạn phải sau ${formatDateVi(deadline)}` }],
    )
}

/** The narrower of two subtrees; undefined when they do not overlap (null: everywhere). */
export function intersectScope(a: string | null, b: string | null): string | null | undefined {
  if (a === null) return b
  if (b === null) return a
  if (isInSubtree(a, b)) return a
  if (isInSubtree(b, a)) return b
  return undefined
}

/** Store the extension and audit it; returns its id. Call inside the write's transaction. */
export async function recordExtension(
  tx: Kysely<Database>,
  actor: Actor,
  grant: {
    planKey: string
    closes: string
    year: number
    unitIds: number[] | null | undefined
    scopePath: string | null
    until: string
    reason: string
    at: Date
  },
  audit: { action: string; units: AuditUnit[]; wholeScope: AuditUnit },
): Promise<number> {
  const id = await insertExtension(tx, {
    plan_key: grant.planKey,
    closes: grant.closes,
    year: grant.year,
    unit_ids: grant.unitIds ? JSON.stringify(grant.unitIds) : null,
    scope_path: grant.scopePath,
    until: grant.until,
    reason: grant.reason,
    granted_by: actor.username,
    granted_at: grant.at,
  })
  // One entry per unit named (its own history shows it), each without a copy of the whole
  // list: 5,000 units once wrote 5,000 × 5,000 ids (issue 15). The list is on the extension row.
  const after = {
    closes: grant.closes,
    year: grant.year,
    unitCount: grant.unitIds?.length ?? null,
    until: grant.until,
  }
  const targets = audit.units.length > 0 ? audit.units : [audit.wholeScope]
  await appendAudit(
    tx,
    targets.map((unit) => ({
      actorId: actor.accountId,
      actorName: actor.username,
      action: audit.action,
      entity: 'deadline_extension',
      entityId: id,
      unit: unit ? { id: unit.id, path: unit.path } : null,
      after,
      reason: grant.reason,
    })),
  )
  return id
}
