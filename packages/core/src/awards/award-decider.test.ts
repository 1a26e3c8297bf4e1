import { describe, expect, it } from 'vitest'
import { findDeciderProblems, readAwardDecider } from './award-decider'

describe('readAwardDecider (the seed plans’ deciders)', () => {
  it('reads the body, level, symbol and office of each decider', () => {
    expect(readAwardDecider('Giám đốc Công an tỉnh')).toMatchObject({
      body: 'police',
      levels: ['province'],
      code: 'CAT',
      office: 'giám đốc',
    })
    expect(readAwardDecider('Chủ tịch UBND huyện')).toMatchObject({
      body: 'people_committee',
      levels: ['district'],
      code: 'UBND',
    })
    expect(readAwardDecider('Chủ tịch UBND cấp huyện, cấp xã').levels).toEqual([
      'district',
      'commune',
    ])
    expect(readAwardDecider('Chủ tịch UBND xã, thị trấn').levels).toEqual(['commune'])
    expect(readAwardDecider('Bộ trưởng Bộ Công an')).toMatchObject({
      body: 'ministry',
      code: 'BCA',
    })
    expect(readAwardDecider('Thủ trưởng cơ quan, đơn vị có thẩm quyền').body).toBe('other')
  })

  it('refuses a Công an tỉnh Giấy khen under a UBND huyện letterhead, symbol and signer', () => {
    const decider = readAwardDecider('Giám đốc Công an tỉnh')
    expect(
      findDeciderProblems('Giấy khen của Giám đốc Công an tỉnh', decider, {
        unitKind: 'district',
        unitName: 'Huyện Bắc Quang',
        issuerCode: 'UBND',
        signerTitle: 'Chủ tịch',
      }),
    ).toHaveLength(3)
    expect(
      findDeciderProblems('Giấy khen', decider, {
        unitKind: 'province',
        unitName: 'Tỉnh Tuyên Quang',
        signerTitle: 'KT. GIÁM ĐỐC',
      }),
    ).toEqual([])
  })
})
