import { describe, expect, it } from 'vitest'
import { loadWorkbook, readRowTexts } from '../awards/testing/read-workbook'
import { expectedPrint, inspectSheet } from '../spreadsheet/testing/inspect-sheet'
import { BUDGET_TABLE_SHEET } from './budget-table-view'
import { renderBudgetTable } from './render-budget-table'

const sums = (estimated: number, approved: number, spent: number) => ({
  estimated,
  approved,
  spent,
})
const row = (unitName: string, fundingLabel: string, year: number, amount: number) => ({
  ...{ unitName, lineLabel: 'Tuyên truyền', fundingLabel, year, amount },
  ...{ statusLabel: 'Đã phê duyệt', approvedAmount: amount, spent: 0 },
})

describe('renderBudgetTable', () => {
  it('prints in the shared setup with SUM totals and SUMIF breakdowns', async () => {
    const bytes = await renderBudgetTable({
      headingLines: ['BẢNG TỔNG HỢP DỰ TOÁN KINH PHÍ', 'Kế hoạch 03', 'Tất cả các năm'],
      rows: [
        row('Xã Một', 'Ngân sách nhà nước', 2025, 1_000_000),
        row('Xã Hai', 'Xã hội hoá', 2026, 500_000),
      ],
      byYear: [
        { label: 'Năm 2025', ...sums(1_000_000, 1_000_000, 0) },
        { label: 'Năm 2026', ...sums(500_000, 500_000, 0) },
      ],
      byFunding: [
        { label: 'Ngân sách nhà nước', ...sums(1_000_000, 1_000_000, 0) },
        { label: 'Xã hội hoá', ...sums(500_000, 500_000, 0) },
      ],
      total: { label: 'Tổng cộng', ...sums(1_500_000, 1_500_000, 0) },
    })
    const workbook = await loadWorkbook(bytes)
    const sheet = workbook.getWorksheet(BUDGET_TABLE_SHEET)
    if (!sheet) throw new Error('no sheet')
    expect(inspectSheet(sheet, 4)).toMatchObject({
      title: 'BẢNG TỔNG HỢP DỰ TOÁN KINH PHÍ',
      period: 'Tất cả các năm',
      identifierHeaders: [],
      print: expectedPrint('landscape', 4),
      frozen: { state: 'frozen', ySplit: 4, xSplit: 0 },
      totalsFormulas: ['', '', '', '', '', 'SUM(F5:F6)', '', 'SUM(H5:H6)', 'SUM(I5:I6)'],
    })
    expect(readRowTexts(sheet, 7).slice(0, 2)).toEqual(['', 'Tổng cộng'])
    expect(sheet.getCell('F7').value).toMatchObject({ result: 1_500_000 })
    expect(sheet.getCell('F5').numFmt).toBe('#,##0')
    expect(sheet.getCell('B9').value).toBe('Năm 2025')
    expect(sheet.getCell('F9').value).toEqual({
      formula: 'SUMIF($E$5:$E$6,2025,$F$5:$F$6)',
      result: 1_000_000,
    })
    expect(sheet.getCell('F13').value).toEqual({
      formula: 'SUMIF($D$5:$D$6,"Xã hội hoá",$F$5:$F$6)',
      result: 500_000,
    })
  })
})
