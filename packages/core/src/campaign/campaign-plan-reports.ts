// The reporting periods a plan asks for. A plan that sets its own report dates (an obligation
// of kind `report` with a date, e.g. plan 001 IV.1: "trước ngày 30/3" and "báo cáo kết quả
// thực hiện hàng năm (trước ngày 25/10)") gets exactly those reports, each due on its date; a
// plan that sets none gets NĐ 09/2019's periodic reports (quarter, six and nine months, year;
// monthly only when it asks for monthly ones). A plan-dated report covers the reporting year
// from its start to its date (cumulative, as the 6- and 9-month reports are) and is numbered in
// date order: `2024-R1`, `2024-R2`; the latest one is the year's result (targets read it).
import type { Plan } from '../plans/plan-schema'
import type { ReportingObligation } from '../plans/plan-schedule'
import { formatDateVi } from '../text/dates'
import { planDeadlineFor } from './campaign-deadlines'
import { dateInYear } from './campaign-dates'
import { findOutsidePlanPeriod } from './campaign-plan-period'
import {
  periodsOf,
  reportingCalendarOf,
  yearBounds,
  type ReportingFrequency,
  type ReportingPeriod,
} from './campaign-periods'

type ReportingPlan = Pick<Plan, 'reporting' | 'deadlines' | 'period'>

const ND09_FREQUENCIES: ReportingFrequency[] = [
  'quarterly',
  'six_monthly',
  'nine_monthly',
  'yearly',
]

/** The plan's own dated report obligations (kind `report` with a date or an annual date). */
export function planDatedReports(plan: Pick<Plan, 'reporting'>): ReportingObligation[] {
  return plan.reporting.obligations.filter(
    (each) => each.kind === 'report' && (each.date !== null || each.annual !== null),
  )
}

/** NĐ 09/2019 frequencies a plan without its own dates reports on. */
export function nd09FrequenciesOf(plan: Pick<Plan, 'reporting'>): ReportingFrequency[] {
  const monthly = plan.reporting.obligations.some((each) => each.frequency === 'monthly')
  return monthly ? ['monthly', ...ND09_FREQUENCIES] : ND09_FREQUENCIES
}

function planDatedPeriods(plan: ReportingPlan, year: number): ReportingPeriod[] {
  const bounds = yearBounds(reportingCalendarOf(plan), year)
  const dated = planDatedReports(plan)
    .map((obligation) => ({
      obligation,
      due: obligation.date ?? dateInYear(obligation.annual ?? '12-31', year),
    }))
    // A one-off date (`date`) belongs to the reporting year holding it only.
    .filter(
      ({ obligation, due }) =>
        obligation.date === null || (due >= bounds.start && due <= bounds.end),
    )
    .sort((a, b) => a.due.localeCompare(b.due))
  return dated.map(({ obligation, due }, k) => ({
    id: `${year}-R${k + 1}`,
    frequency: 'plan_dated',
    year,
    index: k + 1,
    start: bounds.start,
    end: due,
    label: `${obligation.label} năm ${year} (hạn ${formatDateVi(due)})`,
  }))
}

/** Every period of the year in the plan's shape, inside the plan's period or not. */
function allPeriodsOf(plan: ReportingPlan, year: number): ReportingPeriod[] {
  if (planDatedReports(plan).length > 0) return planDatedPeriods(plan, year)
  const calendar = reportingCalendarOf(plan)
  return nd09FrequenciesOf(plan).flatMap((frequency) => periodsOf(calendar, year, frequency))
}

/**
 * The periods a plan asks reports for in a year, in order (none outside the plan's period).
 * @example reportingPeriodsOf(plan001, 2024).map((p) => p.id) // ['2024-R1', '2024-R2']
 */
export function reportingPeriodsOf(plan: ReportingPlan, year: number): ReportingPeriod[] {
  return allPeriodsOf(plan, year).filter(
    (period) => findOutsidePlanPeriod(plan, year, period) === undefined,
  )
}

/**
 * The period an id names in the plan's shape (`2024-Q1` for NĐ 09/2019, `2024-R2` for a plan
 * with its own dates), or undefined; whether the plan's period holds it is findOutsidePlanPeriod's.
 */
export function findReportingPeriod(plan: ReportingPlan, id: string): ReportingPeriod | undefined {
  if (!/^\d{4}(-|$)/.test(id)) return undefined
  return allPeriodsOf(plan, Number(id.slice(0, 4))).find((period) => period.id === id)
}

/**
 * The last day to report: a plan-dated report's own date; an NĐ 09/2019 period's cut-off day
 * (Art. 12), for the year the plan's own report deadline (`closes: report`) when later.
 */
export function reportDeadlineOf(plan: ReportingPlan, period: ReportingPeriod): string {
  if (period.frequency !== 'yearly') return period.end
  const planned = planDeadlineFor(plan, 'report', period.year)
  return planned !== null && planned > period.end ? planned : period.end
}
