// Which campaign years a plan can be registered for, and the one the page opens on.
import type { Plan } from '@antq/core'

/**
 * The plan's years; a plan without an end year (001: "hằng năm") runs every year, of which the
 * page offers up to next year (registration for a year opens before it starts).
 */
export function campaignYears(plan: Plan, today = new Date()): number[] {
  const { startYear, endYear } = plan.period
  const last = endYear ?? Math.max(startYear, today.getFullYear() + 1)
  return Array.from({ length: last - startYear + 1 }, (_, index) => startYear + index)
}

/** This year when the plan runs it, else the nearest year the plan runs. */
export function defaultYear(plan: Plan, today = new Date()): number {
  const years = campaignYears(plan, today)
  const year = today.getFullYear()
  return Math.min(Math.max(year, years[0] ?? year), years.at(-1) ?? year)
}
