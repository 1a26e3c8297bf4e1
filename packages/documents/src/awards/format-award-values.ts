// Numbers as Vietnamese documents print them: dots between thousands, a decimal comma, and
// counts below ten padded with a zero ("02 tập thể").
import type { AwardEntryView } from './award-views'

/** 1234567 → "1.234.567"; 88.888 → "88,89" (two decimals at most, trailing zeros dropped). */
export function formatNumberVi(value: number, maxDecimals = 2): string {
  const negative = value < 0
  const fixed = Math.abs(value).toFixed(maxDecimals)
  const [whole = '0', fraction = ''] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const decimals = fraction.replace(/0+$/, '')
  return `${negative ? '-' : ''}${grouped}${decimals === '' ? '' : `,${decimals}`}`
}

/** part of whole as "88,89%"; "0%" when whole is zero. */
export function formatPercentVi(part: number, whole: number): string {
  return `${formatNumberVi(whole === 0 ? 0 : (part * 100) / whole)}%`
}

/** A count in running text: "02", "12", "1.000". */
export function formatCountVi(value: number): string {
  return value >= 0 && value < 10 ? `0${value}` : formatNumberVi(value, 0)
}

/** "14 giờ 00" from "14:00" or an ISO date-time "2025-11-18T14:00". */
export function formatClockVi(value: string): string {
  const match = /(\d{1,2}):(\d{2})/.exec(value)
  if (!match) return value
  return `${Number(match[1])} giờ ${match[2]}`
}

export type AwardEntryCounts = {
  collectives: number
  individuals: number
  /** In the order each form first appears. */
  byForm: { awardForm: string; collectives: number; individuals: number }[]
}

/** Counts of collectives and individuals, in total and per award form. */
export function countAwardEntries(entries: readonly AwardEntryView[]): AwardEntryCounts {
  const byForm = new Map<string, { awardForm: string; collectives: number; individuals: number }>()
  let collectives = 0
  for (const entry of entries) {
    const row = byForm.get(entry.awardForm) ?? {
      awardForm: entry.awardForm,
      collectives: 0,
      individuals: 0,
    }
    if (entry.subjectKind === 'collective') {
      row.collectives += 1
      collectives += 1
    } else row.individuals += 1
    byForm.set(entry.awardForm, row)
  }
  return { collectives, individuals: entries.length - collectives, byForm: [...byForm.values()] }
}

/** "03 tập thể và 05 cá nhân", leaving out a group with none. */
export function describeEntryCounts(counts: { collectives: number; individuals: number }): string {
  const parts = [
    ...(counts.collectives > 0 ? [`${formatCountVi(counts.collectives)} tập thể`] : []),
    ...(counts.individuals > 0 ? [`${formatCountVi(counts.individuals)} cá nhân`] : []),
  ]
  return parts.length === 0 ? 'không có tập thể, cá nhân nào' : parts.join(' và ')
}

/** "Quyết định số 123/QĐ-UBND ngày 20/11/2025" style reference, blanks kept for the clerk. */
export function formatDocumentReference(
  typeName: string,
  sequence: number | null,
  symbol: string,
  date: string | null,
): string {
  const number = `${sequence === null ? '      ' : String(sequence)}/${symbol}`
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '')
  const day = match ? `${match[3]}/${match[2]}/${match[1]}` : '    /    /      '
  return `${typeName} số ${number} ngày ${day}`
}
