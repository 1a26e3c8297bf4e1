// The name a downloaded workbook carries: what it is, then the plan, the scope and the period,
// in Vietnamese ("Báo cáo - Kế hoạch 03 - Huyện Yên Sơn - Quý I năm 2024.xlsx"). Characters
// Windows refuses in a file name are dropped; the server sends it as RFC 5987 filename*.
// eslint-disable-next-line no-control-regex -- control characters are no part of a file name.
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g
/** A long part (a target's label, a plan's title) is cut so every part still shows. */
const MAX_PART = 80

function cut(part: string): string {
  if (part.length <= MAX_PART) return part
  const head = part.slice(0, MAX_PART - 1)
  const space = head.lastIndexOf(' ')
  return `${(space > MAX_PART / 2 ? head.slice(0, space) : head).trimEnd()}…`
}

export function nameSpreadsheetFile(parts: readonly (string | null | undefined)[]): string {
  const base = parts
    .map((part) => (part ?? '').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .map(cut)
    .join(' - ')
  return `${base.replace(/[. ]+$/, '') || 'ANTQ'}.xlsx`
}
