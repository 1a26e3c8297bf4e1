// Who is late, by the rules the registrations and reports features enforce: an eligible unit
// with no registration once its registration window (with extensions) has closed; a unit with a
// report form whose report of the period is missing, a draft or returned once its deadline
// (with extensions) has passed. A unit the plan excludes is never chased: barrierOf and formFor
// both apply core's exclusions. Computed from those features' repositories, no SQL of its own.
import { checkDeadline, daysBetween, type ReportingPeriod } from '@antq/core'
import type { Deps } from '../../deps'
import { listExtensions } from '../registrations/registrations-extensions.repository'
import {
  extensionsFor,
  windowFor,
  type PlanContext as RegistrationContext,
} from '../registrations/registrations.context'
import { listRegistrations, type RegistrantRow } from '../registrations/registrations.repository'
import { barrierOf } from '../registrations/registrations.service'
import { deadlineOf, formFor, listPeriods, type PlanHandle } from '../reports/reports.context'
import { listReports } from '../reports/reports.repository'

export type LateUnit = {
  unit: RegistrantRow
  closedOn: string
  daysLate: number
  status: string | null
  returnReason: string | null
  /** For a report upward: which obligation and period the unit owes. */
  obligation?: { id: string; label: string; periodKey: string; periodLabel: string }
}

export async function findLateRegistrations(
  deps: Deps,
  context: RegistrationContext,
  units: readonly RegistrantRow[],
  path: string,
): Promise<LateUnit[]> {
  const rows = await listRegistrations(deps.db, context.key, context.year, path)
  const done = new Set(rows.map((row) => row.unit_id))
  return units.flatMap((unit) => {
    if (done.has(unit.id) || barrierOf(context, unit)) return []
    const window = windowFor(context, unit)
    if (window.open) return []
    const daysLate = daysBetween(window.closedOn, context.today)
    return [{ unit, closedOn: window.closedOn, daysLate, status: null, returnReason: null }]
  })
}

// Longer periods first when two close on the same day (the yearly report over Q4).
const LENGTH = ['yearly', 'nine_monthly', 'six_monthly', 'quarterly', 'monthly']

/** The periods of the year whose deadline has passed, the latest first. */
export function closedPeriods(plan: PlanHandle, year: number, today: string) {
  return listPeriods(plan.plan, year)
    .map((period) => ({ ...period, deadline: deadlineOf(plan.plan, period) }))
    .filter((period) => period.deadline < today)
    .sort(
      (a, b) =>
        b.deadline.localeCompare(a.deadline) ||
        LENGTH.indexOf(a.frequency) - LENGTH.indexOf(b.frequency),
    )
}

const NOT_SUBMITTED = new Set(['draft', 'returned'])

export async function findLateReports(
  deps: Deps,
  input: {
    plan: PlanHandle
    context: RegistrationContext
    period: ReportingPeriod & { deadline: string }
    units: readonly RegistrantRow[]
  },
): Promise<LateUnit[]> {
  const { plan, context, period } = input
  const reporting = input.units.filter((unit) => formFor(plan, unit) !== null)
  const reports = await listReports(
    deps.db,
    plan.key,
    period.id,
    reporting.map((unit) => unit.id),
  )
  const byUnit = new Map(reports.map((row) => [row.unit_id, row]))
  const extensions = [
    ...(await listExtensions(deps.db, plan.key, 'report', period.year)),
    ...(await listExtensions(deps.db, plan.key, `report:${period.id}`, period.year)),
  ]
  const withExtensions = { ...context, extensions }
  return reporting.flatMap((unit) => {
    const report = byUnit.get(unit.id)
    if (report && !NOT_SUBMITTED.has(report.status)) return []
    const check = checkDeadline({
      act: 'nộp báo cáo',
      deadline: period.deadline,
      date: context.today,
      unitId: unit.id,
      extensions: extensionsFor(withExtensions, unit.path),
    })
    if (check.open) return []
    return [
      {
        unit,
        closedOn: check.closedOn,
        daysLate: daysBetween(check.closedOn, context.today),
        status: report?.status ?? null,
        returnReason: report?.return_reason ?? null,
      },
    ]
  })
}
