// NĐ 30 sizes the rules under the Tiêu ngữ and the issuer by the text above them. Word has no
// "line as long as the text", so the width is estimated from Times Bold advance widths
// (Adobe AFM, 1/1000 em); diacritics do not change a Vietnamese letter's advance.
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const LOWER = 'abcdefghijklmnopqrstuvwxyz'
// prettier-ignore
const UPPER_WIDTHS = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667]
// prettier-ignore
const LOWER_WIDTHS = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444]
const PUNCTUATION: Record<string, number> = {
  ' ': 250,
  '-': 333,
  '.': 250,
  ',': 250,
  '(': 333,
  ')': 333,
  '/': 278,
}
const DEFAULT_WIDTH = 500

/** Approximate width in twips of one line of bold Times New Roman text. */
export function estimateBoldTextWidth(text: string, sizePt: number): number {
  const base = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  let units = 0
  for (const char of base) units += charWidth(char)
  return Math.round((units / 1000) * sizePt * 20)
}

function charWidth(char: string): number {
  const upper = UPPER.indexOf(char)
  if (upper >= 0) return UPPER_WIDTHS[upper] ?? DEFAULT_WIDTH
  const lower = LOWER.indexOf(char)
  if (lower >= 0) return LOWER_WIDTHS[lower] ?? DEFAULT_WIDTH
  return PUNCTUATION[char] ?? DEFAULT_WIDTH
}

/**
 * Column widths (twips) from weights, each at least as wide as its header's longest word in
 * bold at `sizePt` plus the cell's side padding, so no header breaks inside a word ("ST/T").
 * The room a widened column takes comes from the others in proportion to their spare width.
 */
export function fitColumnWidths(
  headers: readonly string[],
  weights: readonly number[],
  total: number,
  sizePt: number,
  padding: number,
): number[] {
  const minimum = headers.map(
    (header) =>
      Math.max(...header.split(/\s+/).map((word) => estimateBoldTextWidth(word, sizePt))) +
      padding +
      60,
  )
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
  const widths = weights.map((weight, at) =>
    Math.max(minimum[at] ?? 0, Math.floor((weight / weightSum) * total)),
  )
  const excess = widths.reduce((sum, width) => sum + width, 0) - total
  if (excess <= 0) return widths
  const spare = widths.map((width, at) => width - (minimum[at] ?? 0))
  const spareSum = spare.reduce((sum, value) => sum + value, 0)
  return widths.map((width, at) =>
    spareSum === 0 ? width : width - Math.ceil((excess * (spare[at] ?? 0)) / spareSum),
  )
}
