import { describe, expect, it } from 'vitest'
import {
  countAwardEntries,
  describeEntryCounts,
  formatClockVi,
  formatCountVi,
  formatDocumentReference,
  formatNumberVi,
  formatPercentVi,
} from './format-award-values'
import { SAMPLE_ENTRIES, SAMPLE_FORM_POLICE, SAMPLE_FORM_PROVINCE } from './samples/sample-entries'

describe('Vietnamese number formatting', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumberVi(1234567)).toBe('1.234.567')
    expect(formatNumberVi(88.888)).toBe('88,89')
    expect(formatNumberVi(50)).toBe('50')
    expect(formatPercentVi(5, 6)).toBe('83,33%')
    expect(formatPercentVi(1, 0)).toBe('0%')
  })

  it('pads counts below ten and writes clock times in words', () => {
    expect(formatCountVi(2)).toBe('02')
    expect(formatCountVi(1000)).toBe('1.000')
    expect(formatClockVi('2025-11-14T14:05')).toBe('14 giờ 05')
    expect(formatClockVi('08:30')).toBe('8 giờ 30')
  })

  it('writes a document reference with blanks for a missing number or date', () => {
    expect(formatDocumentReference('Quyết định', 7, 'QĐ-UBND', '2025-11-20')).toBe(
      'Quyết định số 7/QĐ-UBND ngày 20/11/2025',
    )
    expect(formatDocumentReference('Quyết định', null, 'QĐ-UBND', null)).toMatch(
      /^Quyết định số +\/QĐ-UBND ngày +\/ +\/ +$/,
    )
  })
})

describe('countAwardEntries', () => {
  it('counts collectives and individuals in total and per award form, in order of appearance', () => {
    const counts = countAwardEntries(SAMPLE_ENTRIES)
    expect(counts).toEqual({
      collectives: 2,
      individuals: 3,
      byForm: [
        { awardForm: SAMPLE_FORM_PROVINCE, collectives: 1, individuals: 2 },
        { awardForm: SAMPLE_FORM_POLICE, collectives: 1, individuals: 1 },
      ],
    })
    expect(describeEntryCounts(counts)).toBe('02 tập thể và 03 cá nhân')
    expect(describeEntryCounts({ collectives: 0, individuals: 1000 })).toBe('1.000 cá nhân')
  })
})
