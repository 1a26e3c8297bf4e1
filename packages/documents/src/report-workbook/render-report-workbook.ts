// A period's report forms as one XLSX sheet: header in Vietnamese (row 1), field ids (row 2,
// hidden), then one row per unit. Codes stay text so leading zeros survive.
import ExcelJS from 'exceljs'
import {
  BOOLEAN_TEXT,
  REPORT_WORKBOOK_FIXED,
  REPORT_WORKBOOK_SHEET,
  type ReportWorkbookView,
} from './report-workbook-view'

function cellValue(value: unknown): string | number | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'boolean') return value ? BOOLEAN_TEXT.yes : BOOLEAN_TEXT.no
  if (typeof value === 'number') return value
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export async function renderReportWorkbook(view: ReportWorkbookView): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  workbook.title = `${view.title} – ${view.periodLabel}`
  const sheet = workbook.addWorksheet(REPORT_WORKBOOK_SHEET)
  sheet.addRow([
    ...REPORT_WORKBOOK_FIXED.map((column) => column.header),
    ...view.columns.map((column) => column.label),
  ])
  sheet.addRow([
    ...REPORT_WORKBOOK_FIXED.map((column) => column.key),
    ...view.columns.map((column) => column.id),
  ])
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' }
  sheet.getRow(2).hidden = true
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }]
  sheet.getColumn(1).numFmt = '@'
  sheet.getColumn(1).width = 14
  sheet.getColumn(2).width = 32
  sheet.getColumn(3).width = 14
  view.columns.forEach((_, i) => (sheet.getColumn(REPORT_WORKBOOK_FIXED.length + i + 1).width = 22))
  for (const row of view.rows) {
    const added = sheet.addRow([
      row.unitCode,
      row.unitName,
      row.status,
      ...view.columns.map((column) => cellValue(row.values[column.id])),
    ])
    view.columns.forEach((column, i) => {
      if (row.fields.includes(column.id)) return
      added.getCell(REPORT_WORKBOOK_FIXED.length + i + 1).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFD9D9D9' },
      }
    })
  }
  const about = workbook.addWorksheet('Thông tin')
  about.addRow(['Kế hoạch', view.title])
  about.addRow(['Kỳ báo cáo', view.periodLabel])
  about.addRow(['Mã kỳ', view.periodId])
  about.addRow(['Hướng dẫn', 'Chỉ sửa các ô số liệu; ô màu xám không thuộc mẫu của đơn vị.'])
  about.getColumn(1).width = 14
  about.getColumn(2).width = 60
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
