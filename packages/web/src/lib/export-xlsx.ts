// Export any table to an XLSX workbook in the browser, in the sheet setup every ANTQ workbook
// shares (@antq/documents/spreadsheet: title and period rows, the plan and scope, a frozen
// Vietnamese header repeated on each printed A4 page with NĐ 30 margins, a "Tổng cộng" row
// where a column sums): dates as real dates shown dd/mm/yyyy, numbers and percentages as
// numbers (so Excel can sum and sort them). The workbook library loads only when a user exports.
import type { SheetColumn } from '@antq/documents/spreadsheet'

export type ExportCell = string | number | boolean | null | undefined
export type ExportColumn<T> = {
  title: string
  value: (row: T) => ExportCell
  /** `date`: an ISO date (yyyy-mm-dd) or date-time; `percent`: a fraction (0.95 → 95%). */
  type?: 'text' | 'number' | 'percent' | 'date'
  width?: number
  /** The column sums in the "Tổng cộng" row (counts of units, of households…). */
  sum?: boolean
}

/** What the workbook is (its title and file name) and for which plan, scope and period. */
export type ExportSheet = {
  title: string
  period: string
  planTitle?: string
  scopeName?: string
}

const FORMATS = { text: undefined, number: 'decimal', percent: 'percent', date: 'date' } as const

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
function sheetNameOf(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1'
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
  about: ExportSheet,
): Promise<ArrayBuffer> {
  // exceljs ships CommonJS; the bundler hands it over as the default export.
  const [{ default: ExcelJS }, { createTabularSheet }] = await Promise.all([
    import('exceljs'),
    import('@antq/documents/spreadsheet'),
  ])
  const workbook = new ExcelJS.Workbook()
  workbook.created = new Date()
  workbook.title = about.title
  const details: [string, string][] = []
  if (about.planTitle) details.push(['Kế hoạch', about.planTitle])
  if (about.scopeName) details.push(['Phạm vi', about.scopeName])
  const table = createTabularSheet(workbook, {
    name: sheetNameOf(about.title),
    title: about.title.toLocaleUpperCase('vi'),
    period: about.period,
    details,
    orientation: columns.length > 5 ? 'landscape' : 'portrait',
    columns: columns.map((column): SheetColumn => ({
      header: column.title,
      width: column.width ?? Math.min(48, Math.max(10, column.title.length + 4)),
      ...(FORMATS[column.type ?? 'text'] ? { format: FORMATS[column.type ?? 'text'] } : {}),
      ...(column.sum ? { total: 'sum' as const } : {}),
    })),
  })
  for (const row of rows)
    table.addRow(columns.map((column) => cellOf(column.type, column.value(row))))
  table.finish()
  return workbook.xlsx.writeBuffer()
}

/** Download the rows as "<title> - <plan> - <scope> - <period>.xlsx". */
export async function exportTableToXlsx<T>(
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
  about: ExportSheet,
): Promise<void> {
  const { nameSpreadsheetFile } = await import('@antq/documents/spreadsheet')
  const bytes = await buildXlsx(columns, rows, about)
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  const name = nameSpreadsheetFile([about.title, about.planTitle, about.scopeName, about.period])
  downloadBlob(new Blob([bytes], { type }), name)
}
