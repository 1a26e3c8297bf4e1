// Reminder rules of a plan (issue 13 item 2, ADR 029): when a duty with a deadline is reminded —
// N days before, on the day, once when it falls late — and after how many days late it is
// escalated to the managing unit. Defaults are data; the plan owner edits them per plan.
import { AppError } from '../errors/app-error'

export type ReminderRules = {
  /** Days before the deadline to remind, e.g. [7, 1]; each at most once. */
  daysBefore: number[]
  onDay: boolean
  /** Remind the person once on the first day the duty is late. */
  whenLate: boolean
  /** Days late after which the managing unit is told; null: never. */
  escalateAfterDays: number | null
}

export const DEFAULT_REMINDER_RULES: ReminderRules = {
  daysBefore: [7, 1],
  onDay: true,
  whenLate: true,
  escalateAfterDays: 3,
}

export const REMINDER_DAYS_MAX = 90
export const REMINDER_STEPS_MAX = 5

/** Sorted, distinct, 1..90 days; at most five steps. Throws VALIDATION otherwise. */
export function normaliseReminderRules(rules: ReminderRules): ReminderRules {
  const days = [...new Set(rules.daysBefore)].sort((a, b) => b - a)
  if (days.length > REMINDER_STEPS_MAX)
    throw new AppError('VALIDATION', `Nhắc trước hạn tối đa ${REMINDER_STEPS_MAX} mốc`)
  if (days.some((day) => !Number.isInteger(day) || day < 1 || day > REMINDER_DAYS_MAX))
    throw new AppError('VALIDATION', `Số ngày nhắc trước hạn phải từ 1 đến ${REMINDER_DAYS_MAX}`)
  const escalate = rules.escalateAfterDays
  if (escalate !== null && (!Number.isInteger(escalate) || escalate < 1 || escalate > 90))
    throw new AppError('VALIDATION', 'Số ngày quá hạn trước khi báo cấp quản lý phải từ 1 đến 90')
  return { ...rules, daysBefore: days }
}

/** Which step a duty is at today, for its holder: `before-N`, `day`, `late`, or none. */
export function reminderStage(rules: ReminderRules, daysLeft: number): string | null {
  if (daysLeft > 0) {
    // The nearest step reached: a scheduler that was down on the 7-day step and back on the
    // 2nd day left sends the 7-day one late rather than none (each step is sent at most once).
    const reached = rules.daysBefore.filter((day) => daysLeft <= day)
    const nearest = reached.length > 0 ? Math.min(...reached) : null
    return nearest === null ? null : `before-${nearest}`
  }
  if (daysLeft === 0) return rules.onDay ? 'day' : null
  return rules.whenLate ? 'late' : null
}

/** Whether a duty late by `daysLate` is escalated to the managing unit. */
export function isEscalated(rules: ReminderRules, daysLate: number): boolean {
  return rules.escalateAfterDays !== null && daysLate >= rules.escalateAfterDays
}
