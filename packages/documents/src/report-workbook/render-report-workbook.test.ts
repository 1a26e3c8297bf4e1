import { describe, expect, it } from 'vitest'
import { loadWorkbook, readRowTexts } from '../awards/testing/read-workbook'
import { expectedPrint, inspectSheet } from '../spreadsheet/testing/inspect-sheet'
import { renderReportWorkbook } from './render-report-workbook'

describe('renderReportWorkbook', () => {
  it('writes title and period, a Vietnamese header, the field ids hidden, one row per unit and totals', async () => {
    const bytes = await renderReportWorkbook({
      title: 'Kế hoạch 000',
      periodLabel: 'Quý I năm 2024',
      scopeName: 'Huyện Bắc Quang',
      columns: [
        { id: 'unit.households', label: 'Tổng số hộ gia đình trên địa bàn', type: 'number' },
        { id: 'ntm.achieved', label: 'Đạt chuẩn nông thôn mới', type: 'boolean' },
        {
          id: 'unit.class',
          label: 'Phân loại',
          type: 'enum',
          values: [
            { value: 'good', label: 'Tốt' },
            { value: 'fair', label: 'Khá' },
          ],
        },
        { id: 'unit.pupils', label: 'Tổng số học sinh, sinh viên', type: 'number' },
      ],
      rows: [
        {
          unitCode: '01153',
          unitName: 'Xã Bắc Quang',
          status: 'Đang soạn',
          fields: ['unit.households', 'ntm.achieved', 'unit.class'],
          values: { 'unit.households': 800, 'ntm.achieved': true, 'unit.class': 'fair' },
        },
        {
          unitCode: '01154',
          unitName: 'Xã Đồng Yên',
          status: 'Chưa báo cáo',
          fields: ['unit.households', 'unit.pupils'],
          values: { 'unit.households': 200, 'unit.pupils': 45 },
        },
      ],
    })
    const workbook = await loadWorkbook(bytes)
    const sheet = workbook.getWorksheet('Báo cáo')
    if (!sheet) throw new Error('no sheet')
    expect(inspectSheet(sheet, 6)).toMatchObject({
      title: 'BẢNG SỐ LIỆU BÁO CÁO PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC',
      period: 'Kỳ báo cáo: Quý I năm 2024',
      headers: [
        'Mã đơn vị',
        'Tên đơn vị',
        'Trạng thái',
        'Tổng số hộ gia đình trên địa bàn',
        'Đạt chuẩn nông thôn mới',
        'Phân loại',
        'Tổng số học sinh, sinh viên',
      ],
      identifierHeaders: [],
      print: expectedPrint('landscape', 6),
      frozen: { state: 'frozen', ySplit: 7, xSplit: 2 },
      validations: [
        undefined,
        undefined,
        undefined,
        { type: 'whole', formulae: [0, 2_147_483_647] },
        { type: 'list', formulae: ['"Có,Không"'] },
        { type: 'list', formulae: ['"Tốt,Khá"'] },
        { type: 'whole', formulae: [0, 2_147_483_647] },
      ],
      totals: ['Tổng cộng', '', '', '1000', '', '', '45'],
      totalsFormulas: ['', '', '', 'SUM(D8:D9)', '', '', 'SUM(G8:G9)'],
    })
    expect(readRowTexts(sheet, 3).slice(0, 2)).toEqual(['Kế hoạch', 'Kế hoạch 000'])
    expect(readRowTexts(sheet, 4).slice(0, 2)).toEqual(['Phạm vi', 'Huyện Bắc Quang'])
    expect(sheet.getRow(7).hidden).toBe(true)
    expect(readRowTexts(sheet, 7)).toEqual([
      'unit_code',
      'unit_name',
      'status',
      'unit.households',
      'ntm.achieved',
      'unit.class',
      'unit.pupils',
    ])
    expect(readRowTexts(sheet, 8)).toEqual([
      '01153',
      'Xã Bắc Quang',
      'Đang soạn',
      '800',
      'Có',
      'Khá',
      '',
    ])
    expect(sheet.getRow(8).getCell(7).fill).toMatchObject({ pattern: 'solid' })
  })
})
