// Whose obligation a target is (issue 10 S4). "Mỗi huyện ít nhất 01 xã" is each district's,
// "toàn tỉnh ít nhất 16 đơn vị" the province's: judged at that level only. Below it a scope
// shows what it contributes, its status "Không áp dụng", never a red light for a commune that
// was never asked to reach the province's number alone.
import { GROUP_LEVELS, type Target } from './plan-targets'

type Level = (typeof GROUP_LEVELS)[number]

/**
 * The level owing the target, or null when every scope owes it (a share, a cap such as "không
 * có đơn vị Yếu"): `scope.owedBy` when the plan says so, else the `per` level (each district),
 * else the issuer's level for a count to reach (≥ or > a fixed number).
 * @example owingLevelOf(plan004.targets.find((t) => t.id === 'dien-hinh'), 'province') // 'province'
 */
export function owingLevelOf(target: Target, issuerLevel: string): Level | null {
  if (target.scope.owedBy) return target.scope.owedBy
  if (target.scope.per) return target.scope.per
  const toReach = target.comparator === '>=' || target.comparator === '>'
  if (target.measure.type !== 'count' || !toReach) return null
  return (GROUP_LEVELS as readonly string[]).includes(issuerLevel) ? (issuerLevel as Level) : null
}

/** Whether a scope of `scopeKind` lies below the level owing the target (so it only contributes). */
export function isBelowOwingLevel(target: Target, issuerLevel: string, scopeKind: string): boolean {
  const owing = owingLevelOf(target, issuerLevel)
  if (owing === null) return false
  const levels: readonly string[] = GROUP_LEVELS
  const at = levels.indexOf(scopeKind)
  return at !== -1 && at > levels.indexOf(owing)
}

/** Why a scope below the owing level is not judged, in Vietnamese. */
export const OWING_LEVEL_LABELS: Record<Level, string> = {
  province: 'cấp tỉnh',
  district: 'cấp huyện',
  commune: 'cấp xã',
}
