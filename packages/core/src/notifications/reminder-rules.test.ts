import { describe, expect, it } from 'vitest'
import {
  DEFAULT_REMINDER_RULES,
  isEscalated,
  normaliseReminderRules,
  reminderStage,
} from './reminder-rules'

describe('reminder rules', () => {
  it('picks the nearest step reached before the deadline, the day, and late', () => {
    const rules = DEFAULT_REMINDER_RULES
    expect(reminderStage(rules, 10)).toBeNull()
    expect(reminderStage(rules, 7)).toBe('before-7')
    expect(reminderStage(rules, 3)).toBe('before-7')
    expect(reminderStage(rules, 1)).toBe('before-1')
    expect(reminderStage(rules, 0)).toBe('day')
    expect(reminderStage(rules, -1)).toBe('late')
    expect(reminderStage({ ...rules, onDay: false, whenLate: false }, 0)).toBeNull()
    expect(reminderStage({ ...rules, whenLate: false }, -4)).toBeNull()
  })

  it('escalates from the configured day late, never when unset', () => {
    expect(isEscalated(DEFAULT_REMINDER_RULES, 2)).toBe(false)
    expect(isEscalated(DEFAULT_REMINDER_RULES, 3)).toBe(true)
    expect(isEscalated({ ...DEFAULT_REMINDER_RULES, escalateAfterDays: null }, 99)).toBe(false)
  })

  it('sorts and de-duplicates steps, refuses out-of-range days', () => {
    expect(
      normaliseReminderRules({ ...DEFAULT_REMINDER_RULES, daysBefore: [1, 7, 1] }).daysBefore,
    ).toEqual([7, 1])
    expect(() => normaliseReminderRules({ ...DEFAULT_REMINDER_RULES, daysBefore: [0] })).toThrow()
    expect(() =>
      normaliseReminderRules({ ...DEFAULT_REMINDER_RULES, daysBefore: [1, 2, 3, 4, 5, 6] }),
    ).toThrow()
    expect(() =>
      normaliseReminderRules({ ...DEFAULT_REMINDER_RULES, escalateAfterDays: 0 }),
    ).toThrow()
  })
})
