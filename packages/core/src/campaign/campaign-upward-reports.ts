// Upward reports (issue 11 item 4): the báo cáo, sơ kết or tổng kết a level sends up for a
// plan's reporting obligation — not the units' periodic figures (campaign-plan-reports.ts).
// When each obligation falls due in a year, who owes it, to which level, and whether it is late.
// Rules chosen where the texts are silent: a yearly obligation without its own date is due at
// the end of the plan's reporting year; a six-monthly, quarterly or monthly one at the end of
// each period of that frequency; a phase review ("sơ kết giai đoạn") in the plan's last year
// only; a one-off without a date has no due date and is not listed.
import type { Plan } from '../plans/plan-schema'
import type { ReportingObligation, ReportLevel } from '../plans/plan-schedule'
import { formatDateVi } from '../text/dates'
import { dateInYear } from './campaign-dates'
import { periodsOf, reportingCalendarOf, yearBounds } from './campaign-periods'

type ObligationPlan = Pick<Plan, 'reporting' | 'period'>

/** One due report of an obligation: `periodKey` is `2024`, `2024-H1`, `2024-Q3` or `2024-05`. */
export type ObligationOccurrence = {
  obligationId: string
  periodKey: string
  year: number
  due: string
  /** "năm 2024", "6 tháng đầu năm 2024", "quý i năm 2024". */
  periodLabel: string
  label: string
}

function occurrence(
  obligation: ReportingObligation,
  year: number,
  periodKey: string,
  due: string,
  periodLabel: string,
): ObligationOccurrence {
  const label = `${obligation.label} (${periodLabel}, hạn ${formatDateVi(due)})`
  return { obligationId: obligation.id, periodKey, year, due, periodLabel, label }
}

/**
 * The obligation's due reports in the plan's reporting year `year` (none outside the plan's
 * period), in date order.
 * @example obligationOccurrences(plan001, baoCaoHangNam, 2024) // [{ periodKey: '2024', due: '2024-10-25', … }]
 */
export function obligationOccurrences(
  plan: ObligationPlan,
  obligation: ReportingObligation,
  year: number,
): ObligationOccurrence[] {
  const { startYear, endYear } = plan.period
  if (year < startYear || (endYear !== null && year > endYear)) return []
  const calendar = reportingCalendarOf(plan)
  const bounds = yearBounds(calendar, year)
  const yearLabel = `năm ${year}`
  switch (obligation.frequency) {
    case 'once': {
      const due = obligation.date ?? (obligation.annual && dateInYear(obligation.annual, year))
      if (!due || due < bounds.start || due > bounds.end) return []
      return [occurrence(obligation, year, String(year), due, yearLabel)]
    }
    case 'yearly': {
      const due = obligation.annual ? dateInYear(obligation.annual, year) : bounds.end
      return [occurrence(obligation, year, String(year), due, yearLabel)]
    }
    case 'phase':
      return endYear === year
        ? [occurrence(obligation, year, String(year), bounds.end, yearLabel)]
        : []
    case 'six_monthly':
    case 'quarterly':
    case 'monthly':
      return periodsOf(calendar, year, obligation.frequency).map((period) =>
        occurrence(obligation, year, period.id, period.end, lowerFirst(period.label)),
      )
  }
}

/** Every obligation's due reports in the year, in date order. */
export function planOccurrences(plan: ObligationPlan, year: number): ObligationOccurrence[] {
  return plan.reporting.obligations
    .flatMap((obligation) => obligationOccurrences(plan, obligation, year))
    .sort((a, b) => a.due.localeCompare(b.due) || a.obligationId.localeCompare(b.obligationId))
}

/** The due report an obligation id and period key name, or undefined. */
export function findOccurrence(
  plan: ObligationPlan,
  obligationId: string,
  periodKey: string,
): { obligation: ReportingObligation; occurrence: ObligationOccurrence } | undefined {
  const obligation = plan.reporting.obligations.find((each) => each.id === obligationId)
  const year = Number(/^(\d{4})/.exec(periodKey)?.[1])
  if (!obligation || !Number.isInteger(year)) return undefined
  const found = obligationOccurrences(plan, obligation, year).find(
    (each) => each.periodKey === periodKey,
  )
  return found && { obligation, occurrence: found }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
}

const LEVEL_RANK: Record<ReportLevel, number> = { commune: 1, district: 2, province: 3 }

function isLevel(kind: string): kind is ReportLevel {
  return kind in LEVEL_RANK
}

/** Whether a unit of this kind (or resolved from one of these plan bodies) owes the obligation. */
export function owesObligation(
  obligation: ReportingObligation,
  unitKind: string,
  unitBodies: readonly string[] = [],
): boolean {
  if (isLevel(unitKind) && obligation.reporterLevels.includes(unitKind)) return true
  return unitBodies.some((body) => obligation.reporterBodies.includes(body))
}

/** The level receiving a reporter's report: the obligation's, when above the reporter's level. */
export function recipientLevelFor(
  obligation: ReportingObligation,
  reporterKind: string,
): ReportLevel | null {
  const level = obligation.recipientLevel
  if (level === null) return null
  if (isLevel(reporterKind) && LEVEL_RANK[reporterKind] >= LEVEL_RANK[level]) return null
  return level
}

export type OccurrenceTiming = 'open' | 'late' | 'on_time' | 'submitted_late'

/**
 * Whether a due report is late. Once its date has passed the answer is final: unsent it is
 * late, sent after the date it stays "sent late".
 */
export function occurrenceTiming(
  due: string,
  submittedOn: string | null,
  today: string,
): OccurrenceTiming {
  if (submittedOn !== null) return submittedOn > due ? 'submitted_late' : 'on_time'
  return today > due ? 'late' : 'open'
}

export const OCCURRENCE_TIMING_LABELS: Record<OccurrenceTiming, string> = {
  open: 'Chưa đến hạn',
  late: 'Báo cáo chậm',
  on_time: 'Đã gửi đúng hạn',
  submitted_late: 'Đã gửi quá hạn',
}
