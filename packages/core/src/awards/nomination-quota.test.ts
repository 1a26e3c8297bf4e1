import { describe, expect, it } from 'vitest'
import { checkAllocation, checkQuota, describeQuota, type QuotaCount } from './nomination-quota'

const flag = {
  name: 'Cờ thi đua',
  quota: { type: 'fixed', count: 9, recipients: 'collective' },
} as const
const allocated = {
  name: 'Bằng khen của UBND tỉnh',
  quota: { type: 'allocated', by: 'UBND tỉnh' },
} as const
const free = {
  name: 'Giấy khen',
  quota: { type: 'discretion', by: 'Chủ tịch UBND huyện' },
} as const
const whole = (decided: number, pending: number): QuotaCount => ({
  scopeUnitId: null,
  scopeName: null,
  limit: 9,
  decided,
  pending,
})

describe('quotas', () => {
  it('counts pending places at submission but only decided ones at decision', () => {
    expect(describeQuota(flag, [whole(7, 2)]).message).toBe('Đã dùng 9/9 Cờ thi đua')
    expect(() => checkQuota(flag, [whole(7, 2)], 'submit')).toThrow(
      'Đã dùng 9/9 Cờ thi đua; không thể thêm',
    )
    expect(() => checkQuota(flag, [whole(7, 2)], 'decide')).not.toThrow()
    expect(() => checkQuota(flag, [whole(9, 0)], 'decide')).toThrow(/QUOTA|9\/9/)
  })

  it('checks every allocated level and shows the tightest', () => {
    const counts: QuotaCount[] = [
      { scopeUnitId: 1, scopeName: 'Huyện Bắc Quang', limit: 10, decided: 2, pending: 1 },
      { scopeUnitId: 2, scopeName: 'Xã Việt Vinh', limit: 2, decided: 0, pending: 2 },
    ]
    expect(describeQuota(allocated, counts)).toMatchObject({
      limit: 2,
      inUse: 2,
      remaining: 0,
      message: 'Đã dùng 2/2 Bằng khen của UBND tỉnh (chỉ tiêu của Xã Việt Vinh)',
    })
    expect(() => checkQuota(allocated, counts, 'submit')).toThrow('Xã Việt Vinh')
    expect(describeQuota(allocated, []).message).toContain('chưa có chỉ tiêu được phân bổ')
  })

  it('never limits a discretionary form', () => {
    expect(() => checkQuota(free, [whole(100, 100)], 'submit')).not.toThrow()
    expect(describeQuota(free, []).limit).toBeNull()
  })

  it('refuses handing down more than was received', () => {
    expect(() =>
      checkAllocation({ received: 5, givenToOthers: 3, count: 3, formName: 'Bằng khen' }),
    ).toThrow(
      'Vượt chỉ tiêu: Bằng khen đã phân bổ 6/5 (đã giao đơn vị khác 3, lần này 3, được giao 5)',
    )
    expect(() =>
      checkAllocation({ received: null, givenToOthers: 3, count: 3, formName: 'x' }),
    ).not.toThrow()
  })
})
