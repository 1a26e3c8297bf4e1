// One recorded change of a report: the row, its history entry and its audit entry, written
// together inside the caller's transaction.
import {
  AppError,
  type Actor,
  type ReportAction,
  type ReportStatus,
  type ReportValues,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { recomputeTargets } from '../targets/targets-recompute'
import { resolvePeriod, type PlanHandle, type UnitRow } from './reports.context'
import * as repo from './reports.repository'
import { appendHistory } from './reports-history.repository'

export type Write = {
  actor: Actor
  plan: PlanHandle
  periodId: string
  unit: UnitRow
  action: ReportAction
  status: ReportStatus
  figures?: ReportValues
  reason: string | null
  rowVersion?: number
}

/** One change of one report, its history entry and its audit entry, inside `tx`. */
export async function writeReport(deps: Deps, tx: Kysely<Database>, write: Write) {
  const at = deps.now()
  const existing = await repo.findReport(tx, write.plan.key, write.periodId, write.unit.id)
  if (write.rowVersion !== undefined && write.rowVersion !== existing?.row_version)
    throw new AppError('CONFLICT')
  let id: number
  const lateEntry = write.action === 'late_entry'
  if (!existing) {
    id = await repo.insertReport(
      tx,
      {
        plan_key: write.plan.key,
        plan_id: write.plan.id,
        period_id: write.periodId,
        unit_id: write.unit.id,
        unit_path: write.unit.path,
        figures: write.figures ?? {},
        updated_by: write.actor.username,
        updated_at: at,
      },
      lateEntry ? { at } : undefined,
    )
  } else {
    id = existing.id
    const returnReason = ['return', 'reopen'].includes(write.action)
      ? write.reason
      : write.action === 'accept' || lateEntry
        ? null
        : undefined
    const ok = await repo.updateReport(tx, id, existing.row_version, {
      status: write.status,
      figures: write.figures,
      return_reason: returnReason,
      accepted:
        write.status === 'accepted'
          ? { figures: write.figures ?? existing.figures, at, lateEntry }
          : undefined,
      by: write.actor.username,
      at,
    })
    if (!ok) throw new AppError('CONFLICT')
  }
  const from = existing?.status ?? null
  await appendHistory(tx, {
    report_id: id,
    at,
    actor_name: write.actor.username,
    action: write.action,
    from_status: from,
    to_status: write.status,
    reason: write.reason,
  })
  await appendAudit(tx, {
    actorId: write.actor.accountId,
    actorName: write.actor.username,
    action: `report.${write.action}`,
    entity: 'report',
    entityId: id,
    unit: { id: write.unit.id, path: write.unit.path },
    before: existing
      ? { status: from, figures: write.figures ? existing.figures : undefined }
      : null,
    after: {
      planKey: write.plan.key,
      periodId: write.periodId,
      status: write.status,
      figures: write.figures,
      ...(lateEntry && { lateEntry: true }),
    },
    reason: write.reason,
  })
  // Targets read submitted and accepted reports, and a reopened report's accepted figures: a
  // change into or out of submitted or accepted moves them (a reopening keeps the same figures).
  const counted = (status: string | null) => status === 'submitted' || status === 'accepted'
  if (counted(from) || counted(write.status))
    await recomputeTargets(
      { ...deps, db: tx },
      {
        planId: write.plan.id,
        year: resolvePeriod(write.plan.plan, write.periodId).year,
        unitIds: [write.unit.id],
      },
    )
  return id
}
