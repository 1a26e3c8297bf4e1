// A period's report forms as one XLSX sheet in the shared setup: title, "Kỳ báo cáo: …", the
// plan and scope, a Vietnamese header (field ids in the hidden key row), one row per unit, a
// drop-down where a field takes fixed values, whole-number bounds on counts and a "Tổng cộng"
// row summing each count. Codes stay text so leading zeros survive.
import ExcelJS from 'exceljs'
import { createTabularSheet, type SheetColumn } from '../spreadsheet'
import {
  BOOLEAN_TEXT,
  REPORT_FIGURE_MAX,
  REPORT_WORKBOOK_FIXED,
  REPORT_WORKBOOK_SHEET,
  type ReportWorkbookColumn,
  type ReportWorkbookView,
} from './report-workbook-view'

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const

function cellValue(column: ReportWorkbookColumn, value: unknown): string | number | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'boolean') return value ? BOOLEAN_TEXT.yes : BOOLEAN_TEXT.no
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return JSON.stringify(value)
  if (column.type !== 'enum') return value
  return column.values?.find((option) => option.value === value)?.label ?? value
}

function sheetColumnOf(column: ReportWorkbookColumn): SheetColumn {
  const base = { header: column.label, key: column.id, width: 22 }
  if (column.type === 'number')
    return { ...base, format: 'count', whole: { min: 0, max: REPORT_FIGURE_MAX }, total: 'sum' }
  if (column.type === 'boolean') return { ...base, choices: [BOOLEAN_TEXT.yes, BOOLEAN_TEXT.no] }
  if (column.type === 'enum')
    return { ...base, choices: (column.values ?? []).map((option) => option.label) }
  return base
}

export async function renderReportWorkbook(view: ReportWorkbookView): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  workbook.title = `${view.title} – ${view.periodLabel}`
  const [code, name, status] = REPORT_WORKBOOK_FIXED
  const table = createTabularSheet(workbook, {
    name: REPORT_WORKBOOK_SHEET,
    title: 'BẢNG SỐ LIỆU BÁO CÁO PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC',
    period: `Kỳ báo cáo: ${view.periodLabel}`,
    details: [
      ['Kế hoạch', view.title],
      ['Phạm vi', view.scopeName],
    ],
    note: 'Chỉ sửa các ô số liệu; ô màu xám không thuộc mẫu của đơn vị. Không sửa mã đơn vị.',
    orientation: 'landscape',
    frozenColumns: 2,
    columns: [
      { header: code.header, key: code.key, width: 14, format: 'text' },
      { header: name.header, key: name.key, width: 32 },
      { header: status.header, key: status.key, width: 14 },
      ...view.columns.map(sheetColumnOf),
    ],
  })
  for (const row of view.rows) {
    const added = table.addRow([
      row.unitCode,
      row.unitName,
      row.status,
      ...view.columns.map((column) => cellValue(column, row.values[column.id])),
    ])
    view.columns.forEach((column, i) => {
      if (!row.fields.includes(column.id))
        added.getCell(REPORT_WORKBOOK_FIXED.length + i + 1).fill = GREY
    })
  }
  table.finish()
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
