import { describe, expect, it } from 'vitest'
import {
  formatDeadlineDate,
  formatDocumentNumber,
  formatVietnameseDate,
  toRomanNumeral,
} from '../src/layout'

describe('formatVietnameseDate', () => {
  it('pads days below 10 and months 1–2 with a zero, as NĐ 30 requires', () => {
    expect(formatVietnameseDate('2024-02-05', 'Bắc Quang')).toBe(
      'Bắc Quang, ngày 05 tháng 02 năm 2024',
    )
    expect(formatVietnameseDate('2024-01-09', 'Tây Ninh')).toBe(
      'Tây Ninh, ngày 09 tháng 01 năm 2024',
    )
  })

  it('leaves months from March on and days from 10 unpadded', () => {
    expect(formatVietnameseDate('2024-03-15', 'Bắc Quang')).toBe(
      'Bắc Quang, ngày 15 tháng 3 năm 2024',
    )
    expect(formatVietnameseDate('2024-12-10', 'Đồng Tháp')).toBe(
      'Đồng Tháp, ngày 10 tháng 12 năm 2024',
    )
  })

  it('leaves the missing parts of a partial date blank for the signer to fill', () => {
    expect(formatVietnameseDate('2024-04', 'Bắc Quang')).toMatch(
      /^Bắc Quang, ngày {2,} tháng 4 năm 2024$/,
    )
    expect(formatVietnameseDate('2024', 'Bắc Quang')).toMatch(
      /^Bắc Quang, ngày {2,} tháng {2,} năm 2024$/,
    )
    expect(formatVietnameseDate(null, 'Bắc Quang')).toMatch(
      /^Bắc Quang, ngày {2,} tháng {2,} năm {2,}$/,
    )
  })
})

describe('formatDocumentNumber', () => {
  it('writes the number and symbol', () => {
    expect(formatDocumentNumber(12, 'KH-BCĐ')).toBe('Số: 12/KH-BCĐ')
    expect(formatDocumentNumber(860, 'KH-UBND')).toBe('Số: 860/KH-UBND')
  })

  it('leaves room for a number not yet given', () => {
    expect(formatDocumentNumber(null, 'KH-BCĐ')).toMatch(/^Số: {2,}\/KH-BCĐ$/)
  })
})

describe('formatDeadlineDate', () => {
  it('writes dd/mm/yyyy, and dd/mm hằng năm for an annual date', () => {
    expect(formatDeadlineDate('2024-04-20')).toBe('20/04/2024')
    expect(formatDeadlineDate('03-30')).toBe('30/03 hằng năm')
  })
})

describe('toRomanNumeral', () => {
  it('numbers sections I to XII', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 9, 12].map(toRomanNumeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'IX',
      'XII',
    ])
  })
})
