import { describe, expect, it } from 'vitest'
import { describeTargetResult, formatTargetValue } from './campaign-target-format'

describe('describeTargetResult (issue 10 S5: counts are counts)', () => {
  it('shows a count target as a count, never a percentage', () => {
    // Plan 004 II.4: "ít nhất 06 Công an phường đạt chuẩn kiểu mẫu"
    const row = { numerator: 13, denominator: null, value: 13, comparator: '>=' as const }
    expect(describeTargetResult({ ...row, threshold: 6, statusLabel: 'Đạt' })).toBe('13 ≥ 6 · Đạt')
    expect(formatTargetValue(row)).toBe('13')
  })

  it('shows a share as its fraction and percentage, with the units missing data', () => {
    const row = { numerator: 5, denominator: 6, value: 5 / 6, comparator: '>' as const }
    expect(
      describeTargetResult({ ...row, threshold: '80%', statusLabel: 'Đạt', missingUnits: 2 }),
    ).toBe('5/6 = 83,3% > 80% · Đạt (2 đơn vị thiếu số liệu)')
  })

  it('shows a dash without a value', () => {
    const row = { numerator: null, denominator: null, value: null, comparator: '=' as const }
    expect(describeTargetResult({ ...row, threshold: 0, statusLabel: 'Chưa có số liệu' })).toBe(
      '— = 0 · Chưa có số liệu',
    )
  })
})
