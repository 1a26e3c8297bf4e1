// Formatting for the progress page: percentages, timestamps and CSV files.
import { messages } from '../../messages/vi'

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 })
const dateTime = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'Asia/Ho_Chi_Minh',
})

export function formatPercent(value: number | null): string {
  return value === null ? messages.app.empty : percent.format(value)
}

/** "22/11/2026 08:30" in Vietnam time. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return messages.app.empty
  const parts = Object.fromEntries(
    dateTime.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Download rows as a UTF-8 CSV with a BOM (so Excel reads the Vietnamese correctly). */
export function downloadCsv(name: string, rows: (string | number | null)[][]): void {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n')
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name.endsWith('.csv') ? name : `${name}.csv`
  document.body.append(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}
