// What a column of a people's sheet is: its Vietnamese header, an optional machine key (kept in
// the hidden row under the header so an import finds the column whatever its header says), how
// its cells are shown, the fixed set or bound of values it accepts, and whether it totals.
import type ExcelJS from 'exceljs'
import type { SheetOrientation } from './sheet-print'

export type SheetColumnFormat = 'text' | 'count' | 'money' | 'decimal' | 'percent' | 'date'

export type SheetColumn = {
  header: string
  /** Read back by imports from the hidden key row; never shown. */
  key?: string
  width?: number
  format?: SheetColumnFormat
  /** The fixed set of values the cells take: a drop-down list. */
  choices?: readonly string[]
  /** Whole numbers in [min, max] only. */
  whole?: { min: number; max: number }
  /** `sum` adds the column; `count` counts the filled cells (marks). */
  total?: 'sum' | 'count'
}

/** A labelled line above the table ("Đơn vị" | "Xã Đồng Yên"). */
export type SheetDetail = readonly [label: string, value: string]

export type SheetSetup = {
  name: string
  /** The title row, in capitals as on a printed form. */
  title: string
  /** The period row: "Năm 2024", "Kỳ báo cáo: Quý I năm 2024", "Ngày lập: 07/12/2026". */
  period: string
  details?: readonly SheetDetail[]
  /** One line of guidance just above the header. */
  note?: string
  columns: readonly SheetColumn[]
  orientation?: SheetOrientation
  /** Columns kept in view when scrolling right (code and name). */
  frozenColumns?: number
  /** Validations reach this many rows below the last data row, for rows a clerk adds. */
  blankRows?: number
  /** The column (1-based) that says "Tổng cộng"; the first column without a total by default. */
  totalsLabelColumn?: number
}

/** Number formats as Excel stores them; a Vietnamese Excel shows 1.234.567 for money. */
export const COLUMN_FORMATS: Record<SheetColumnFormat, string> = {
  text: '@',
  count: '#,##0',
  money: '#,##0',
  decimal: '#,##0.##',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
}

export function widthOf(column: SheetColumn): number {
  return column.width ?? Math.min(40, Math.max(10, column.header.length + 2))
}

/** The text a total shows for a column's values (the formula's result, for readers). */
export function totalOf(column: SheetColumn, values: readonly ExcelJS.CellValue[]): number {
  if (column.total === 'count')
    return values.filter((value) => value !== null && value !== undefined && value !== '').length
  return values.reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0)
}
