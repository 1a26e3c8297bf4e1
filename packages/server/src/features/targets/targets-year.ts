// The campaign year a dashboard shows. The engine reads the year from "today"; a plan whose
// period has ended (002: 2020–2025) or a year already closed must stay viewable, so the year
// is chosen here (asked for, else the latest year with data, else the current one) and the
// engine is given a "today" inside that year: the real today, held within the year's bounds.
import { AppError, reportingCalendarOf, vietnamDateOf, yearBounds, type Plan } from '@antq/core'
import type { Deps } from '../../deps'
import { loadCachedPlanContext } from './plan-context-cache'
import type { PlanContext } from './targets.status'

/** The date the engine is run at for a year: today, held within the year's bounds. */
export function todayWithin(plan: Plan, year: number, today: string): string {
  const bounds = yearBounds(reportingCalendarOf(plan), year)
  if (today < bounds.start) return bounds.start
  return today > bounds.end ? bounds.end : today
}

/** The years a dashboard may show: the plan's first year up to its current one. */
export function selectableYears(plan: Plan, currentYear: number): number[] {
  const years: number[] = []
  for (let year = plan.period.startYear; year <= currentYear; year += 1) years.push(year)
  return years
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
  const chosen = year ?? withData.at(-1) ?? current.year
  const extra = { years, yearsWithData: withData }
  if (chosen === current.year) return { ...current, ...extra }
  return { ...current, ...extra, year: chosen, today: todayWithin(current.plan, chosen, today) }
}
