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
