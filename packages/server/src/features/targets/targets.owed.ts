// A level's own obligation is judged only at that level (issue 10 S4, core owingLevelOf): a
// scope below it keeps its numbers — what it contributes — with "Không áp dụng" as status,
// never "Không đạt" for a commune that was never asked to reach the province's 16 alone.
import {
  isBelowOwingLevel,
  OWING_LEVEL_LABELS,
  owingLevelOf,
  type Target,
  type TargetStatus,
  type TargetValue,
} from '@antq/core'
import { judge, NOT_APPLICABLE, type PlanContext } from './targets.status'

/** Whether the scope only contributes to the target (it lies below the level owing it). */
export function onlyContributes(context: PlanContext, target: Target, scopeKind?: string) {
  return scopeKind !== undefined && isBelowOwingLevel(target, context.issuer.kind, scopeKind)
}

/** judge(), with a scope below the owing level shown as its contribution, not applicable. */
export function judgeAtScope(
  context: PlanContext,
  target: Target,
  value: TargetValue | undefined,
  scopeKind?: string,
) {
  const judged = judge(context, target, value, scopeKind)
  if (!value || !onlyContributes(context, target, scopeKind)) return judged
  return { value: judged.value, status: contributionStatus(context, target, judged.status) }
}

/** A judged status turned into a contribution's: same value, not applicable, why. */
export function contributionStatus<S extends { status: TargetStatus; expected: number | null }>(
  context: PlanContext,
  target: Target,
  status: S,
): S & { reason: string } {
  const owing = owingLevelOf(target, context.issuer.kind)
  const reason = `Chỉ tiêu của ${owing ? OWING_LEVEL_LABELS[owing] : 'cấp trên'}; số liệu ở đây là phần đóng góp`
  return { ...status, status: NOT_APPLICABLE, expected: null, reason }
}
