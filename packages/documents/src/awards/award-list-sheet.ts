// The danh sách as an XLSX sheet: title lines merged across the columns, a header row frozen
// and repeated when printed, a row per group (I. TẬP THỂ, II. CÁ NHÂN) and one per entry.
// Printed A4 landscape, fitted to the page width, in Times New Roman like the DOCX.
import type ExcelJS from 'exceljs'
import { ND30_FONT } from '../layout'
import { groupAwardEntries, selectListColumns } from './award-list-columns'
import type { AwardEntryView } from './award-views'

export type AwardListSheetOptions = {
  sheetName: string
  /** Lines above the table: "DANH SÁCH", the title, the "(Kèm theo …)" reference. */
  headingLines: readonly string[]
  entries: readonly AwardEntryView[]
}

const THIN = { style: 'thin' } as const
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN }
const FONT = { name: ND30_FONT, size: 12 }

export function addAwardListSheet(
  workbook: ExcelJS.Workbook,
  options: AwardListSheetOptions,
): ExcelJS.Worksheet {
  const columns = selectListColumns(options.entries)
  const sheet = workbook.addWorksheet(options.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.39, footer: 0.39 },
    },
  })
  columns.forEach((column, at) => (sheet.getColumn(at + 1).width = column.weight * 1.6))
  options.headingLines.forEach((line, at) => {
    const row = sheet.addRow([line])
    sheet.mergeCells(row.number, 1, row.number, columns.length)
    row.font = { ...FONT, size: 13, bold: at < 2, italic: at >= 2 }
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  })
  const header = sheet.addRow(columns.map((column) => column.header))
  styleRow(header, { bold: true, center: true })
  sheet.views = [{ state: 'frozen', ySplit: header.number }]
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`
  for (const group of groupAwardEntries(options.entries)) {
    const groupRow = sheet.addRow([`${group.numeral}. ${group.title}`])
    sheet.mergeCells(groupRow.number, 1, groupRow.number, columns.length)
    styleRow(groupRow, { bold: true, center: false })
    group.entries.forEach((entry, index) => {
      const row = sheet.addRow(columns.map((column) => column.read(entry, index)))
      row.getCell(1).value = index + 1
      styleRow(row, { bold: false, center: false })
      row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' }
    })
  }
  return sheet
}

function styleRow(row: ExcelJS.Row, style: { bold: boolean; center: boolean }) {
  row.font = { ...FONT, bold: style.bold }
  row.alignment = {
    horizontal: style.center ? 'center' : 'left',
    vertical: style.center ? 'middle' : 'top',
    wrapText: true,
  }
  row.eachCell({ includeEmpty: true }, (cell) => (cell.border = BORDER))
}

export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
