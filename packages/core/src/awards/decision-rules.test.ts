import { describe, expect, it } from 'vitest'
import {
  checkDecisionQuota,
  findDecisionProblems,
  groupAwardees,
  decisionQuotaLimit,
} from './decision-rules'

const item = (id: number, overrides: object = {}) => ({
  nominationId: id,
  subjectKind: 'collective' as const,
  status: 'reviewed',
  votePassed: true,
  awardFormId: 'co-thi-dua',
  ...overrides,
})

describe('award decisions', () => {
  it('takes only reviewed nominations of its form that passed the vote', () => {
    expect(findDecisionProblems('co-thi-dua', [item(1), item(2)])).toEqual([])
    expect(findDecisionProblems('co-thi-dua', [])).toHaveLength(1)
    const problems = findDecisionProblems('co-thi-dua', [
      item(1, { status: 'appraised' }),
      item(2, { votePassed: false }),
      item(3, { awardFormId: 'bk' }),
      item(3),
    ])
    expect(problems).toHaveLength(4)
  })

  it('enforces plan 004: 9 emulation flags, 100 provincial certificates, with the count', () => {
    const flags = { type: 'fixed', count: 9, recipients: 'collective' } as const
    const limit = decisionQuotaLimit(flags)
    expect(limit).toBe(9)
    expect(
      checkDecisionQuota({ formName: 'Cờ thi đua', limit, decided: 8, adding: 1 }),
    ).toMatchObject({
      ok: true,
      used: 9,
    })
    const refused = checkDecisionQuota({ formName: 'Cờ thi đua', limit, decided: 9, adding: 1 })
    expect(refused.ok).toBe(false)
    expect(refused.message).toBe(
      'Vượt chỉ tiêu: đã quyết định 9/9 Cờ thi đua, không thể thêm 1 (còn lại 0)',
    )
    expect(
      checkDecisionQuota({ formName: 'Bằng khen', limit: 100, decided: 99, adding: 2 }).ok,
    ).toBe(false)
  })

  it('reads an allocated quota from the allocation and leaves discretion unlimited', () => {
    expect(decisionQuotaLimit({ type: 'allocated', by: 'UBND tỉnh' }, 12)).toBe(12)
    expect(decisionQuotaLimit({ type: 'allocated', by: 'UBND tỉnh' })).toBeNull()
    expect(decisionQuotaLimit({ type: 'discretion', by: 'Chủ tịch' })).toBeNull()
    expect(
      checkDecisionQuota({ formName: 'Giấy khen', limit: null, decided: 500, adding: 1 }).ok,
    ).toBe(true)
  })

  it('lists collectives before individuals, each in name order', () => {
    const grouped = groupAwardees([
      { subjectKind: 'individual', sortKey: 'b' },
      { subjectKind: 'collective', sortKey: 'z' },
      { subjectKind: 'individual', sortKey: 'a' },
    ] as const)
    expect(grouped.collectives).toHaveLength(1)
    expect(grouped.individuals.map((row) => row.sortKey)).toEqual(['a', 'b'])
  })
})
