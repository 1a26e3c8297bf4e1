// When each share of a plan task falls due in a year: a one-off task once, a cyclic task once
// per cycle (a quarter's share at the quarter's end unless the plan states a date), and a
// "thường xuyên" (continuous) task once a year, judged at the year's end.
import type { Task } from '../plans/plan-bodies'

export type Occurrence = {
  /** Stable within a task: '2024', '2024-Q2', '2024-H1', '2024-M03'. */
  key: string
  year: number
  /** The last day to finish this share, yyyy-mm-dd. */
  due: string
  /** The first day of the cycle (or the task's `from`), yyyy-mm-dd. */
  start: string
}

type ScheduledTask = Pick<Task, 'schedule' | 'due' | 'annualDue' | 'from'>

const pad = (value: number) => String(value).padStart(2, '0')

/** The last day of a month (1–12) of a year, yyyy-mm-dd. */
export function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Cycles of `months` months in a year, each [first month, last month], keyed by `prefix`. */
function cycles(year: number, months: number, prefix: string, width: number) {
  const list: Occurrence[] = []
  for (let first = 1, index = 1; first <= 12; first += months, index += 1) {
    const last = first + months - 1
    list.push({
      key: `${year}-${prefix}${String(index).padStart(width, '0')}`,
      year,
      start: `${year}-${pad(first)}-01`,
      due: monthEnd(year, last),
    })
  }
  return list
}

/** A yearly date (mm-dd) in a year; 29/02 falls on 28/02 outside leap years. */
function annualDate(year: number, annualDue: string): string {
  const [month, day] = annualDue.split('-').map(Number) as [number, number]
  const end = monthEnd(year, month)
  return Number(end.slice(8)) < day ? end : `${year}-${annualDue}`
}

/**
 * The task's shares falling in `year`. A one-off task has its due date's year only; without a
 * due date it is due at the end of its `from` month (a window: "trong tháng 7"), else at the end
 * of `firstYear` (the plan's first year), so no task is left without a deadline. Cycles ending
 * before the task's `from` are not owed.
 * @example taskOccurrences({ schedule: 'quarterly', due: null, annualDue: null, from: null }, 2024)
 *   // 2024-Q1 … 2024-Q4, due 31/03, 30/06, 30/09, 31/12
 */
export function taskOccurrences(task: ScheduledTask, year: number, firstYear = year): Occurrence[] {
  const whole = { key: String(year), year, start: `${year}-01-01` }
  let list: Occurrence[]
  switch (task.schedule) {
    case 'once': {
      const due =
        task.due ??
        (task.from
          ? monthEnd(Number(task.from.slice(0, 4)), Number(task.from.slice(5, 7)))
          : `${firstYear}-12-31`)
      return Number(due.slice(0, 4)) === year
        ? [{ ...whole, start: task.from ?? whole.start, due }]
        : []
    }
    case 'monthly':
      list = cycles(year, 1, 'M', 2)
      break
    case 'quarterly':
      list = cycles(year, 3, 'Q', 1)
      break
    case 'six_monthly':
      list = cycles(year, 6, 'H', 1)
      break
    case 'yearly':
      list = [
        { ...whole, due: task.annualDue ? annualDate(year, task.annualDue) : `${year}-12-31` },
      ]
      break
    case 'continuous':
      list = [{ ...whole, due: `${year}-12-31` }]
      break
  }
  const from = task.from
  return from === null
    ? list
    : list
        .filter((occurrence) => occurrence.due >= from)
        .map((occurrence) => ({
          ...occurrence,
          start: occurrence.start < from ? from : occurrence.start,
        }))
}

const ROMAN = ['I', 'II', 'III', 'IV']

/**
 * An occurrence as a reader says it.
 * @example occurrenceLabel('2024-Q2') // 'Quý II/2024'
 */
export function occurrenceLabel(key: string): string {
  const [year, part] = key.split('-')
  if (part === undefined) return `Năm ${year}`
  const index = Number(part.slice(1))
  if (part.startsWith('Q')) return `Quý ${ROMAN[index - 1] ?? index}/${year}`
  if (part.startsWith('H')) return `${index === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${year}`
  if (part.startsWith('M')) return `Tháng ${index}/${year}`
  return key
}
