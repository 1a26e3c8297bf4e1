// The one setup every table ANTQ gives out as XLSX shares: a title row and a period row merged
// across the table, optional labelled details and a guidance line, a bold Vietnamese header row
// (machine keys, when an import needs them, in a hidden row under it), the header frozen and
// repeated on every printed page, A4 one page wide with NĐ 30 margins, drop-down lists and
// bounds where a cell takes fixed values, and a "Tổng cộng" row of formulas where a column sums.
import type ExcelJS from 'exceljs'
import { COLUMN_FORMATS, totalOf, widthOf, type SheetSetup } from './sheet-columns'
import { numberPages, printSetupOf, SHEET_FONT } from './sheet-print'
import { addChoiceValidation, addWholeValidation } from './sheet-validation'

export const TOTALS_LABEL = 'Tổng cộng'
const THIN = { style: 'thin' } as const
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN }
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const

export type TabularSheet = {
  sheet: ExcelJS.Worksheet
  headerRow: number
  keyRow: number | undefined
  firstDataRow: number
  addRow(values: readonly ExcelJS.CellValue[]): ExcelJS.Row
  /** Borders, validations, totals; returns the totals row when the table has one. */
  finish(): { totalsRow: number | undefined }
}

function addLine(
  sheet: ExcelJS.Worksheet,
  width: number,
  text: string,
  font: Partial<ExcelJS.Font>,
) {
  const row = sheet.addRow([text])
  if (width > 1) sheet.mergeCells(row.number, 1, row.number, width)
  row.getCell(1).font = { ...SHEET_FONT, ...font }
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  return row
}

export function createTabularSheet(workbook: ExcelJS.Workbook, setup: SheetSetup): TabularSheet {
  const { columns } = setup
  const width = columns.length
  const sheet = workbook.addWorksheet(setup.name)
  // Totals are formulas: Excel recomputes them on opening, after a clerk's edits too.
  workbook.calcProperties.fullCalcOnLoad = true
  columns.forEach((column, at) => {
    const excel = sheet.getColumn(at + 1)
    excel.width = widthOf(column)
    if (column.format) excel.numFmt = COLUMN_FORMATS[column.format]
  })
  addLine(sheet, width, setup.title, { bold: true, size: 13 }).height = 36
  addLine(sheet, width, setup.period, { italic: true })
  for (const [label, value] of setup.details ?? []) {
    const row = sheet.addRow([label, value])
    if (width > 2) sheet.mergeCells(row.number, 2, row.number, width)
    row.getCell(1).font = { ...SHEET_FONT, bold: true }
    row.getCell(2).font = SHEET_FONT
    row.getCell(2).numFmt = '@'
  }
  if (setup.note !== undefined) {
    const row = addLine(sheet, width, setup.note, { italic: true, size: 10 })
    row.getCell(1).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true }
    row.height = 30
  }
  const header = sheet.addRow(columns.map((column) => column.header))
  header.height = Math.min(
    120,
    18 * Math.max(...columns.map((c) => lineCount(c.header, widthOf(c)))),
  )
  header.eachCell((cell) => {
    cell.font = { ...SHEET_FONT, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.fill = HEADER_FILL
  })
  const keyed = columns.some((column) => column.key !== undefined)
  const keyRow = keyed ? sheet.addRow(columns.map((column) => column.key ?? null)) : undefined
  if (keyRow) keyRow.hidden = true
  const firstDataRow = (keyRow ?? header).number + 1
  sheet.views = [{ state: 'frozen', xSplit: setup.frozenColumns ?? 0, ySplit: firstDataRow - 1 }]
  Object.assign(sheet.pageSetup, printSetupOf(setup.orientation ?? 'portrait', header.number))
  numberPages(sheet)

  const addRow = (values: readonly ExcelJS.CellValue[]) => {
    const row = sheet.addRow([...values])
    row.font = SHEET_FONT
    row.alignment = { vertical: 'top', wrapText: true }
    return row
  }

  const finish = () => {
    const lastData = Math.max(sheet.rowCount, firstDataRow - 1)
    for (let r = header.number; r <= lastData; r++) {
      if (r === keyRow?.number) continue
      for (let c = 1; c <= width; c++) sheet.getRow(r).getCell(c).border = BORDER
    }
    const lastValidated = Math.max(lastData, firstDataRow + (setup.blankRows ?? 0) - 1)
    columns.forEach((column, at) => {
      if (lastValidated < firstDataRow) return
      const letter = sheet.getColumn(at + 1).letter
      const range = `${letter}${firstDataRow}:${letter}${lastValidated}`
      if (column.choices) addChoiceValidation(sheet, range, column.choices)
      if (column.whole) addWholeValidation(sheet, range, column.whole)
    })
    if (lastData < firstDataRow || !columns.some((column) => column.total))
      return { totalsRow: undefined }
    const labelAt =
      setup.totalsLabelColumn !== undefined
        ? setup.totalsLabelColumn - 1
        : Math.max(
            0,
            columns.findIndex((column) => !column.total),
          )
    const totals = sheet.addRow([])
    totals.getCell(labelAt + 1).value = TOTALS_LABEL
    columns.forEach((column, at) => {
      if (!column.total) return
      const letter = sheet.getColumn(at + 1).letter
      const values = sheet.getColumn(at + 1).values.slice(firstDataRow, lastData + 1)
      const formula = `${column.total === 'sum' ? 'SUM' : 'COUNTA'}(${letter}${firstDataRow}:${letter}${lastData})`
      totals.getCell(at + 1).value = { formula, result: totalOf(column, values) }
    })
    totals.font = { ...SHEET_FONT, bold: true }
    for (let c = 1; c <= width; c++) totals.getCell(c).border = BORDER
    return { totalsRow: totals.number }
  }
  return { sheet, headerRow: header.number, keyRow: keyRow?.number, firstDataRow, addRow, finish }
}

/** Lines a wrapped header takes in a column of `width` characters. */
function lineCount(text: string, width: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, width - 1)))
}
