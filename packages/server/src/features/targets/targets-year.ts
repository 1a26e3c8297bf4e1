// The campaign year the dashboard and `antq targets` show: the one asked for (within the plan's
// period, up to its current year), else defaultYear — one rule for both. Statuses are judged on
// the real today in any year (targets.status.ts), so a past year's are final.
import { AppError, vietnamDateOf, type Plan } from '@antq/core'
import type { Deps } from '../../deps'
import { loadCachedPlanContext } from './plan-context-cache'
import type { PlanContext } from './targets.status'

/** The years a dashboard may show: the plan's first year up to its current one. */
export function selectableYears(plan: Plan, currentYear: number): number[] {
  const years: number[] = []
  for (let year = plan.period.startYear; year <= currentYear; year += 1) years.push(year)
  return years
}

/**
 * The year shown when none is asked for: the plan's current year (today's, held within its
 * period) when it has data, else the latest year of its period with data, else the current one.
 * @example defaultYear(2025, [2022, 2023]) // 2023 (plan 002 ended in 2025, data up to 2023)
 */
export function defaultYear(currentYear: number, yearsWithData: readonly number[]): number {
  if (yearsWithData.includes(currentYear)) return currentYear
  return (
    [...yearsWithData].filter((year) => year < currentYear).sort((a, b) => b - a)[0] ?? currentYear
  )
}

export type YearContext = PlanContext & { years: number[]; yearsWithData: number[] }

/** The plan context for the year asked for (checked), else the latest year with data. */
export async function loadYearContext(
  deps: Deps,
  planId: number,
  year?: number,
): Promise<YearContext> {
  const today = vietnamDateOf(deps.now())
  // One statement for the plan's head, issuer and years (kept until the next write); the parsed
  // definition from memory.
  const { context: current, yearsWithData } = await deps.cache.memo(
    `plan-context:${planId}:${today}`,
    () => loadCachedPlanContext(deps, planId, today),
  )
  const years = selectableYears(current.plan, current.year)
  const withData = yearsWithData.filter((each) => years.includes(each))
  if (year !== undefined && !years.includes(year))
    throw new AppError('VALIDATION', `Năm ${year} không có trong thời gian thực hiện kế hoạch`, [
      { path: 'year', message: `Chọn năm từ ${years[0] ?? ''} đến ${years.at(-1) ?? ''}` },
    ])
  const chosen = year ?? defaultYear(current.year, withData)
  return { ...current, years, yearsWithData: withData, year: chosen }
}
