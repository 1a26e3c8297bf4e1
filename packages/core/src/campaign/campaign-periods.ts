// Reporting periods. NĐ 09/2019/NĐ-CP Art. 12 fixes when figures are cut off: the year runs
// 15/12 of the previous year to 14/12; a month from the 15th of the previous month to the 14th;
// a quarter from the 15th of the last month of the previous quarter (Q1 15/12–14/3 … Q4
// 15/9–14/12); six months 15/12–14/6. A plan may set its own year (`reporting.calendar`).
// Every sub-period starts a whole number of months after the year start, on the same day of
// the month, and ends the day before the next one starts; the last one ends on the year end.
// Rules chosen where the texts are silent: the second half-year is 15/6–14/12 (so half-years
// cover the year); "nine months" is the one cumulative period 15/12–14/9, as the 6-month report
// is cumulative; a year whose start mm-dd comes after its end mm-dd starts in the previous year.
import type { Plan } from '../plans/plan-schema'
import { addDays, dateInYear, isWithin, shiftMonths } from './campaign-dates'

export const REPORTING_FREQUENCIES = [
  'monthly',
  'quarterly',
  'six_monthly',
  'nine_monthly',
  'yearly',
] as const
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number]

/** A year as annual bounds (mm-dd), e.g. NĐ 09/2019: 12-15 → 12-14. */
export type CalendarYear = { start: string; end: string }
export const ND09_CALENDAR: CalendarYear = { start: '12-15', end: '12-14' }

/** NĐ 09/2019's frequencies, or `plan_dated`: a report the plan asks for on its own date. */
export type PeriodFrequency = ReportingFrequency | 'plan_dated'

export type ReportingPeriod = {
  /** `2024`, `2024-Q1`, `2024-H1`, `2024-9M`, `2024-03` (month), `2024-R1` (the plan's own). */
  id: string
  frequency: PeriodFrequency
  year: number
  /** 1-based position within the year. */
  index: number
  start: string
  end: string
  label: string
}

type Shape = { count: number; months: number; cumulative: boolean }
const SHAPES: Record<ReportingFrequency, Shape> = {
  monthly: { count: 12, months: 1, cumulative: false },
  quarterly: { count: 4, months: 3, cumulative: false },
  six_monthly: { count: 2, months: 6, cumulative: false },
  nine_monthly: { count: 1, months: 9, cumulative: true },
  yearly: { count: 1, months: 12, cumulative: false },
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const

/** The reporting year of a plan: its own when it sets one, NĐ 09/2019's otherwise. */
export function reportingCalendarOf(plan: Pick<Plan, 'reporting'>): CalendarYear {
  const { yearStart, yearEnd } = plan.reporting.calendar
  return { start: yearStart, end: yearEnd }
}

/**
 * First and last day of `year` in a calendar (the year is named after its end).
 * @example yearBounds(ND09_CALENDAR, 2024) // { start: '2023-12-15', end: '2024-12-14' }
 */
export function yearBounds(calendar: CalendarYear, year: number): { start: string; end: string } {
  const startYear = calendar.start > calendar.end ? year - 1 : year
  return { start: dateInYear(calendar.start, startYear), end: dateInYear(calendar.end, year) }
}

/**
 * The periods of one reporting year, in order.
 * @example periodsOf(ND09_CALENDAR, 2024, 'quarterly')[0] // { id: '2024-Q1', start: '2023-12-15', end: '2024-03-14', … }
 */
export function periodsOf(
  calendar: CalendarYear,
  year: number,
  frequency: ReportingFrequency,
): ReportingPeriod[] {
  const bounds = yearBounds(calendar, year)
  const [startYear, startMonth, startDay] = bounds.start.split('-').map(Number) as [
    number,
    number,
    number,
  ]
  const shape = SHAPES[frequency]
  const startOf = (k: number): string =>
    shiftMonths(startYear, startMonth, startDay, k * shape.months)
  return Array.from({ length: shape.count }, (_, k) => {
    const index = k + 1
    const isLast = frequency === 'yearly' || (!shape.cumulative && index === shape.count)
    return {
      id: periodId(year, frequency, index),
      frequency,
      year,
      index,
      start: shape.cumulative ? bounds.start : startOf(k),
      end: isLast ? bounds.end : addDays(startOf(k + 1), -1),
      label: periodLabel(year, frequency, index),
    }
  })
}

/** The period of that frequency holding `date`; undefined in a gap of an odd plan calendar. */
export function periodContaining(
  date: string,
  calendar: CalendarYear,
  frequency: ReportingFrequency,
): ReportingPeriod | undefined {
  const year = Number(date.slice(0, 4))
  for (const candidate of [year, year + 1, year - 1])
    for (const period of periodsOf(calendar, candidate, frequency))
      if (isWithin(date, period.start, period.end)) return period
  return undefined
}

const ID_PATTERN = /^(\d{4})(?:-(Q[1-4]|H[12]|9M|0[1-9]|1[0-2]))?$/

/** The period an id names (`2024-Q2`), or undefined for an unknown id. */
export function findPeriod(calendar: CalendarYear, id: string): ReportingPeriod | undefined {
  const match = ID_PATTERN.exec(id)
  if (!match) return undefined
  const year = Number(match[1])
  const suffix = match[2]
  const [frequency, index]: [ReportingFrequency, number] =
    suffix === undefined
      ? ['yearly', 1]
      : suffix.startsWith('Q')
        ? ['quarterly', Number(suffix.slice(1))]
        : suffix.startsWith('H')
          ? ['six_monthly', Number(suffix.slice(1))]
          : suffix === '9M'
            ? ['nine_monthly', 1]
            : ['monthly', Number(suffix)]
  return periodsOf(calendar, year, frequency)[index - 1]
}

function periodId(year: number, frequency: ReportingFrequency, index: number): string {
  switch (frequency) {
    case 'yearly':
      return String(year)
    case 'quarterly':
      return `${year}-Q${index}`
    case 'six_monthly':
      return `${year}-H${index}`
    case 'nine_monthly':
      return `${year}-9M`
    case 'monthly':
      return `${year}-${String(index).padStart(2, '0')}`
  }
}

function periodLabel(year: number, frequency: ReportingFrequency, index: number): string {
  switch (frequency) {
    case 'yearly':
      return `Năm ${year}`
    case 'quarterly':
      return `Quý ${ROMAN[index - 1] ?? index} năm ${year}`
    case 'six_monthly':
      return `${index === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${year}`
    case 'nine_monthly':
      return `9 tháng năm ${year}`
    case 'monthly':
      return `Tháng ${index} năm ${year}`
  }
}
