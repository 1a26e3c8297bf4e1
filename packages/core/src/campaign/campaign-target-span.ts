// The span a target is judged over in one campaign year, and the day that year's value becomes
// final. A plan's year is the calendar year it names ("năm 2024", "hàng năm", "đến hết năm
// 2022", "đến hết ngày 31/12/2024"): it ends on 31/12, or on the plan's own end date when it
// gives one. NĐ 09/2019's 15/12–14/12 year only cuts off which figures a report holds
// (campaign-periods.ts); it is not a due date, so a target is never judged final on 14/12.
import type { Plan } from '../plans/plan-schema'
import type { Target } from '../plans/plan-targets'

export type TargetSpan = {
  /** The span the target's goals run over: the year for a yearly target, the plan's else. */
  period: { start: string; end: string }
  /** The last day of the viewed year within the plan: after it the year's value is final. */
  closesOn: string
}

/**
 * @example targetSpan(plan000, { recurrence: 'once' }, 2024) // { period: { start: '2024-01-01', end: '2024-12-31' }, closesOn: '2024-12-31' }
 */
export function targetSpan(
  plan: Pick<Plan, 'period'>,
  target: Pick<Target, 'recurrence'>,
  year: number,
): TargetSpan {
  const { period } = plan
  const first = period.start ?? `${period.startYear}-01-01`
  const last = period.end ?? `${period.endYear ?? year}-12-31`
  const clip = (start: string, end: string) => ({
    start: start < first ? first : start,
    end: end > last ? last : end,
  })
  const viewed = clip(`${year}-01-01`, `${year}-12-31`)
  if (target.recurrence === 'yearly') return { period: viewed, closesOn: viewed.end }
  return { period: { start: first, end: last }, closesOn: viewed.end }
}
