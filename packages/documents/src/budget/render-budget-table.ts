// The estimate table as an XLSX sheet in the shared setup (A4 landscape, one page wide, the
// header repeated, NĐ 30 margins, Times New Roman): money as "#.##0" (1.234.567 in a Vietnamese
// Excel), a "Tổng cộng" row of SUM formulas under the rows, then the totals per year and per
// source as SUMIF formulas over the same rows, so a figure changed in Excel moves every total.
import ExcelJS from 'exceljs'
import { createTabularSheet, type SheetColumn } from '../spreadsheet'
import { SHEET_FONT } from '../spreadsheet/sheet-print'
import {
  BUDGET_TABLE_HEADERS,
  BUDGET_TABLE_SHEET,
  type BudgetTableTotal,
  type BudgetTableView,
} from './budget-table-view'

const WIDTHS = [6, 30, 34, 18, 8, 18, 18, 18, 18]
/** Estimated, approved, spent: the money columns (1-based), each summed. */
const MONEY = { estimated: 6, approved: 8, spent: 9 } as const
const YEAR_COLUMN = 5
const FUNDING_COLUMN = 4
const THIN = { style: 'thin' } as const
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN }

export async function renderBudgetTable(view: BudgetTableView): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  const [title, planTitle, period] = view.headingLines
  const money = new Set<number>(Object.values(MONEY))
  const columns: SheetColumn[] = BUDGET_TABLE_HEADERS.map((header, at) => ({
    header,
    width: WIDTHS[at] ?? 14,
    ...(money.has(at + 1) ? { format: 'money' as const, total: 'sum' as const } : {}),
  }))
  const table = createTabularSheet(workbook, {
    name: BUDGET_TABLE_SHEET,
    title: title ?? 'BẢNG TỔNG HỢP DỰ TOÁN KINH PHÍ',
    period: period ?? '',
    details: planTitle === undefined ? [] : [['Kế hoạch', planTitle]],
    orientation: 'landscape',
    totalsLabelColumn: 2,
    columns,
  })
  view.rows.forEach((row, index) =>
    table.addRow([
      ...[index + 1, row.unitName, row.lineLabel, row.fundingLabel, row.year],
      ...[row.amount, row.statusLabel, row.approvedAmount, row.spent],
    ]),
  )
  const last = table.firstDataRow + view.rows.length - 1
  table.finish()
  if (view.rows.length === 0) return new Uint8Array(await workbook.xlsx.writeBuffer())
  const range = (column: number) => {
    const letter = table.sheet.getColumn(column).letter
    return `$${letter}$${table.firstDataRow}:$${letter}$${last}`
  }
  const breakdown = (heading: string, items: readonly BudgetTableTotal[], by: number) => {
    if (items.length === 0) return
    const headingRow = table.sheet.addRow([heading])
    table.sheet.mergeCells(headingRow.number, 1, headingRow.number, WIDTHS.length)
    styleRow(headingRow, true)
    for (const item of items) {
      const row = table.sheet.addRow(['', item.label])
      table.sheet.mergeCells(row.number, 2, row.number, 5)
      const criterion = by === YEAR_COLUMN ? item.label.replace(/\D/g, '') : `"${item.label}"`
      for (const [key, column] of Object.entries(MONEY))
        row.getCell(column).value = {
          formula: `SUMIF(${range(by)},${criterion},${range(column)})`,
          result: item[key as keyof typeof MONEY],
        }
      styleRow(row, false)
    }
  }
  breakdown('Cộng theo năm', view.byYear, YEAR_COLUMN)
  breakdown('Cộng theo nguồn kinh phí', view.byFunding, FUNDING_COLUMN)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

function styleRow(row: ExcelJS.Row, bold: boolean) {
  row.font = { ...SHEET_FONT, bold }
  row.alignment = { vertical: 'top', wrapText: true }
  for (let c = 1; c <= WIDTHS.length; c++) row.getCell(c).border = BORDER
}
