// The estimate table as an XLSX sheet for printing: A4 landscape fitted to the page width,
// the header row repeated on every page, Times New Roman, money as "#.##0" (shown with the
// reader's separators, 1.234.567 in a Vietnamese Excel), totals per year, per source and overall.
import ExcelJS from 'exceljs'
import { ND30_FONT } from '../layout'
import {
  BUDGET_TABLE_HEADERS,
  BUDGET_TABLE_SHEET,
  type BudgetTableTotal,
  type BudgetTableView,
} from './budget-table-view'

const THIN = { style: 'thin' } as const
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN }
const FONT = { name: ND30_FONT, size: 12 }
const WIDTHS = [6, 30, 34, 18, 8, 18, 18, 18, 18]
const MONEY_COLUMNS = [6, 8, 9]

export async function renderBudgetTable(view: BudgetTableView): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  const sheet = workbook.addWorksheet(BUDGET_TABLE_SHEET, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.39, footer: 0.39 },
    },
  })
  WIDTHS.forEach((width, at) => (sheet.getColumn(at + 1).width = width))
  MONEY_COLUMNS.forEach((column) => (sheet.getColumn(column).numFmt = '#,##0'))
  view.headingLines.forEach((line, at) => {
    const row = sheet.addRow([line])
    sheet.mergeCells(row.number, 1, row.number, WIDTHS.length)
    row.font = { ...FONT, size: 13, bold: at === 0 }
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  })
  const header = sheet.addRow([...BUDGET_TABLE_HEADERS])
  style(header, true)
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  sheet.views = [{ state: 'frozen', ySplit: header.number }]
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`
  view.rows.forEach((row, index) => {
    const added = sheet.addRow([
      ...[index + 1, row.unitName, row.lineLabel, row.fundingLabel, row.year],
      ...[row.amount, row.statusLabel, row.approvedAmount, row.spent],
    ])
    style(added, false)
  })
  const totals = (title: string, items: readonly BudgetTableTotal[]) => {
    if (items.length === 0) return
    const titleRow = sheet.addRow([title])
    sheet.mergeCells(titleRow.number, 1, titleRow.number, WIDTHS.length)
    style(titleRow, true)
    items.forEach((item) => addTotal(sheet, item, false))
  }
  totals('Cộng theo năm', view.byYear)
  totals('Cộng theo nguồn kinh phí', view.byFunding)
  addTotal(sheet, view.total, true)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

function addTotal(sheet: ExcelJS.Worksheet, item: BudgetTableTotal, bold: boolean) {
  const row = sheet.addRow([
    '',
    item.label,
    '',
    '',
    '',
    item.estimated,
    '',
    item.approved,
    item.spent,
  ])
  sheet.mergeCells(row.number, 2, row.number, 5)
  style(row, bold)
}

function style(row: ExcelJS.Row, bold: boolean) {
  row.font = { ...FONT, bold }
  row.alignment = { vertical: 'top', wrapText: true }
  row.eachCell({ includeEmpty: true }, (cell) => (cell.border = BORDER))
}
