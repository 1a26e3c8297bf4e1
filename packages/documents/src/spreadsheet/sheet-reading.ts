// Reading back a sheet written by createTabularSheet (or an older ANTQ layout): the header row
// found by its texts under the title and period rows, the hidden key row under it, the
// labelled details above it, and the "Tổng cộng" row, which is no data.
import type ExcelJS from 'exceljs'
import { TOTALS_LABEL } from './tabular-sheet'

/** How far down the header may sit (title, period, details, note). */
const HEADER_SEARCH_ROWS = 20

/** A cell's text as the clerk sees it: rich text joined, a formula's result, a link's text. */
export function readCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('text' in value) return String(value.text)
  if ('result' in value) {
    const result = value.result
    if (result instanceof Date) return result.toISOString().slice(0, 10)
    return result === null || result === undefined || typeof result === 'object'
      ? ''
      : String(result)
  }
  return ''
}

/** The trimmed texts of a row, at least `width` cells long. */
export function readRowTexts(sheet: ExcelJS.Worksheet, row: number, width = 0): string[] {
  const excel = sheet.getRow(row)
  return Array.from({ length: Math.max(excel.cellCount, width) }, (_, i) =>
    readCellText(excel.getCell(i + 1).value).trim(),
  )
}

/** The first row (within the top rows) whose texts the caller recognises as its header. */
export function findHeaderRow(
  sheet: ExcelJS.Worksheet,
  isHeader: (texts: string[]) => boolean,
): number | undefined {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS)
  for (let r = 1; r <= last; r++) if (isHeader(readRowTexts(sheet, r))) return r
  return undefined
}

/** The machine keys of the (hidden) row under the header; the caller checks the keys it knows,
 * so a clerk who unhid the row still imports. */
export function readKeyRow(sheet: ExcelJS.Worksheet, headerRow: number): string[] {
  return readRowTexts(sheet, headerRow + 1)
}

/** The value beside a label above the header ("Đơn vị" → "Xã Đồng Yên") and its row. */
export function readSheetDetail(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  label: string,
): { row: number; value: string } | undefined {
  for (let r = 1; r < headerRow; r++) {
    const [first, second] = readRowTexts(sheet, r, 2)
    if (first === label) return { row: r, value: second ?? '' }
  }
  return undefined
}

export function isTotalsRow(texts: readonly string[]): boolean {
  return texts.some((text) => text === TOTALS_LABEL)
}
