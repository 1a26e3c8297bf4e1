// Reading reports: a plan's periods, and a period's reports of a unit and the units under it.
import {
  assertPlanCoversYear,
  findReportLock,
  formatDateVi,
  type Actor,
  type ReportForm,
  type ReportStatus,
} from '@antq/core'
import type { Deps } from '../../deps'
import {
  currentYear,
  deadlineOf,
  formFor,
  listPeriods,
  loadPlan,
  loadUnit,
  assertNotExcluded,
  reportContext,
  resolvePeriod,
  startUnitId,
  today,
  type PlanHandle,
  type UnitRow,
} from './reports.context'
import {
  actionsFor,
  presentHistory,
  presentReport,
  presentUnit,
  rolesOf,
} from './reports.presenter'
import * as repo from './reports.repository'
import { listHistory } from './reports-history.repository'
import { listReportExtensions } from './reports-extensions.service'
import { recordedFiguresOfReport } from './reports-recorded'

export async function listReportPeriods(deps: Deps, planId: number, year?: number) {
  const { plan } = await loadPlan(deps.db, planId)
  const date = today(deps)
  if (year !== undefined) assertPlanCoversYear(plan, year)
  const chosen = year ?? currentYear(plan, date)
  const calendar = plan.reporting.calendar
  return {
    year: chosen,
    calendar: { basis: calendar.basis, yearStart: calendar.yearStart, yearEnd: calendar.yearEnd },
    items: listPeriods(plan, chosen).map((period) => {
      const deadline = deadlineOf(plan, period)
      return {
        ...period,
        deadline,
        deadlineText: formatDateVi(deadline),
        current: period.start <= date && date <= period.end,
      }
    }),
  }
}

/**
 * The units shown from a start unit: it and its children that report under the plan. A start
 * unit the plan excludes has no page to open (the plan's clause says why); excluded children are
 * left out.
 */
export async function reportingUnits(deps: Deps, plan: PlanHandle, unitId: number) {
  const units = await repo.listUnitAndChildren(deps.db, unitId)
  const start = units.find((unit) => unit.id === unitId)
  if (start) assertNotExcluded(plan, start)
  const result: { unit: UnitRow; form: ReportForm }[] = []
  for (const unit of units) {
    const form = formFor(plan, unit)
    if (form) result.push({ unit, form })
  }
  return result
}

export async function listReports(
  deps: Deps,
  actor: Actor,
  input: { planId: number; periodId: string; unitId?: number },
) {
  const plan = await loadPlan(deps.db, input.planId)
  const period = resolvePeriod(plan.plan, input.periodId)
  const start = await loadUnit(deps.db, startUnitId(actor, plan, input.unitId))
  const units = await reportingUnits(deps, plan, start.id)
  const rows = await repo.listReports(
    deps.db,
    plan.key,
    period.id,
    units.map(({ unit }) => unit.id),
  )
  const byUnit = new Map(rows.map((row) => [row.unit_id, row]))
  const history = await listHistory(
    deps.db,
    rows.map((row) => row.id),
  )
  const items = []
  for (const { unit, form } of units) {
    const row = byUnit.get(unit.id)
    const context = await reportContext(deps, deps.db, plan, period, unit)
    const actions =
      plan.status === 'published'
        ? actionsFor(actor, unit, (row?.status ?? 'draft') as ReportStatus, context)
        : []
    // The plan owner may enter late once the unit can no longer report itself.
    const lateEntryAllowed =
      plan.status === 'published' &&
      rolesOf(actor, unit).reviewer &&
      findReportLock(context) !== undefined
    const presented = presentReport(unit, form, row, actions, context.deadline)
    items.push({
      ...presented,
      lateEntryAllowed,
      // Typed figures the records now compute (statistics, register, log): their figure beside each.
      recorded: await recordedFiguresOfReport(deps.db, unit, form, period, presented.figures),
      history: history.filter((entry) => entry.report_id === row?.id).map(presentHistory),
    })
  }
  const forms: Record<string, ReportForm> = {}
  for (const { form } of units) forms[form.unitKind] = form
  return {
    period: { ...period, deadline: deadlineOf(plan.plan, period) },
    extensions: await listReportExtensions(deps, plan.key, period.id, period.year),
    unit: presentUnit(start),
    forms,
    items,
    notSubmitted: items
      .filter(
        (item) => item.status === null || item.status === 'draft' || item.status === 'returned',
      )
      .map((item) => item.unit),
  }
}

/** One unit's report after a change, as the list shows it. */
export async function reportOf(
  deps: Deps,
  actor: Actor,
  key: { planId: number; periodId: string; unitId: number },
) {
  const view = await listReports(deps, actor, key)
  return view.items.find((item) => item.unit.id === key.unitId)
}
