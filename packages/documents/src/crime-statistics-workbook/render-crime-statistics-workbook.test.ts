import { describe, expect, it } from 'vitest'
import { loadWorkbook } from '../awards/testing/read-workbook'
import { expectedPrint, inspectSheet } from '../spreadsheet/testing/inspect-sheet'
import { renderCrimeStatisticsWorkbook } from './render-crime-statistics-workbook'
import { CRIME_STATISTICS_SHEET } from './crime-statistics-workbook-view'

describe('crime statistics workbook', () => {
  it('heads its columns in Vietnamese, greys locked months, bounds every figure cell and sums the year', async () => {
    const bytes = await renderCrimeStatisticsWorkbook({
      unitName: 'Xã Đồng Yên',
      year: 2024,
      max: 100_000,
      columns: [
        { header: 'Tổng số vụ phạm tội phải điều tra (vụ)' },
        { header: 'Số vụ đã điều tra, khám phá (vụ)' },
      ],
      rows: [
        { month: '01/2024', values: [3, 2], locked: true },
        { month: '02/2024', values: [null, null], locked: false },
      ],
    })
    const workbook = await loadWorkbook(bytes)
    const sheet = workbook.getWorksheet(CRIME_STATISTICS_SHEET)
    if (!sheet) throw new Error('no sheet')
    expect(inspectSheet(sheet, 5)).toMatchObject({
      title: 'SỐ LIỆU TỘI PHẠM, TIN BÁO VÀ KẾT QUẢ ĐẤU TRANH, PHÒNG NGỪA THEO THÁNG',
      period: 'Năm 2024',
      headers: [
        'Tháng',
        'Tổng số vụ phạm tội phải điều tra (vụ)',
        'Số vụ đã điều tra, khám phá (vụ)',
        'Ghi chú',
      ],
      identifierHeaders: [],
      print: expectedPrint('landscape', 5),
      frozen: { state: 'frozen', ySplit: 5, xSplit: 1 },
      validations: [
        undefined,
        { type: 'whole', formulae: [0, 100_000] },
        { type: 'whole', formulae: [0, 100_000] },
        undefined,
      ],
      totals: ['Tổng cộng', '3', '2', ''],
      totalsFormulas: ['', 'SUM(B6:B7)', 'SUM(C6:C7)', ''],
    })
    expect(sheet.getCell('B3').value).toBe('Xã Đồng Yên')
    expect(sheet.getCell('D6').value).toBe('Đã khóa sổ')
    expect(sheet.getCell('B6').value).toBe(3)
    expect(sheet.getCell('A6').fill).toMatchObject({ pattern: 'solid' })
  })
})
