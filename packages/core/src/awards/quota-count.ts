// A quota entry (a plan's fixed count, an allocation to a lower level) is a count: refused —
// never clamped — when it is not a whole, non-negative, plausible number. The message names
// the value read, so the person sees what was typed.
/** No award form is handed out in such numbers; a larger entry is a typing slip. */
export const MAX_QUOTA_COUNT = 100_000

/**
 * Why a quota entry is refused (never clamped): not a number, not whole, negative or absurd;
 * null when it is a count. The entered value is named so the person sees what was read.
 * @example quotaCountProblem(-3) // 'Chỉ tiêu không được âm: -3'
 */
export function quotaCountProblem(count: unknown): string | null {
  if (typeof count !== 'number' || !Number.isFinite(count)) return 'Chỉ tiêu phải là một số'
  if (!Number.isInteger(count))
    return `Chỉ tiêu phải là số nguyên: ${String(count).replace('.', ',')}`
  if (count < 0) return `Chỉ tiêu không được âm: ${count}`
  if (count > MAX_QUOTA_COUNT)
    return `Chỉ tiêu ${count.toLocaleString('vi-VN')} vượt mức tối đa ${MAX_QUOTA_COUNT.toLocaleString('vi-VN')}`
  return null
}
