import { describe, expect, it } from 'vitest'
import { Target } from './plan-targets'
import { isBelowOwingLevel, owingLevelOf } from './plan-target-owing'

const target = (extra: Record<string, unknown>) =>
  Target.parse({
    id: 't',
    source: 'II.4',
    text: 'x',
    label: 'x',
    measure: { type: 'count', condition: 'exemplary.recognized' },
    scope: { unitKinds: ['commune'], managedBy: 'territory' },
    comparator: '>=',
    threshold: 16,
    ...extra,
  })

describe('owingLevelOf (issue 10 S4)', () => {
  it('gives a count to reach to the issuer: plan 004 "Phối hợp xây dựng ít nhất 16 đơn vị"', () => {
    expect(owingLevelOf(target({}), 'province')).toBe('province')
    expect(isBelowOwingLevel(target({}), 'province', 'district')).toBe(true)
    expect(isBelowOwingLevel(target({}), 'province', 'commune')).toBe(true)
    expect(isBelowOwingLevel(target({}), 'province', 'province')).toBe(false)
  })

  it('gives a per target to its group: plan 001 "Mỗi năm lựa chọn ít nhất 01 xã" (each district)', () => {
    const perDistrict = target({
      scope: { unitKinds: ['commune'], managedBy: 'territory', per: 'district' },
      threshold: 1,
    })
    expect(owingLevelOf(perDistrict, 'province')).toBe('district')
    expect(isBelowOwingLevel(perDistrict, 'province', 'district')).toBe(false)
    expect(isBelowOwingLevel(perDistrict, 'province', 'commune')).toBe(true)
  })

  it('leaves caps and shares to every scope: plan 000 "Không có đơn vị bị phân loại phong trào Yếu"', () => {
    expect(owingLevelOf(target({ comparator: '=', threshold: 0 }), 'district')).toBeNull()
    const share = target({ measure: { type: 'unit_share', condition: 'antt.recognized' } })
    expect(owingLevelOf(share, 'district')).toBeNull()
  })

  it('follows the plan where it names the owing level', () => {
    const owed = target({
      scope: { unitKinds: ['commune'], managedBy: 'territory', owedBy: 'district' },
    })
    expect(isBelowOwingLevel(owed, 'province', 'district')).toBe(false)
    expect(isBelowOwingLevel(owed, 'province', 'commune')).toBe(true)
  })
})
