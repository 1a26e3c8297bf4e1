import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { renderReportWorkbook } from './render-report-workbook'

describe('renderReportWorkbook', () => {
  it('writes a Vietnamese header, the field ids and one row per unit', async () => {
    const bytes = await renderReportWorkbook({
      title: 'Kế hoạch 000',
      periodId: '2024-Q1',
      periodLabel: 'Quý I năm 2024',
      columns: [
        { id: 'unit.households', label: 'Tổng số hộ gia đình trên địa bàn', type: 'number' },
        { id: 'ntm.achieved', label: 'Đạt chuẩn nông thôn mới', type: 'boolean' },
        { id: 'unit.pupils', label: 'Tổng số học sinh, sinh viên', type: 'number' },
      ],
      rows: [
        {
          unitCode: '01153',
          unitName: 'Xã Bắc Quang',
          status: 'Đang soạn',
          fields: ['unit.households', 'ntm.achieved'],
          values: { 'unit.households': 800, 'ntm.achieved': true },
        },
      ],
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Báo cáo')
    const texts = (row: number) =>
      Array.from({ length: 6 }, (_, i) => sheet?.getRow(row).getCell(i + 1).text)
    expect(texts(1)).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Trạng thái',
      'Tổng số hộ gia đình trên địa bàn',
      'Đạt chuẩn nông thôn mới',
      'Tổng số học sinh, sinh viên',
    ])
    expect(texts(2)).toEqual([
      'unit_code',
      'unit_name',
      'status',
      'unit.households',
      'ntm.achieved',
      'unit.pupils',
    ])
    expect(sheet?.getRow(2).hidden).toBe(true)
    expect(texts(3)).toEqual(['01153', 'Xã Bắc Quang', 'Đang soạn', '800', 'Có', ''])
    expect(sheet?.getRow(3).getCell(6).fill).toMatchObject({ pattern: 'solid' })
  })
})
