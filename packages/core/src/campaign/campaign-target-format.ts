// A target's result in one line, the same in the CLI, the dashboard and exports (issue 10 S5):
// a count reads as a count ("13 ≥ 6 · Đạt"), never as a percentage ("1.300%"); a share as
// its fraction and percentage ("5/6 = 83,3% ≥ 80% · Không đạt").
import type { Comparator, Threshold } from '../plans/plan-primitives'

const SYMBOLS: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }
const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })
const percents = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

export type TargetResultLine = {
  numerator: number | null
  denominator: number | null
  value: number | null
  comparator: Comparator
  threshold: Threshold
  statusLabel: string
  /** Units with no figure for the total ("thiếu số liệu"). */
  missingUnits?: number | null
}

/** A count (no denominator) is shown as a number; anything else as a percentage. */
export function isCountResult(row: Pick<TargetResultLine, 'denominator'>): boolean {
  return row.denominator === null
}

/** "12" for a count, "83,3%" for a share; "—" without a value. */
export function formatTargetValue(row: Pick<TargetResultLine, 'denominator' | 'value'>): string {
  if (row.value === null) return '—'
  return isCountResult(row) ? numbers.format(row.value) : `${percents.format(row.value * 100)}%`
}

/** "n đơn vị thiếu số liệu", or null when no unit misses a figure. */
export function missingUnitsNote(missing: number | null | undefined): string | null {
  return missing ? `${numbers.format(missing)} đơn vị thiếu số liệu` : null
}

/**
 * @example describeTargetResult({ numerator: 13, denominator: null, value: 13, comparator: '>=', threshold: 6, statusLabel: 'Đạt' }) // '13 ≥ 6 · Đạt'
 */
export function describeTargetResult(row: TargetResultLine): string {
  const goal = `${SYMBOLS[row.comparator]} ${typeof row.threshold === 'number' ? numbers.format(row.threshold) : row.threshold}`
  const figures =
    isCountResult(row) || row.numerator === null
      ? formatTargetValue(row)
      : `${numbers.format(row.numerator)}/${numbers.format(row.denominator ?? 0)} = ${formatTargetValue(row)}`
  const missing = missingUnitsNote(row.missingUnits)
  return `${figures} ${goal} · ${row.statusLabel}${missing ? ` (${missing})` : ''}`
}
