// The name a downloaded workbook carries: what it is, then the plan, the scope and the period,
// in Vietnamese ("Báo cáo - Kế hoạch 03 - Huyện Yên Sơn - Quý I năm 2024.xlsx"). Characters
// Windows refuses in a file name are dropped; the server sends it as RFC 5987 filename*.
// eslint-disable-next-line no-control-regex -- control characters are no part of a file name.
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g
const MAX_LENGTH = 150

export function nameSpreadsheetFile(parts: readonly (string | null | undefined)[]): string {
  const base = parts
    .map((part) => (part ?? '').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' - ')
  const cut = base.length > MAX_LENGTH ? base.slice(0, MAX_LENGTH).trimEnd() : base
  return `${cut.replace(/[. ]+$/, '') || 'ANTQ'}.xlsx`
}
