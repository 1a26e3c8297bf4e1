import { describe, expect, it } from 'vitest'
import { loadWorkbook, readRowTexts } from '../awards/testing/read-workbook'
import { CHOICES_SHEET } from '../spreadsheet'
import { expectedPrint, inspectSheet } from '../spreadsheet/testing/inspect-sheet'
import { renderUnitImportTemplate, UNIT_IMPORT_SHEET } from './render-unit-import-template'

describe('renderUnitImportTemplate', () => {
  it('heads in Vietnamese only, writes examples with labels and offers drop-downs', async () => {
    const workbook = await loadWorkbook(await renderUnitImportTemplate({ date: '07/12/2026' }))
    expect(workbook.worksheets[0]?.name).toBe(UNIT_IMPORT_SHEET)
    const sheet = workbook.getWorksheet(UNIT_IMPORT_SHEET)
    if (!sheet) throw new Error('no sheet')
    const seen = inspectSheet(sheet, 4)
    expect(seen).toMatchObject({
      title: 'MẪU NHẬP DANH SÁCH ĐƠN VỊ',
      period: 'Ngày lập mẫu: 07/12/2026',
      identifierHeaders: [],
      print: expectedPrint('landscape', 4),
      frozen: { state: 'frozen', ySplit: 4, xSplit: 2 },
    })
    expect(seen.headers).toContain('Khu vực')
    expect(seen.headers).toHaveLength(14)
    expect(readRowTexts(sheet, 5).slice(0, 7)).toEqual([
      '01153.T01',
      'Thôn Nà Khương',
      'Khu dân cư',
      'Thôn',
      '01153',
      '',
      'Nông thôn',
    ])
    const at = (header: string) => seen.validations[seen.headers.indexOf(header)]
    expect(at('Khu vực')).toEqual({ type: 'list', formulae: ['"Thành thị,Nông thôn"'] })
    // Labels with commas ("Tổ chức chính trị - xã hội, tôn giáo") live on the hidden list sheet.
    expect(at('Loại đơn vị')?.formulae[0]).toMatch(new RegExp(`^'${CHOICES_SHEET}'!\\$A\\$1:`))
    expect(at('Số hộ gia đình')).toEqual({ type: 'whole', formulae: [0, 100_000_000] })
    // A clerk's added rows are checked too.
    expect(sheet.getCell('C900').dataValidation).toMatchObject({ type: 'list' })
    const choices = workbook.getWorksheet(CHOICES_SHEET)
    expect(choices?.state).toBe('hidden')
    expect(choices?.getColumn(1).values).toContain('Khu dân cư')
  })

  it('lists each value beside its code on the code sheet, in the same setup', async () => {
    const workbook = await loadWorkbook(await renderUnitImportTemplate({ date: '07/12/2026' }))
    const codes = workbook.getWorksheet('Bảng mã')
    if (!codes) throw new Error('no sheet')
    const seen = inspectSheet(codes, 3)
    expect(seen).toMatchObject({
      headers: ['Cột', 'Giá trị', 'Mã'],
      identifierHeaders: [],
      print: expectedPrint('portrait', 3),
    })
    const rows: string[][] = []
    codes.eachRow((_, number) => rows.push(readRowTexts(codes, number)))
    expect(rows).toContainEqual(['Loại đơn vị', 'Khu dân cư', 'residential_area'])
    expect(rows).toContainEqual(['Khu vực', 'Nông thôn', 'rural'])
  })
})
