// Formatting for the progress page: percentages and timestamps.
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
