// The rules over a month of crime statistics: which months exist, when a month locks, what a
// month's figures must satisfy, and how a year or quarter reads the months (pure, tested).
import type { ErrorDetail } from '../errors/app-error'
import {
  CRIME_STATISTIC_KINDS,
  CRIME_STATISTIC_RULES,
  CRIME_STATISTICS_LOCK,
  findCrimeStatisticKind,
  MAX_MONTHLY_FIGURE,
  statisticKindOfTypedField,
} from './crime-statistics'

export type StatisticValues = Record<string, number>
export type StatisticRecord = { month: string; kind: string; value: number }

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** Whether `month` is a calendar month 'YYYY-MM' from 2000 on. */
export function isStatisticMonth(month: string): boolean {
  const match = MONTH.exec(month)
  return match !== null && Number(match[1]) >= 2000
}

/** "03/2024" for '2024-03'. */
export function formatStatisticMonth(month: string): string {
  const [year, number] = month.split('-')
  return `${number ?? ''}/${year ?? ''}`
}

/** The last day a month's figures may be entered freely: day N of the next month (ISO date). */
export function statisticLockDate(month: string): string {
  const [year = 0, number = 0] = month.split('-').map(Number)
  const next = number === 12 ? { y: year + 1, m: 1 } : { y: year, m: number + 1 }
  const day = String(CRIME_STATISTICS_LOCK.dayOfNextMonth).padStart(2, '0')
  return `${next.y}-${String(next.m).padStart(2, '0')}-${day}`
}

/** Locked once the lock date has passed (today is a Vietnam date 'YYYY-MM-DD'). */
export function isStatisticMonthLocked(month: string, today: string): boolean {
  return today > statisticLockDate(month)
}

/** A month not yet begun cannot have figures. */
export function isFutureMonth(month: string, today: string): boolean {
  return month > today.slice(0, 7)
}

/** The twelve months of a year, '2024-01' … '2024-12'. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
}

/**
 * The months a reporting period reads: those whose 14th lies in it. NĐ 09/2019's statistical
 * month closes on the 14th (tháng 1 = 15/12–14/1), so its quarters and year hold whole months;
 * on a calendar-year plan the same rule gives the calendar months.
 * @example monthsOfPeriod('2023-12-15', '2024-03-14') // ['2024-01', '2024-02', '2024-03']
 */
export function monthsOfPeriod(start: string, end: string): string[] {
  const months: string[] = []
  let [year = 0, month = 0] = start.slice(0, 7).split('-').map(Number)
  for (let guard = 0; guard < 240; guard++) {
    const id = `${year}-${String(month).padStart(2, '0')}`
    const closing = `${id}-14`
    if (closing > end) break
    if (closing >= start) months.push(id)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year += 1
  }
  return months
}

/**
 * Every problem of a month's figures (the month's stored figures merged with the new ones):
 * a kind that does not exist, a figure that is not a whole number from 0 to the bound, a part
 * larger than its whole. Empty when the figures hold.
 * @example validateStatisticMonth({ cases: 3, cases_solved: 4 }) // [{ path: 'cases_solved', … }]
 */
export function validateStatisticMonth(values: Readonly<Record<string, unknown>>): ErrorDetail[] {
  const errors: ErrorDetail[] = []
  for (const [id, value] of Object.entries(values)) {
    const kind = findCrimeStatisticKind(id)
    if (!kind) errors.push({ path: id, message: `Không có chỉ số "${id}"` })
    else if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < 0 ||
      value > MAX_MONTHLY_FIGURE
    )
      errors.push({
        path: id,
        message: `${kind.label}: phải là số nguyên từ 0 đến ${MAX_MONTHLY_FIGURE.toLocaleString('vi-VN')}`,
      })
  }
  if (errors.length > 0) return errors
  for (const rule of CRIME_STATISTIC_RULES) {
    const part = values[rule.part]
    const whole = values[rule.whole]
    if (typeof part !== 'number' || typeof whole !== 'number' || part <= whole) continue
    errors.push({
      path: rule.part,
      message: `${labelOf(rule.part)} (${part}) không được lớn hơn ${lowerFirst(labelOf(rule.whole))} (${whole})`,
    })
  }
  return errors
}

const labelOf = (id: string) => findCrimeStatisticKind(id)?.label.replace(/^Trong đó: /, '') ?? id
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * A period's figure per kind from its months' records: `sum` kinds added, `opening` kinds the
 * earliest month entered; a kind without any record in the period is absent (no data, not 0).
 * @example summariseStatistics(records, monthsOfYear(2024)).cases // 120
 */
export function summariseStatistics(
  records: readonly StatisticRecord[],
  months: readonly string[],
): StatisticValues {
  const inPeriod = new Set(months)
  const out: StatisticValues = {}
  const openedAt: Record<string, string> = {}
  for (const record of records) {
    if (!inPeriod.has(record.month)) continue
    const kind = findCrimeStatisticKind(record.kind)
    if (!kind) continue
    if (kind.aggregate === 'sum') out[kind.id] = (out[kind.id] ?? 0) + record.value
    else if (openedAt[kind.id] === undefined || record.month < (openedAt[kind.id] ?? '')) {
      openedAt[kind.id] = record.month
      out[kind.id] = record.value
    }
  }
  return out
}

/** Every kind id in catalogue order (the order of the form and the workbook's columns). */
export const statisticKindOrder = (): string[] => CRIME_STATISTIC_KINDS.map((kind) => kind.id)

/** A territory's figures: each unit's period read on its own (its stocks), then added. */
export function summariseTerritory(
  records: readonly (StatisticRecord & { unitId: number })[],
  months: readonly string[],
): StatisticValues {
  const byUnit = new Map<number, StatisticRecord[]>()
  for (const record of records)
    byUnit.set(record.unitId, [...(byUnit.get(record.unitId) ?? []), record])
  const out: StatisticValues = {}
  for (const rows of byUnit.values())
    for (const [kind, value] of Object.entries(summariseStatistics(rows, months)))
      out[kind] = (out[kind] ?? 0) + value
  return out
}

export type RecordedFigure = {
  recorded: number | null
  differs: boolean
  /** What the records say in words, when a number alone would not (a standard held or not). */
  text?: string
}

/**
 * Beside each typed report figure that stands for a statistic kind, the records' figure for the
 * same period; `differs` flags a typed number that disagrees with it, for the reviewer. A blank
 * typed figure, or no records at all, is not a disagreement.
 * @example compareTypedFigures(['crime.cases'], { 'crime.cases': 9 }, { cases: 12 }) // { 'crime.cases': { recorded: 12, differs: true } }
 */
export function compareTypedFigures(
  fieldIds: readonly string[],
  figures: Readonly<Record<string, unknown>>,
  recorded: StatisticValues,
): Record<string, RecordedFigure> {
  const out: Record<string, RecordedFigure> = {}
  for (const id of fieldIds) {
    const kind = statisticKindOfTypedField(id)
    if (!kind) continue
    const value = recorded[kind.id] ?? null
    const typed = figures[id]
    out[id] = {
      recorded: value,
      differs: typeof typed === 'number' && value !== null && typed !== value,
    }
  }
  return out
}
