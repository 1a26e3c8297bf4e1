// The campaign year a date falls in, and where a target stands (core's evaluateTargetStatus)
// over the span its goals run (core's targetSpan: the calendar year for a yearly target, the
// plan's period else), judged on the real today: a past year's value is final.
import {
  evaluateTargetStatus,
  targetGoals,
  targetSpan,
  GROUP_LEVELS,
  TARGET_STATUS_LABELS,
  periodContaining,
  reportingCalendarOf,
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
  /** The campaign year computed or shown. */
  year: number
  /** The real today (Vietnam): statuses are judged on it, so a past year is final. */
  today: string
}

/** The plan's campaign year holding `today`, kept within the plan's period. */
export function campaignYear(plan: Plan, today: string): number {
  const calendar = reportingCalendarOf(plan)
  const year = periodContaining(today, calendar, 'yearly')?.year ?? Number(today.slice(0, 4))
  const last = plan.period.endYear ?? Math.max(year, plan.period.startYear)
  return Math.min(Math.max(year, plan.period.startYear), last)
}

export function statusSpan(context: PlanContext, target: Target) {
  return targetSpan(context.plan, target, context.year)
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
type Goals = ReturnType<typeof statusSpan> & { goals: readonly TargetGoal[] }
const goalsByContext = new WeakMap<PlanContext, Map<string, Goals>>()

function goalsOf(context: PlanContext, target: Target, perGroup: boolean): Goals {
  let known = goalsByContext.get(context)
  if (!known) goalsByContext.set(context, (known = new Map<string, Goals>()))
  const key = `${target.id}:${perGroup}`
  let found = known.get(key)
  if (!found) {
    const span = statusSpan(context, target)
    const goal = perGroup ? perGroupGoal(target) : target
    found = { ...span, goals: targetGoals(goal, span.period, context.plan.period.phases) }
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
  const { period, goals, closesOn } = goalsOf(context, target, isAbovePer(target, scopeKind))
  return evaluateTargetStatus({ target, value, today: context.today, period, goals, closesOn })
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
