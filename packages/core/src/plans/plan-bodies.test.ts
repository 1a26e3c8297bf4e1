import { describe, expect, it } from 'vitest'
import { bodyUnitName, describeTaskOwners, matchBodyUnit } from './plan-bodies'

const units = [
  { id: 1, code: '219.NV', name: 'Phòng Nội vụ huyện Lục Ngạn', kind: 'agency' },
  { id: 2, code: '219.NVX', name: 'Phòng Nội vụ và Xã hội', kind: 'agency' },
  { id: 3, code: '219.MT', name: 'Ủy ban MTTQ Việt Nam huyện Lục Ngạn', kind: 'organisation' },
]
const body = { name: 'Phòng Nội vụ', kind: 'agency' as const, unitCode: null }

describe('matchBodyUnit', () => {
  it('matches the name alone or followed by the place, without accents, not a longer name', () => {
    expect(matchBodyUnit(body, units)).toEqual({ unitId: 1 })
    expect(matchBodyUnit({ ...body, name: 'phong noi vu huyen luc ngan' }, units)).toEqual({
      unitId: 1,
    })
  })
  it('prefers the register code when the plan gives one', () => {
    expect(matchBodyUnit({ ...body, unitCode: '219.NVX' }, units)).toEqual({ unitId: 2 })
    expect(matchBodyUnit({ ...body, unitCode: 'X' }, units).unitId).toBeNull()
  })
  it('says why when there is no unit or more than one of that kind', () => {
    expect(matchBodyUnit({ ...body, kind: 'organisation' }, units)).toMatchObject({
      unitId: null,
      reason: 'Chưa có đơn vị "Phòng Nội vụ" trực thuộc cơ quan ban hành',
    })
    const twice = [...units, { id: 4, code: 'B', name: 'Phòng Nội vụ', kind: 'agency' }]
    expect(matchBodyUnit(body, twice).unitId).toBeNull()
  })
})

describe('bodies written with their level word', () => {
  const police = [
    { id: 5, code: '219.CA', name: 'Công an huyện Lục Ngạn', kind: 'agency' },
    { id: 6, code: '219.CAX', name: 'Công an xã Tân Mộc', kind: 'agency' },
  ]
  it('matches "Công an huyện" to the district police, not to a commune police', () => {
    expect(
      matchBodyUnit({ name: 'Công an huyện', kind: 'agency', unitCode: null }, police),
    ).toEqual({
      unitId: 5,
    })
  })
  it("names the unit after the issuer's place", () => {
    expect(bodyUnitName({ name: 'Công an huyện' }, 'Huyện Lục Ngạn')).toBe('Công an huyện Lục Ngạn')
    expect(bodyUnitName({ name: 'Hội Nông dân tỉnh' }, 'Tỉnh Tây Ninh')).toBe(
      'Hội Nông dân tỉnh Tây Ninh',
    )
    expect(bodyUnitName({ name: 'Báo Quảng Trị' }, 'Tỉnh Quảng Trị')).toBe('Báo Quảng Trị')
    expect(bodyUnitName({ name: 'Phòng Tài chính - Kế hoạch' }, 'Huyện Lục Ngạn')).toBe(
      'Phòng Tài chính - Kế hoạch huyện Lục Ngạn',
    )
  })
  it("names a Party committee's body after the bare place name, and matches it", () => {
    const name = bodyUnitName({ name: 'Ban Tuyên giáo Huyện uỷ' }, 'Huyện Lục Ngạn')
    expect(name).toBe('Ban Tuyên giáo Huyện uỷ Lục Ngạn')
    const units = [{ id: 7, code: 'X', name, kind: 'organisation' }]
    const body = { name: 'Ban Tuyên giáo Huyện ủy', kind: 'organisation' as const, unitCode: null }
    expect(matchBodyUnit(body, units)).toEqual({ unitId: 7 })
  })
  it('shows a group owner as the plan writes it', () => {
    const plan = { bodies: [] }
    const task = { owner: null, ownerLevels: ['commune' as const], coOwners: [] }
    expect(describeTaskOwners(plan, { ...task, ownerGroup: 'Các doanh nghiệp' }).owners).toEqual([
      'Các xã, phường, thị trấn',
      'Các doanh nghiệp',
    ])
  })
})
