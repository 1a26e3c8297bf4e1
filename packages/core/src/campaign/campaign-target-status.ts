// Where a target stands. The rule:
// 1. The goals are the target's milestones (due on their date, or at the end of their phase)
//    and its final goal (due on the target's date, or at the end of the period given — the
//    campaign year for a yearly target). The goal that applies on a day is the first whose due
//    date is that day or later; after the last one, the last one. Each goal's window starts the
//    day after the previous goal's due date (the first at the start of the period).
// 2. No value (nothing reported or assessed, a zero denominator, a count with nobody assessed):
//    `no_data`, while the period is open and after it — never `met`, never a red light.
// 3. Final — `met` if the value meets the goal, else `missed` — once the viewed year is over
//    (`closesOn` passed: judged against the goal in force on its last day) or the applicable
//    goal's due date has passed. `on_track` and `at_risk` exist only while it is open.
// 4. While open: `met` if the value already meets the goal. Otherwise, for a goal to reach
//    (≥, >, or = a positive number) the expectation grows linearly over the window, from the
//    previous goal's threshold (0 for the first) on its first day to the threshold on the due
//    day: `on_track` if the value reaches today's expectation, `at_risk` if not. A cap (≤, <,
//    or = 0) must hold all along, so breaking it before the due date is `at_risk`.
import { formatDateVi } from '../text/dates'
import { thresholdValue, type Comparator, type Threshold } from '../plans/plan-primitives'
import type { Target } from '../plans/plan-targets'
import { addDays, daysBetween, isWithin } from './campaign-dates'
import { targetValueOf, type TargetValue } from './campaign-target-values'

// 5. `not_applicable` is never judged here: the server gives it to a scope holding no unit the
//    target counts (a xã-only target at a thị trấn, a district's figure at a commune).
export const TARGET_STATUSES = [
  'met',
  'on_track',
  'at_risk',
  'missed',
  'no_data',
  'not_applicable',
] as const
export type TargetStatus = (typeof TARGET_STATUSES)[number]
/** The statuses a value is judged to (evaluateTargetStatus). */
export type JudgedTargetStatus = Exclude<TargetStatus, 'not_applicable'>
export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  met: 'Đã đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Chậm tiến độ',
  missed: 'Không đạt',
  no_data: 'Chưa có số liệu',
  not_applicable: 'Không áp dụng',
}

export type TargetGoal = {
  comparator: Comparator
  threshold: Threshold
  start: string
  due: string
  phase: string | null
}
export type TargetStatusResult = {
  status: JudgedTargetStatus
  goal: TargetGoal
  value: number | null
  /** Today's pro-rata expectation (goals to reach, before their due date). */
  expected: number | null
  reason: string
}
type Span = { start: string; end: string }
type PhaseSpan = Span & { id: string }

const EPSILON = 1e-9

/** The target's goals in due order (milestones whose date cannot be found are left out). */
export function targetGoals(
  target: Pick<Target, 'comparator' | 'threshold' | 'due' | 'milestones'>,
  period: Span,
  phases: readonly PhaseSpan[] = [],
): TargetGoal[] {
  const phaseOf = (date: string) =>
    phases.find((phase) => isWithin(date, phase.start, phase.end))?.id ?? null
  const dated = target.milestones.flatMap((milestone) => {
    const due = milestone.due ?? phases.find((phase) => phase.id === milestone.phase)?.end
    return due === undefined ? [] : [{ ...milestone, due, phase: milestone.phase ?? phaseOf(due) }]
  })
  const finalDue = target.due ?? period.end
  const all = [...dated, { ...target, due: finalDue, phase: phaseOf(finalDue) }].sort((a, b) =>
    a.due.localeCompare(b.due),
  )
  return all.map((goal, i) => ({
    comparator: goal.comparator,
    threshold: goal.threshold,
    start: i === 0 ? period.start : addDays(all[i - 1]?.due ?? period.start, 1),
    due: goal.due,
    phase: goal.phase,
  }))
}

/**
 * @example evaluateTargetStatus({ target, value: { numerator: 45, denominator: 100 }, today: '2024-06-14', period: { start: '2023-12-15', end: '2024-12-14' } }) // { status: 'on_track', expected: 0.45, … }
 */
