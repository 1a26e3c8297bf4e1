// Late entry (nhập muộn) by the plan owner: a closed period's results for a unit in the plan's
// scope, entered or corrected with a reason (core campaign-late-entry.ts), accepted at once and
// marked; audited and in the report's history like every change; the targets of the report's
// year recomputed in the same transaction (writeReport, with the period's year).
import { AppError, assertLateEntryAllowed, type Actor, type ReportValues } from '@antq/core'
import type { Deps } from '../../deps'
import { intersectScope } from '../deadline-extensions/deadline-extensions.service'
import { rolesOf } from './reports.presenter'
import * as repo from './reports.repository'
import { writeReport } from './reports-record'
import {
  assertNotExcluded,
  assertTakesReports,
  formFor,
  loadPlan,
  loadUnit,
  reportContext,
  resolvePeriod,
} from './reports.context'
import { assertValid, type ReportKey } from './reports-write.service'

export async function enterLateReport(
  deps: Deps,
  actor: Actor,
  key: ReportKey,
  input: { figures: ReportValues; reason: string; rowVersion?: number },
) {
  const plan = await loadPlan(deps.db, key.planId)
  assertTakesReports(plan)
  // Outside the plan's period: refused (OUTSIDE_PLAN_PERIOD); after the campaign's end: allowed.
  const period = resolvePeriod(plan.plan, key.periodId)
  const unit = await loadUnit(deps.db, key.unitId)
  assertNotExcluded(plan, unit)
  const form = formFor(plan, unit)
  if (!form) throw new AppError('NOT_FOUND', 'Đơn vị không báo cáo theo kế hoạch này')
  // The plan owner: the reviewing level of the unit, within the plan's issuer's area.
  if (
    !rolesOf(actor, unit).reviewer ||
    intersectScope(actor.scopePath, plan.scopePath) === undefined
  )
    throw new AppError('FORBIDDEN', 'Chỉ đơn vị chủ trì kế hoạch (cấp quản lý) được nhập muộn')
  assertValid(form, input.figures, 'submit')
  const reason = input.reason.trim()
  await deps.db.transaction().execute(async (tx) => {
    const context = await reportContext(deps, tx, plan, period, unit)
    assertLateEntryAllowed({ ...context, reason })
    const existing = await repo.findReport(tx, plan.key, period.id, unit.id)
    await writeReport(deps, tx, {
      actor,
      plan,
      periodId: period.id,
      unit,
      action: 'late_entry',
      status: 'accepted',
      figures: input.figures,
      reason,
      rowVersion: input.rowVersion ?? existing?.row_version,
    })
  })
}
