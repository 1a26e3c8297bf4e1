// Which campaign years a plan can be registered for, and the one the page opens on.
import type { Plan } from '@antq/core'

/** The plan's years (the server refuses others); an open-ended plan runs only its first year there. */
export function campaignYears(plan: Plan): number[] {
  const { startYear, endYear } = plan.period
  const last = endYear ?? startYear
  return Array.from({ length: last - startYear + 1 }, (_, index) => startYear + index)
}

/** This year when the plan runs it, else the nearest year the plan runs. */
export function defaultYear(plan: Plan, today = new Date()): number {
  const years = campaignYears(plan)
  const year = today.getFullYear()
  return Math.min(Math.max(year, years[0] ?? year), years.at(-1) ?? year)
}
