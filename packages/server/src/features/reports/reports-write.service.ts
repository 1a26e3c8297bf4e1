// Writing reports: save draft figures, and move a report through its workflow. Every change
// appends to report_history and the audit log in the same transaction.
import {
  AppError,
  toReportAppError,
  transitionReport,
  validateReport,
  type Actor,
  type ReportAction,
  type ReportForm,
  type ReportStatus,
  type ReportValues,
} from '@antq/core'
import type { Deps } from '../../deps'
import {
  assertTakesReportFor,
  assertTakesReports,
  formFor,
  loadPlan,
  loadUnit,
  assertNotExcluded,
  reportContext,
  resolvePeriod,
} from './reports.context'
import { rolesOf } from './reports.presenter'
import * as repo from './reports.repository'
import { writeReport } from './reports-record'

export type ReportKey = { planId: number; unitId: number; periodId: string }

async function loadTarget(deps: Deps, key: ReportKey) {
  const plan = await loadPlan(deps.db, key.planId)
  assertTakesReports(plan)
  const period = resolvePeriod(plan.plan, key.periodId)
  assertTakesReportFor(deps, plan, period)
  const unit = await loadUnit(deps.db, key.unitId)
  assertNotExcluded(plan, unit)
  const form = formFor(plan, unit)
  if (!form) throw new AppError('NOT_FOUND', 'Đơn vị không báo cáo theo kế hoạch này')
  return { plan, period, unit, form }
}

/** Field messages `{ path, message }` in Vietnamese, or nothing. */
export function assertValid(form: ReportForm, figures: ReportValues, mode: 'draft' | 'submit') {
  const issues = validateReport(form, figures, mode)
  if (issues.length > 0)
    throw new AppError(
      'VALIDATION',
      issues.length === 1 ? (issues[0]?.message ?? 'Số liệu chưa hợp lệ') : 'Số liệu chưa hợp lệ',
      issues.map((issue) => ({ path: issue.field, message: issue.message })),
    )
}

/** Save draft figures (the unit's side only; validated as a draft). */
export async function saveReport(
  deps: Deps,
  actor: Actor,
  key: ReportKey,
  input: { figures: ReportValues; rowVersion?: number },
) {
  const { plan, period, unit, form } = await loadTarget(deps, key)
  if (!rolesOf(actor, unit).unit) throw new AppError('FORBIDDEN')
  assertValid(form, input.figures, 'draft')
  await deps.db.transaction().execute(async (tx) => {
    const existing = await repo.findReport(tx, plan.key, period.id, unit.id)
    const status = (existing?.status ?? 'draft') as ReportStatus
    const result = transitionReport(
      status,
      'save',
      await reportContext(deps, tx, plan, period, unit),
    )
    if (!result.ok) throw toReportAppError(result.error)
    await writeReport(deps, tx, {
      actor,
      plan,
      periodId: period.id,
      unit,
      action: 'save',
      status: result.status,
      figures: input.figures,
      reason: null,
      rowVersion: input.rowVersion,
    })
  })
}

export async function applyReportAction(
  deps: Deps,
  actor: Actor,
  key: ReportKey,
  input: { action: Exclude<ReportAction, 'save'>; reason?: string; rowVersion?: number },
) {
  const { plan, period, unit, form } = await loadTarget(deps, key)
  const roles = rolesOf(actor, unit)
  const side = ['accept', 'return', 'reopen'].includes(input.action) ? 'reviewer' : 'unit'
  if (!roles[side]) throw new AppError('FORBIDDEN')
  await deps.db.transaction().execute(async (tx) => {
    const existing = await repo.findReport(tx, plan.key, period.id, unit.id)
    if (!existing) throw new AppError('INVALID_TRANSITION', 'Đơn vị chưa lập báo cáo kỳ này')
    const context = await reportContext(deps, tx, plan, period, unit)
    const result = transitionReport(existing.status as ReportStatus, input.action, {
      ...context,
      reason: input.reason ?? null,
    })
    if (!result.ok) throw toReportAppError(result.error)
    if (input.action === 'submit') assertValid(form, existing.figures as ReportValues, 'submit')
    await writeReport(deps, tx, {
      actor,
      plan,
      periodId: period.id,
      unit,
      action: input.action,
      status: result.status,
      reason: input.reason?.trim() || null,
      rowVersion: input.rowVersion ?? existing.row_version,
    })
  })
}
