// Writing upward reports: the reporting unit saves its written sections and sends the report
// (its computed parts frozen as they stand); the receiving level marks it received or returns
// it. Each change: the row, its history entry and the audit entry, in one transaction.
import {
  AppError,
  transitionUpwardReport,
  type Actor,
  type UpwardReportAction,
  type UpwardReportStatus,
} from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { buildComputedParts } from './upward-reports-draft'
import {
  assertRecipient,
  assertReporter,
  assertTakesUpwardReports,
  loadOccurrence,
  type OccurrenceContext,
  type OccurrenceKey,
} from './upward-reports.context'
import * as repo from './upward-reports.repository'

export type WrittenSections = { narrative: string; shortcomings: string; proposals: string }

type Change = {
  action: UpwardReportAction
  sections?: WrittenSections
  snapshot?: unknown
  reason: string | null
  rowVersion?: number
}

async function recordChange(deps: Deps, actor: Actor, context: OccurrenceContext, change: Change) {
  const at = deps.now()
  const { plan, occurrence, unit } = context
  const key = {
    planKey: plan.key,
    obligationId: occurrence.obligationId,
    periodKey: occurrence.periodKey,
    unitId: unit.id,
  }
  await deps.db.transaction().execute(async (tx) => {
    const existing = await repo.findUpwardReport(tx, key)
    if (change.rowVersion !== undefined && existing && change.rowVersion !== existing.row_version)
      throw new AppError('CONFLICT')
    if (!existing && change.action !== 'save' && change.action !== 'submit')
      throw new AppError('INVALID_TRANSITION', 'Đơn vị chưa gửi báo cáo này')
    const from = (existing?.status ?? null) as UpwardReportStatus | null
    const to = transitionUpwardReport(from, change.action, change.reason)
    const sections = change.sections ? JSON.stringify(change.sections) : undefined
    let id = existing?.id
    if (!existing)
      id = await repo.insertUpwardReport(tx, {
        ...{ plan_key: plan.key, plan_id: plan.id, obligation_id: occurrence.obligationId },
        ...{ period_key: occurrence.periodKey, year: occurrence.year, due_on: occurrence.due },
        ...{
          unit_id: unit.id,
          unit_path: unit.path,
          recipient_unit_id: context.recipient?.id ?? null,
        },
        ...{ sections: sections ?? '{}', updated_by: actor.username, updated_at: at },
      })
    const current = existing ?? (await repo.findUpwardReport(tx, key))
    if (!current || id === undefined) throw new AppError('INTERNAL')
    if (existing || to !== 'draft') {
      const ok = await repo.updateUpwardReport(tx, id, current.row_version, {
        status: to,
        sections,
        ...(change.action === 'submit' && {
          snapshot: JSON.stringify(change.snapshot),
          submitted_at: at,
          submitted_by: actor.username,
          return_reason: null,
        }),
        ...(change.action === 'receive' && { received_at: at, received_by: actor.username }),
        ...(change.action === 'return' && {
          ...{ return_reason: change.reason, snapshot: null },
          ...{ submitted_at: null, submitted_by: null },
        }),
        updated_by: actor.username,
        updated_at: at,
      })
      if (!ok) throw new AppError('CONFLICT')
    }
    await repo.appendUpwardReportHistory(tx, {
      ...{ upward_report_id: id, at, actor_name: actor.username, action: change.action },
      ...{ from_status: from, to_status: to, reason: change.reason },
    })
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: `upward_report.${change.action}`,
      entity: 'upward_report',
      entityId: id,
      unit: { id: unit.id, path: unit.path },
      before: existing
        ? { status: from, sections: change.sections ? existing.sections : undefined }
        : null,
      after: { ...key, status: to, sections: change.sections },
      reason: change.reason,
    })
  })
}

/** The reporting unit saves the sections it writes (a draft only). */
export async function saveUpwardReport(
  deps: Deps,
  actor: Actor,
  key: OccurrenceKey,
  input: { sections: WrittenSections; rowVersion?: number },
) {
  const context = await loadOccurrence(deps, key)
  assertTakesUpwardReports(context.plan)
  assertReporter(actor, context.unit)
  await recordChange(deps, actor, context, { action: 'save', ...input, reason: null })
}

/** Send (reporting unit, computed parts frozen now), receive or return (receiving level). */
export async function applyUpwardReportAction(
  deps: Deps,
  actor: Actor,
  key: OccurrenceKey,
  input: { action: Exclude<UpwardReportAction, 'save'>; reason?: string; rowVersion?: number },
) {
  const context = await loadOccurrence(deps, key)
  assertTakesUpwardReports(context.plan)
  const reason = input.reason?.trim() || null
  if (input.action === 'submit') {
    assertReporter(actor, context.unit)
    const parts = await buildComputedParts(deps, actor, {
      ...{ planId: context.plan.id, planKey: context.plan.key, plan: context.plan.plan },
      ...{ year: context.occurrence.year, today: context.today, unit: context.unit },
    })
    const snapshot = { takenAt: deps.now().toISOString(), parts }
    return recordChange(deps, actor, context, { ...input, reason, snapshot })
  }
  assertRecipient(actor, context.recipient)
  await recordChange(deps, actor, context, { ...input, reason })
}
