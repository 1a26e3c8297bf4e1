import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { loadWorkbook } from '../awards/testing/read-workbook'
import { nameSpreadsheetFile } from './file-name'
import { findHeaderRow, readKeyRow, readSheetDetail } from './sheet-reading'
import { mmToInches } from './sheet-print'
import { CHOICES_SHEET } from './sheet-validation'
import { createTabularSheet } from './tabular-sheet'
import { expectedPrint, inspectSheet, isIdentifierLike } from './testing/inspect-sheet'

async function renderSample(rows: readonly (string | number | null)[][]) {
  const workbook = new ExcelJS.Workbook()
  const table = createTabularSheet(workbook, {
    name: 'Mẫu',
    title: 'BẢNG THỬ',
    period: 'Năm 2024',
    details: [['Đơn vị', 'Xã Đồng Yên']],
    note: 'Hướng dẫn điền.',
    orientation: 'landscape',
    frozenColumns: 1,
    blankRows: 50,
    columns: [
      { header: 'Tên đơn vị', key: 'name' },
      { header: 'Loại', key: 'kind', choices: ['Xã', 'Phường'] },
      { header: 'Tổ chức', choices: ['Tổ chức chính trị - xã hội, tôn giáo', 'Khác'] },
      {
        header: 'Số hộ',
        key: 'households',
        format: 'count',
        whole: { min: 0, max: 999 },
        total: 'sum',
      },
      { header: 'Đăng ký', total: 'count' },
    ],
  })
  for (const row of rows) table.addRow(row)
  const { totalsRow } = table.finish()
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
  return { bytes, totalsRow, headerRow: table.headerRow }
}

describe('the shared sheet setup', () => {
  it('writes title, period, details, a frozen repeated header, validations and totals', async () => {
    const { bytes, totalsRow, headerRow } = await renderSample([
      ['Xã A', 'Xã', 'Khác', 120, 'x'],
      ['Phường B', 'Phường', null, 80, null],
    ])
    expect(headerRow).toBe(5)
    const workbook = await loadWorkbook(bytes)
    const sheet = workbook.getWorksheet('Mẫu')
    if (!sheet) throw new Error('no sheet')
    const seen = inspectSheet(sheet, headerRow)
    expect(seen).toMatchObject({
      title: 'BẢNG THỬ',
      period: 'Năm 2024',
      headers: ['Tên đơn vị', 'Loại', 'Tổ chức', 'Số hộ', 'Đăng ký'],
      identifierHeaders: [],
      print: expectedPrint('landscape', 5),
      frozen: { state: 'frozen', ySplit: 6, xSplit: 1 },
      totals: ['Tổng cộng', '', '', '200', '1'],
      totalsFormulas: ['', '', '', 'SUM(D7:D8)', 'COUNTA(E7:E8)'],
    })
    expect(seen.validations[1]).toEqual({ type: 'list', formulae: ['"Xã,Phường"'] })
    expect(seen.validations[2]).toEqual({
      type: 'list',
      formulae: [`'${CHOICES_SHEET}'!$A$1:$A$2`],
    })
    expect(seen.validations[3]).toEqual({ type: 'whole', formulae: [0, 999] })
    expect(sheet.getCell('B56').dataValidation).toMatchObject({ type: 'list' })
    expect(workbook.getWorksheet(CHOICES_SHEET)?.state).toBe('hidden')
    expect(totalsRow).toBe(9)
    expect(readKeyRow(sheet, headerRow)).toEqual(['name', 'kind', '', 'households'])
    expect(sheet.getRow(headerRow + 1).hidden).toBe(true)
    expect(readSheetDetail(sheet, headerRow, 'Đơn vị')).toEqual({ row: 3, value: 'Xã Đồng Yên' })
    expect(findHeaderRow(sheet, (texts) => texts[0] === 'Tên đơn vị')).toBe(5)
    expect(sheet.headerFooter.oddHeader).toContain('&P')
  })

  it('writes no totals row for an empty table', async () => {
    const { totalsRow } = await renderSample([])
    expect(totalsRow).toBeUndefined()
  })

  it('converts the NĐ 30 margins to inches', () => {
    expect([mmToInches(20), mmToInches(30), mmToInches(15)]).toEqual([0.79, 1.18, 0.59])
  })

  it('tells identifier-like headers from Vietnamese ones', () => {
    for (const id of ['unit_code', 'unitCode', 'unit.households', 'Bằng khen [bk-bca]', 'status'])
      expect(isIdentifierLike(id), id).toBe(true)
    for (const text of [
      'Mã đơn vị',
      'STT',
      'Số vụ (vụ)',
      'Hội đồng Thi đua - Khen thưởng',
      'Khu vực',
    ])
      expect(isIdentifierLike(text), text).toBe(false)
  })

  it('names a file after what it is, the plan, scope and period', () => {
    expect(
      nameSpreadsheetFile(['Báo cáo', 'Kế hoạch 03/KH-UBND', ' Huyện  Yên Sơn', 'Quý I']),
    ).toBe('Báo cáo - Kế hoạch 03 KH-UBND - Huyện Yên Sơn - Quý I.xlsx')
    expect(nameSpreadsheetFile(['', null])).toBe('ANTQ.xlsx')
    const long = nameSpreadsheetFile(['Đơn vị theo chỉ tiêu', 'Kế hoạch '.repeat(20), 'Năm 2024'])
    expect(long).toMatch(/^Đơn vị theo chỉ tiêu - (Kế hoạch ){8}Kế… - Năm 2024\.xlsx$/)
  })
})
