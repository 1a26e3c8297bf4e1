// Calendar arithmetic on ISO dates (yyyy-mm-dd) for the campaign: no time zones, no clocks.
// Every date here is a Vietnamese calendar day; `vietnamDateOf` turns an instant into one.

const DAY_MS = 86_400_000
const VIETNAM_OFFSET_MS = 7 * 3_600_000

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
}

function fromUtc(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

/** The calendar day in Vietnam (UTC+7) at an instant: what "today" means for a deadline. */
export function vietnamDateOf(instant: Date): string {
  return fromUtc(instant.getTime() + VIETNAM_OFFSET_MS)
}

/** @example addDays('2024-03-01', -1) // '2024-02-29' */
export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS)
}

/** Days from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS)
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The date `months` months after year/month/day, the day clamped to the month's last day.
 * @example shiftMonths(2023, 12, 15, 3) // '2024-03-15'
 */
export function shiftMonths(year: number, month: number, day: number, months: number): string {
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  const targetDay = Math.min(day, lastDayOfMonth(targetYear, targetMonth))
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(targetDay)}`
}

/** An annual mm-dd in a given year; 29/02 falls back to 28/02 in common years. */
export function dateInYear(monthDay: string, year: number): string {
  return shiftMonths(year, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3, 5)), 0)
}

/** Whether `date` lies in [start, end], all ISO dates (string order is date order). */
export function isWithin(date: string, start: string, end: string): boolean {
  return start <= date && date <= end
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
