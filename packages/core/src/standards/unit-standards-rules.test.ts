import { describe, expect, it } from 'vitest'
import {
  compareTypedStandards,
  findHeldWithoutPrerequisite,
  holdsStandard,
  validateStandardRecord,
  type StandardRecord,
} from './unit-standards-rules'

const record = (over: Partial<StandardRecord>): StandardRecord => ({
  ...{ kind: 'ntm_19_2', status: 'dat', validFrom: '2024-06-15', validTo: null },
  ...{ decisionNumber: '12/QĐ-UBND', decisionDate: '2024-06-10', decisionIssuer: 'UBND huyện' },
  answers: null,
  ...over,
})

describe('unit standard records', () => {
  it('asks a recognition for its decision, a fact stated by the unit for none', () => {
    const bare = { decisionNumber: null, decisionDate: null, decisionIssuer: null }
    expect(validateStandardRecord(record(bare), 'commune', null)).toEqual([
      expect.objectContaining({ path: 'decisionNumber' }),
    ])
    expect(
      validateStandardRecord(record({ ...bare, status: 'khong_dat' }), 'commune', null),
    ).toEqual([])
    const cameras = record({ ...bare, kind: 'cameras_installed' })
    expect(validateStandardRecord(cameras, 'residential_area', null)).toEqual([])
    expect(validateStandardRecord(record({}), 'school', null)).toEqual([
      expect.objectContaining({ path: 'kind' }),
    ])
  })

  it('refuses a "đạt" with a criterion answered not met, and dates out of order', () => {
    const items = ['khieu-kien', 'trong-an']
    expect(
      validateStandardRecord(record({ answers: { 'trong-an': false } }), 'commune', items),
    ).toEqual([expect.objectContaining({ path: 'answers' })])
    expect(validateStandardRecord(record({ validTo: '2024-01-01' }), 'commune', items)).toEqual([
      expect.objectContaining({ path: 'validTo' }),
    ])
  })

  it('reads the record in force on a date: the latest begun, not expired', () => {
    const records = [
      record({ validFrom: '2023-03-01' }),
      record({ status: 'thu_hoi', validFrom: '2024-11-20' }),
      record({ kind: 'drug_free', validFrom: '2024-01-01', validTo: '2024-06-30' }),
    ]
    expect(holdsStandard(records, 'ntm_19_2', '2023-12-31')).toBe(true)
    expect(holdsStandard(records, 'ntm_19_2', '2024-12-31')).toBe(false)
    expect(holdsStandard(records, 'drug_free', '2024-12-31')).toBe(false)
    expect(holdsStandard(records, 'drug_free', '2024-05-01')).toBe(true)
  })

  it('finds the first date an enhanced 19.2 is held without the basic one', () => {
    const enhanced = record({ kind: 'ntm_19_2_enhanced', validFrom: '2024-07-01' })
    expect(findHeldWithoutPrerequisite([enhanced])).toBe('2024-07-01')
    expect(findHeldWithoutPrerequisite([record({}), enhanced])).toBeUndefined()
    const expired = record({ validTo: '2024-09-30' })
    expect(findHeldWithoutPrerequisite([expired, enhanced])).toBe('2024-10-01')
  })

  it('puts the records beside a typed yes/no, flagging a disagreement', () => {
    const records = [record({ kind: 'fire_safety' })]
    const figures = { 'fire_safety.recognized': false, 'cameras.installed': true }
    expect(
      compareTypedStandards(
        ['fire_safety.recognized', 'cameras.installed'],
        figures,
        records,
        '2024-12-31',
      ),
    ).toEqual({
      'fire_safety.recognized': expect.objectContaining({ recorded: 1, differs: true }),
    })
  })
})
