// Quota arithmetic. A fixed quota (plan 004: 9 flags, 100 provincial certificates) caps the
// form across the whole campaign; an allocated quota is what a higher level gave a lower one
// (plan 000), checked at every allocated level on the proposing unit's ancestor chain; a
// discretionary quota has no count. What is "in use" depends on the moment: at submission a
// pending nomination already holds a place (so units cannot overshoot together); at decision
// only decided ones count, since pending ones may still be returned or rejected.
import { AppError } from '../errors/app-error'
import type { AwardForm } from '../plans/plan-awards'

export type QuotaMoment = 'submit' | 'decide'

export type QuotaCount = {
  /** The allocation's receiving unit, or null for the whole campaign (fixed quotas). */
  scopeUnitId: number | null
  scopeName: string | null
  limit: number
  decided: number
  pending: number
}

export type QuotaStatus = {
  type: AwardForm['quota']['type']
  limit: number | null
  decided: number
  pending: number
  inUse: number
  remaining: number | null
  /** "Đã dùng 9/9 Cờ thi đua …" or why there is no count. */
  message: string
}

export function inUseAt(count: Pick<QuotaCount, 'decided' | 'pending'>, moment: QuotaMoment) {
  return moment === 'submit' ? count.decided + count.pending : count.decided
}

/** What a page shows while nominating: the tightest count that applies to the unit. */
export function describeQuota(
  form: Pick<AwardForm, 'name' | 'quota'>,
  counts: readonly QuotaCount[],
  moment: QuotaMoment = 'submit',
): QuotaStatus {
  const type = form.quota.type
  if (type === 'discretion')
    return {
      type,
      limit: null,
      decided: 0,
      pending: 0,
      inUse: 0,
      remaining: null,
      message: `${form.name}: không giới hạn số lượng (do ${form.quota.by} quyết định)`,
    }
  const tightest = [...counts].sort(
    (a, b) => a.limit - inUseAt(a, moment) - (b.limit - inUseAt(b, moment)),
  )[0]
  if (!tightest)
    return {
      type,
      limit: null,
      decided: 0,
      pending: 0,
      inUse: 0,
      remaining: null,
      message: `${form.name}: chưa có chỉ tiêu được phân bổ`,
    }
  const inUse = inUseAt(tightest, moment)
  const scope = tightest.scopeName ? ` (chỉ tiêu của ${tightest.scopeName})` : ''
  return {
    type,
    limit: tightest.limit,
    decided: tightest.decided,
    pending: tightest.pending,
    inUse,
    remaining: Math.max(0, tightest.limit - inUse),
    message: `Đã dùng ${inUse}/${tightest.limit} ${form.name}${scope}`,
  }
}

/**
 * QUOTA_EXCEEDED with the count when `adding` more would exceed any applicable count.
 * @example checkQuota(coThiDua, [{ scopeUnitId: null, scopeName: null, limit: 9, decided: 9, pending: 0 }], 'decide')
 *   // throws 'Đã dùng 9/9 Cờ thi đua xuất sắc của Ủy ban nhân dân Tỉnh; không thể thêm'
 */
export function checkQuota(
  form: Pick<AwardForm, 'name' | 'quota'>,
  counts: readonly QuotaCount[],
  moment: QuotaMoment,
  adding = 1,
): void {
  if (form.quota.type === 'discretion') return
  for (const count of counts) {
    if (inUseAt(count, moment) + adding <= count.limit) continue
    const status = describeQuota(form, [count], moment)
    throw new AppError('QUOTA_EXCEEDED', `${status.message}; không thể thêm`, [
      { path: 'quota', message: status.message },
    ])
  }
}

/**
 * A level may hand down no more than it received (when what it received is recorded).
 * @example checkAllocation({ received: 5, givenToOthers: 3, count: 3, formName: 'Bằng khen' }) // throws VALIDATION
 */
export function checkAllocation(input: {
  received: number | null
  givenToOthers: number
  count: number
  formName: string
}): void {
  if (input.received === null) return
  const total = input.givenToOthers + input.count
  if (total <= input.received) return
  const message = `Vượt chỉ tiêu: ${input.formName} đã phân bổ ${total}/${input.received} (đã giao đơn vị khác ${input.givenToOthers}, lần này ${input.count}, được giao ${input.received})`
  throw new AppError('QUOTA_EXCEEDED', message, [{ path: 'count', message }])
}
