// The wording NĐ 30/2020 fixes for the number, the place-and-date line and dates in the body.
import { formatDateVi } from '@antq/core'

/** Room left for a number or a day the signer writes by hand. */
const BLANK = '      '

/**
 * "Bắc Quang, ngày 05 tháng 02 năm 2024": NĐ 30 pads days below 10 and months 1–2 with a zero.
 * A partial date ("2024-04", "2024") leaves the missing parts blank, as undated drafts do.
 */
export function formatVietnameseDate(iso: string | null, place: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso ?? '')
  const year = match?.[1] ?? BLANK
  const month = match?.[2] === undefined ? BLANK : padBelow(Number(match[2]), 3)
  const day = match?.[3] === undefined ? BLANK : padBelow(Number(match[3]), 10)
  return `${place}, ngày ${day} tháng ${month} năm ${year}`
}

/** "Số: 12/KH-BCĐ", or "Số:      /KH-BCĐ" while the number is not yet given. */
export function formatDocumentNumber(sequence: number | null, symbol: string): string {
  return `Số: ${sequence === null ? BLANK : String(sequence)}/${symbol}`
}

/** A deadline in the body: "20/04/2024", or "30/03 hằng năm" for an annual mm-dd date. */
export function formatDeadlineDate(date: string): string {
  const annual = /^(\d{2})-(\d{2})$/.exec(date)
  if (annual) return `${annual[2]}/${annual[1]} hằng năm`
  return formatDateVi(date)
}

/** Section numbers of a Kế hoạch: I, II, III, IV… */
export function toRomanNumeral(value: number): string {
  // prettier-ignore
  const numerals: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ]
  let rest = value
  let result = ''
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral
      rest -= amount
    }
  }
  return result
}

function padBelow(value: number, limit: number): string {
  return value < limit ? String(value).padStart(2, '0') : String(value)
}
