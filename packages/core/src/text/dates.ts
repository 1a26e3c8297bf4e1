// Dates travel as ISO strings (yyyy-mm-dd); people read dd/mm/yyyy.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/** Format an ISO date or Date as dd/mm/yyyy (Vietnamese convention). */
export function formatDateVi(value: string | Date): string {
  const iso = typeof value === 'string' ? value : value.toISOString()
  const match = ISO_DATE.exec(iso)
  if (!match) return iso
  return `${match[3]}/${match[2]}/${match[1]}`
}

/** Format an ISO timestamp as dd/mm/yyyy HH:mm in Vietnam time (UTC+7). */
export function formatDateTimeVi(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value
  const local = new Date(date.getTime() + 7 * 3600_000)
  const hh = String(local.getUTCHours()).padStart(2, '0')
  const mm = String(local.getUTCMinutes()).padStart(2, '0')
  return `${formatDateVi(local)} ${hh}:${mm}`
}

/** Parse dd/mm/yyyy (or ISO) to an ISO date string; undefined when not a real date. */
export function parseDateVi(text: string): string | undefined {
  const trimmed = text.trim()
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed)
  const iso = vi ? `${vi[3]}-${vi[2]?.padStart(2, '0')}-${vi[1]?.padStart(2, '0')}` : trimmed
  const match = ISO_DATE.exec(iso)
  if (!match) return undefined
  const date = new Date(`${match[0]}T00:00:00Z`)
  // Month 13 or day 45 give an Invalid Date, whose toISOString() throws.
  if (Number.isNaN(date.getTime())) return undefined
  return date.toISOString().slice(0, 10) === match[0] ? match[0] : undefined
}
