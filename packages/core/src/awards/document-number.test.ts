import { describe, expect, it } from 'vitest'
import {
  documentSymbol,
  formatNumberedDocument,
  isIssuerCode,
  numberingYear,
  parseNumberedDocument,
} from './document-number'

describe('document numbers', () => {
  it('formats n/TTr-…, n/QĐ-… and n/BB-… with the NĐ 30 type codes', () => {
    expect(formatNumberedDocument(5, 'submission', 'CAX')).toBe('5/TTr-CAX')
    expect(formatNumberedDocument(15, 'decision', 'UBND')).toBe('15/QĐ-UBND')
    expect(documentSymbol('minutes', 'HĐTĐKT')).toBe('BB-HĐTĐKT')
    expect(() => formatNumberedDocument(0, 'decision', 'UBND')).toThrow(RangeError)
  })

  it('reads a number back, with or without "Số:"', () => {
    expect(parseNumberedDocument('Số: 15/QĐ-UBND')).toEqual({
      sequence: 15,
      kind: 'decision',
      issuerCode: 'UBND',
    })
    expect(parseNumberedDocument('12/KH-UBND')).toBeUndefined()
    expect(parseNumberedDocument('abc')).toBeUndefined()
  })

  it('accepts upper-case issuer codes only and restarts each calendar year', () => {
    expect(isIssuerCode('BCĐ')).toBe(true)
    expect(isIssuerCode('ubnd')).toBe(false)
    expect(numberingYear('2024-12-31')).toBe(2024)
    expect(() => numberingYear('x')).toThrow(RangeError)
  })
})
