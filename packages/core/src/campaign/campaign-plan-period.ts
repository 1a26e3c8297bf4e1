// Whether a plan takes a write for a year: the year (or the reporting period) must lie in the
// plan's period ("no report for a year the plan does not cover"), and nothing is taken after the
// campaign's end where the plan sets one (a deadline `closes: campaign_end`, plan 003: "từ nay
// đến hết ngày 31/12/2024"). One rule for registrations, reports, evaluations and their imports;
// the plan owner's late entry (campaign-late-entry.ts) is the one write allowed after the end.
import { AppError } from '../errors/app-error'
import type { Plan } from '../plans/plan-schema'
import { formatDateVi } from '../text/dates'
import { planDeadlineFor } from './campaign-deadlines'

type PlanDates = Pick<Plan, 'period' | 'deadlines'>

export type PlanWriteRefusal = { code: 'OUTSIDE_PLAN_PERIOD' | 'CAMPAIGN_ENDED'; message: string }

/** "2024", "2020–2025", "từ năm 2023": the plan's years as a person reads them. */
export function planYearsText(plan: Pick<Plan, 'period'>): string {
  const { startYear, endYear } = plan.period
  if (endYear === null) return `từ năm ${startYear}`
  return startYear === endYear ? `năm ${startYear}` : `${startYear}–${endYear}`
}

/** Whether the plan runs in `year` (a plan with no end year runs every year from its first). */
export function planCoversYear(plan: Pick<Plan, 'period'>, year: number): boolean {
  const { startYear, endYear } = plan.period
  return year >= startYear && (endYear === null || year <= endYear)
}

/** The last day the campaign takes data for `year`, or null when the plan sets no end. */
export function campaignEndOf(plan: Pick<Plan, 'deadlines'>, year: number): string | null {
  return planDeadlineFor(plan, 'campaign_end', year)
}

/**
 * Why the plan refuses a write for `year` on `date` (and, for a report, its period's dates),
 * or undefined when it takes it.
 * @example findPlanWriteRefusal(plan003, { year: 2024, date: '2025-01-02' }) // { code: 'CAMPAIGN_ENDED', … }
 */
export function findPlanWriteRefusal(
  plan: PlanDates,
  input: { year: number; date: string; period?: PeriodDates },
): PlanWriteRefusal | undefined {
  const outside = findOutsidePlanPeriod(plan, input.year, input.period)
  if (outside) return { code: 'OUTSIDE_PLAN_PERIOD', message: outside }
  const campaignEnd = campaignEndOf(plan, input.year)
  if (campaignEnd !== null && input.date > campaignEnd)
    return {
      code: 'CAMPAIGN_ENDED',
      message: `Đợt thi đua đã kết thúc ngày ${formatDateVi(campaignEnd)}: không nhận thêm đăng ký, báo cáo hay đánh giá (chỉ đơn vị chủ trì kế hoạch được nhập muộn, có ghi lý do)`,
    }
  return undefined
}

type PeriodDates = { start: string; end: string; label: string }

/**
 * Why a year (and a reporting period of it) lies outside the plan's period, or undefined: the
 * year outside its years, or the period wholly before its first or after its last day (plan
 * 003 runs 25/3–31/12/2024: its quarter I, 15/12/2023–14/3/2024, is not the plan's).
 */
export function findOutsidePlanPeriod(
  plan: Pick<Plan, 'period'>,
  year: number,
  period?: PeriodDates,
): string | undefined {
  if (!planCoversYear(plan, year))
    return `Năm ${year} nằm ngoài thời gian thực hiện kế hoạch (${planYearsText(plan)})`
  const { start, end } = plan.period
  if (period && ((start !== null && period.end < start) || (end !== null && period.start > end)))
    return `${period.label} nằm ngoài thời gian thực hiện kế hoạch (${formatDateVi(start ?? period.start)}–${formatDateVi(end ?? period.end)})`
  return undefined
}

/** Throws the refusal as an AppError (OUTSIDE_PLAN_PERIOD or CAMPAIGN_ENDED). */
export function assertPlanTakesWrite(
  plan: PlanDates,
  input: Parameters<typeof findPlanWriteRefusal>[1],
): void {
  const refusal = findPlanWriteRefusal(plan, input)
  if (refusal)
    throw new AppError(refusal.code, refusal.message, [{ path: 'year', message: refusal.message }])
}

/** Reads too are refused for a year the plan does not run (no campaign-end check). */
export function assertPlanCoversYear(plan: Pick<Plan, 'period'>, year: number): void {
  if (planCoversYear(plan, year)) return
  const message = `Năm ${year} nằm ngoài thời gian thực hiện kế hoạch (${planYearsText(plan)})`
  throw new AppError('OUTSIDE_PLAN_PERIOD', message, [{ path: 'year', message }])
}

/**
 * The year a page opens on: the current one when the plan runs it, else the plan's latest year
 * (its first when it has not started).
 * @example defaultPlanYear(plan000, 2026) // 2024
 */
export function defaultPlanYear(plan: Pick<Plan, 'period'>, currentYear: number): number {
  const { startYear, endYear } = plan.period
  if (currentYear < startYear) return startYear
  return endYear !== null && currentYear > endYear ? endYear : currentYear
}

/**
 * An evaluation belongs to a unit, not to one plan: it is taken for a year when some plan
 * covering the unit takes writes for that year, refused when every such plan refuses (the
 * campaign's end named first, as it is the more precise reason). A unit no published plan
 * covers is evaluated under the law alone (TT 124/2021): nothing to refuse.
 */
export function findEvaluationYearRefusal(
  plans: readonly PlanDates[],
  input: { year: number; date: string },
): PlanWriteRefusal | undefined {
  if (plans.length === 0) return undefined
  const refusals: PlanWriteRefusal[] = []
  for (const plan of plans) {
    const refusal = findPlanWriteRefusal(plan, input)
    if (!refusal) return undefined
    refusals.push(refusal)
  }
  return refusals.find((each) => each.code === 'CAMPAIGN_ENDED') ?? refusals[0]
}
