import { describe, expect, it } from 'vitest'
import { matchBodyUnit } from './plan-bodies'

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