export function evaluateTargetStatus(input: {
  target: Pick<Target, 'comparator' | 'threshold' | 'due' | 'milestones'>
  value: TargetValue
  today: string
  period: Span
  phases?: readonly PhaseSpan[]
  /** targetGoals(target, period, phases), when the caller judges many values of one target. */
  goals?: readonly TargetGoal[]
  /** The last day of the year the value is for (targetSpan): after it the value is final. */
  closesOn?: string
}): TargetStatusResult {
  const goals = input.goals ?? targetGoals(input.target, input.period, input.phases)
  const closed = input.closesOn !== undefined && input.today > input.closesOn
  const judgedOn = closed ? (input.closesOn as string) : input.today
  const index = goals.findIndex((each) => each.due >= judgedOn)
  const goal = (index === -1 ? goals.at(-1) : goals[index]) as TargetGoal
  const previous = index > 0 ? goals[index - 1] : undefined
  const value = targetValueOf(input.value)
  const threshold = thresholdValue(goal.threshold)
  const describe = (
    status: JudgedTargetStatus,
    expected: number | null,
    detail: string,
  ): TargetStatusResult => ({
    status,
    goal,
    value,
    expected,
    reason: `${TARGET_STATUS_LABELS[status]}: ${detail} (chỉ tiêu ${COMPARATOR_TEXT[goal.comparator]} ${format(threshold, goal.threshold)} đến ngày ${formatDateVi(goal.due)})`,
  })
  if (value === null) return describe('no_data', null, 'không đơn vị nào có số liệu trong kỳ')
  const shown = format(value, goal.threshold)
  if (closed || index === -1)
    return describe(meetsGoal(value, goal) ? 'met' : 'missed', null, shown)
  if (meetsGoal(value, goal)) return describe('met', null, shown)
  if (!isToReach(goal)) return describe('at_risk', null, shown)
  const elapsed = Math.min(
    1,
    Math.max(
      0,
      (daysBetween(goal.start, input.today) + 1) / (daysBetween(goal.start, goal.due) + 1),
    ),
  )
  const from = previous && isToReach(previous) ? thresholdValue(previous.threshold) : 0
  const expected = from + (threshold - from) * elapsed
  const status = value >= expected - EPSILON ? 'on_track' : 'at_risk'
  return describe(
    status,
    expected,
    `${shown}, cần ${format(expected, goal.threshold)} tại ngày ${formatDateVi(input.today)}`,
  )
}

export function meetsGoal(
  value: number,
  goal: Pick<TargetGoal, 'comparator' | 'threshold'>,
): boolean {
  const threshold = thresholdValue(goal.threshold)
  switch (goal.comparator) {
    case '>=':
      return value >= threshold - EPSILON
    case '>':
      return value > threshold + EPSILON
    case '<=':
      return value <= threshold + EPSILON
    case '<':
      return value < threshold - EPSILON
    case '=':
      return Math.abs(value - threshold) <= EPSILON
  }
}

/** A goal to reach (grows towards its threshold) rather than a cap to stay under. */
function isToReach(goal: Pick<TargetGoal, 'comparator' | 'threshold'>): boolean {
  if (goal.comparator === '>=' || goal.comparator === '>') return true
  return goal.comparator === '=' && thresholdValue(goal.threshold) > 0
}

const COMPARATOR_TEXT: Record<Comparator, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
}
const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })

/** A value the way its threshold is written: a percentage for `90%` or `2/3`, else a number. */
function format(value: number, like: Threshold): string {
  return typeof like === 'string'
    ? `${percentFormat.format(value * 100)}%`
    : numberFormat.format(value)
}

/**
 * For a count target, the target counting the units assessed for it: those whose condition is
 * known (`c or not c` is null only where c is, e.g. no movement class). When none is, the count
 * (0) says nothing — "không có đơn vị Yếu" with nobody classified is `no_data`, not met.
 * @example assessedCountTarget({ id: 'khong-co-yeu', measure: { type: 'count', condition: 'movement.class = "yeu"', outOf: null }, … }).measure.condition // '(movement.class = "yeu") or not (movement.class = "yeu")'
 */
export function assessedCountTarget<T extends Pick<Target, 'id' | 'measure'>>(target: T): T | null {
  const { measure } = target
  if (measure.type !== 'count') return null
  const condition = `(${measure.condition}) or not (${measure.condition})`
  return { ...target, id: `${target.id}#assessed`, measure: { ...measure, condition } }
}
