import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { renderCrimeStatisticsWorkbook } from './render-crime-statistics-workbook'
import { CRIME_STATISTICS_SHEET } from './crime-statistics-workbook-view'

describe('crime statistics workbook', () => {
  it('heads its columns in Vietnamese, greys locked months and bounds every figure cell', async () => {
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
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet(CRIME_STATISTICS_SHEET)
    expect(sheet?.getCell('B2').value).toBe('Xã Đồng Yên')
    expect(sheet?.getRow(5).values).toEqual([
      undefined,
      'Tháng',
      'Tổng số vụ phạm tội phải điều tra (vụ)',
      'Số vụ đã điều tra, khám phá (vụ)',
      'Ghi chú',
    ])
    expect(sheet?.getCell('D6').value).toBe('Đã khóa sổ')
    expect(sheet?.getCell('B6').value).toBe(3)
    expect(sheet?.getCell('B7').dataValidation).toMatchObject({
      type: 'whole',
      formulae: [0, 100_000],
    })
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 })
  })
})
