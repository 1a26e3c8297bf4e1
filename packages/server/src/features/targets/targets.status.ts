// The campaign year a date falls in, and where a target stands (core's evaluateTargetStatus)
// over the span its goals run: the campaign year for a yearly target, the plan's period else.
import {
  evaluateTargetStatus,
  targetGoals,
  GROUP_LEVELS,
  TARGET_STATUS_LABELS,
  periodContaining,
  reportingCalendarOf,
  yearBounds,
  type Plan,
  type Target,
  type TargetGoal,
  type TargetStatus,
  type TargetValue,
} from '@antq/core'

export type PlanContext = {
  id: number
  key: string
  plan: Plan
  issuer: { id: number; path: string; name: string; code: string; kind: string; version: string }
  year: number
  today: string
}

/** The plan's campaign year holding `today`, kept within the plan's period. */
export function campaignYear(plan: Plan, today: string): number {
  const calendar = reportingCalendarOf(plan)
  const year = periodContaining(today, calendar, 'yearly')?.year ?? Number(today.slice(0, 4))
  const last = plan.period.endYear ?? Math.max(year, plan.period.startYear)
  return Math.min(Math.max(year, plan.period.startYear), last)
}

/** A date inside campaign year `year`: today, held within the year's bounds (a past year is seen from its last day). */
export function dateInYear(plan: Plan, year: number, today: string): string {
  const { start, end } = yearBounds(reportingCalendarOf(plan), year)
  if (today < start) return start
  return today > end ? end : today
}

export function statusSpan(context: PlanContext, target: Target) {
  const calendar = reportingCalendarOf(context.plan)
  const { period } = context.plan
  if (target.recurrence === 'yearly') return yearBounds(calendar, context.year)
  return {
    start: period.start ?? yearBounds(calendar, period.startYear).start,
    end: period.end ?? yearBounds(calendar, period.endYear ?? context.year).end,
  }
}

/** Whether a scope of this kind lies above the level every group of a `per` target is judged at. */
export function isAbovePer(target: Target, scopeKind: string | undefined): boolean {
  const per = target.scope.per
  if (!per || scopeKind === undefined) return false
  const levels: readonly string[] = GROUP_LEVELS
  const at = levels.indexOf(scopeKind)
  return at === -1 || at < levels.indexOf(per)
}

/** Above its `per` level a target counts the groups meeting it: every one of them must. */
function perGroupGoal(target: Target): Target {
  const all = { comparator: '>=' as const, threshold: '100%' }
  return { ...target, ...all, milestones: target.milestones.map((each) => ({ ...each, ...all })) }
}

// A recompute judges each target at thousands of scopes: its span and goals are worked out
// once per plan context (and per goal: its own, or every group's above its `per` level).
type Goals = { period: { start: string; end: string }; goals: readonly TargetGoal[] }
const goalsByContext = new WeakMap<PlanContext, Map<string, Goals>>()

function goalsOf(context: PlanContext, target: Target, perGroup: boolean): Goals {
  let known = goalsByContext.get(context)
  if (!known) goalsByContext.set(context, (known = new Map<string, Goals>()))
  const key = `${target.id}:${perGroup}`
  let found = known.get(key)
  if (!found) {
    const period = statusSpan(context, target)
    const goal = perGroup ? perGroupGoal(target) : target
    found = { period, goals: targetGoals(goal, period, context.plan.period.phases) }
    known.set(key, found)
  }
  return found
}

export function statusOf(
  context: PlanContext,
  target: Target,
  value: TargetValue,
  scopeKind?: string,
) {
  const { period, goals } = goalsOf(context, target, isAbovePer(target, scopeKind))
  return evaluateTargetStatus({ target, value, today: context.today, period, goals })
}

export const NOT_APPLICABLE = 'not_applicable' satisfies TargetStatus

/**
 * A target's numbers and status at a scope; without a value (no unit of the target's scope
 * under it: a xã-only target at a thị trấn) the target does not apply there.
 */
export function judge(
  context: PlanContext,
  target: Target,
  value: TargetValue | undefined,
  scopeKind?: string,
) {
  if (value) return { value, status: statusOf(context, target, value, scopeKind) }
  const none = { numerator: null, denominator: null }
  const status = statusOf(context, target, none, scopeKind)
  const reason = TARGET_STATUS_LABELS[NOT_APPLICABLE]
  return {
    value: none,
    status: { ...status, status: NOT_APPLICABLE as TargetStatus, expected: null, reason },
  }
}
