// Export any table to an XLSX workbook in the browser: Vietnamese headers, dates as real dates
// shown dd/mm/yyyy, numbers and percentages as numbers (so Excel can sum and sort them). The
// workbook library is loaded only when a user exports.

export type ExportCell = string | number | boolean | null | undefined
export type ExportColumn<T> = {
  title: string
  value: (row: T) => ExportCell
  /** `date`: an ISO date (yyyy-mm-dd) or date-time; `percent`: a fraction (0.95 → 95%). */
  type?: 'text' | 'number' | 'percent' | 'date'
  width?: number
}

const FORMATS = { number: '#,##0.##', percent: '0.0%', date: 'dd/mm/yyyy' } as const

function toDate(value: string): Date | string {
  // A calendar date is kept as that day (UTC midnight), never shifted by the time zone.
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return value
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

function cellOf(type: ExportColumn<unknown>['type'], value: ExportCell) {
  if (value === null || value === undefined || value === '') return null
  if (type === 'date') return typeof value === 'string' ? toDate(value) : value
  if ((type === 'number' || type === 'percent') && typeof value !== 'number') {
    const number = Number(value)
    return Number.isFinite(number) ? number : value
  }
  return value
}

/** The name Excel accepts for a sheet: at most 31 characters, none of : \ / ? * [ ]. */
function sheetNameOf(fileName: string): string {
  return fileName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1'
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Build the workbook bytes (exported for tests and for callers that send the file elsewhere). */
export async function buildXlsx<T>(
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
  sheetName: string,
): Promise<ArrayBuffer> {
  // exceljs ships CommonJS; the bundler hands it over as the default export.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(sheetNameOf(sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.columns = columns.map((column, index) => ({
    key: String(index),
    header: column.title,
    width: column.width ?? Math.min(48, Math.max(10, column.title.length + 4)),
    style: column.type && column.type !== 'text' ? { numFmt: FORMATS[column.type] } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows)
    sheet.addRow(columns.map((column) => cellOf(column.type, column.value(row))))
  if (rows.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  return workbook.xlsx.writeBuffer()
}

/** Download the rows as `fileName.xlsx`, one sheet, the header row frozen and filterable. */
export async function exportTableToXlsx<T>(
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
  fileName: string,
): Promise<void> {
  const base = fileName.replace(/\.xlsx$/i, '')
  const bytes = await buildXlsx(columns, rows, base)
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  downloadBlob(new Blob([bytes], { type }), `${base}.xlsx`)
}
