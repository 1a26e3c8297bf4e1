// What the report workbook shows: one row per unit, one column per form field, headed in
// Vietnamese; the field ids sit in the hidden key row under the header so an edited workbook
// can be read back whatever the clerk does to the headers.
export type ReportWorkbookColumn = {
  id: string
  label: string
  type: 'number' | 'boolean' | 'string' | 'enum'
  /** The options of an enum field: the cell shows the label, the import takes either. */
  values?: readonly { value: string; label: string }[]
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
  periodLabel: string
  /** The unit whose sub-units the workbook lists. */
  scopeName: string
  columns: readonly ReportWorkbookColumn[]
  rows: readonly ReportWorkbookRow[]
}

/** Fixed leading columns (header text, then the machine key in the hidden row). */
export const REPORT_WORKBOOK_FIXED = [
  { key: 'unit_code', header: 'Mã đơn vị' },
  { key: 'unit_name', header: 'Tên đơn vị' },
  { key: 'status', header: 'Trạng thái' },
] as const

export const REPORT_WORKBOOK_SHEET = 'Báo cáo'
export const BOOLEAN_TEXT = { yes: 'Có', no: 'Không' } as const
/** Every number on a report form is a count (core campaign-report-form), bounded as the API. */
export const REPORT_FIGURE_MAX = 2_147_483_647
