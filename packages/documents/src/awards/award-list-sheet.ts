// The danh sách as an XLSX sheet in the shared setup: "DANH SÁCH" as the title row, the list's
// title (which names the award and year) as the period row, the "(Kèm theo …)" reference as the
// line above the header, the header frozen and repeated when printed, then a row per group
// (I. TẬP THỂ, II. CÁ NHÂN) and one per entry. A4 landscape, Times New Roman like the DOCX.
import type ExcelJS from 'exceljs'
import { createTabularSheet } from '../spreadsheet'
import { SHEET_FONT } from '../spreadsheet/sheet-print'
import { groupAwardEntries, selectListColumns } from './award-list-columns'
import type { AwardEntryView } from './award-views'

export type AwardListSheetOptions = {
  sheetName: string
  title: string
  /** "Kèm theo Tờ trình số …", printed in brackets; null when the list stands alone. */
  reference: string | null
  entries: readonly AwardEntryView[]
}

export function addAwardListSheet(
  workbook: ExcelJS.Workbook,
  options: AwardListSheetOptions,
): ExcelJS.Worksheet {
  const columns = selectListColumns(options.entries)
  const table = createTabularSheet(workbook, {
    name: options.sheetName,
    title: 'DANH SÁCH',
    period: options.title,
    ...(options.reference === null ? {} : { note: `(${options.reference})` }),
    orientation: 'landscape',
    columns: columns.map((column) => ({ header: column.header, width: column.weight * 1.6 })),
  })
  table.sheet.getRow(2).getCell(1).font = { ...SHEET_FONT, bold: true, size: 13 }
  for (const group of groupAwardEntries(options.entries)) {
    const groupRow = table.addRow([`${group.numeral}. ${group.title}`])
    table.sheet.mergeCells(groupRow.number, 1, groupRow.number, columns.length)
    groupRow.font = { ...SHEET_FONT, bold: true }
    group.entries.forEach((entry, index) => {
      const row = table.addRow(columns.map((column) => column.read(entry, index)))
      row.getCell(1).value = index + 1
      row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' }
    })
  }
  table.finish()
  return table.sheet
}

export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
