// What the report workbook shows: one row per unit, one column per form field. The second
// header row carries the field ids so an edited workbook can be read back.
export type ReportWorkbookColumn = {
  id: string
  label: string
  type: 'number' | 'boolean' | 'string' | 'enum'
}

export type ReportWorkbookRow = {
  unitCode: string
  unitName: string
  status: string
  /** The fields of this unit's form; other columns stay blank and grey. */
  fields: readonly string[]
  values: Readonly<Record<string, unknown>>
}

export type ReportWorkbookView = {
  title: string
  periodId: string
  periodLabel: string
  columns: readonly ReportWorkbookColumn[]
  rows: readonly ReportWorkbookRow[]
}

/** Fixed leading columns (header text, then the machine key on the second row). */
export const REPORT_WORKBOOK_FIXED = [
  { key: 'unit_code', header: 'Mã đơn vị' },
  { key: 'unit_name', header: 'Tên đơn vị' },
  { key: 'status', header: 'Trạng thái' },
] as const

export const REPORT_WORKBOOK_SHEET = 'Báo cáo'
export const BOOLEAN_TEXT = { yes: 'Có', no: 'Không' } as const
