// Numbers of the documents the award workflow issues: `Số: n/TTr-UBND`, `n/QĐ-UBND`,
// `n/BB-HĐTĐKT` (NĐ 30/2020 Phụ lục III codes, legal.md §6.2). Administrative documents count
// from 1 each year per issuer and kind; a number once given is never given again, even when
// the document it was given to is later revoked (the server allocates under a row lock).

export const NUMBERED_KINDS = ['submission', 'decision', 'minutes'] as const
export type NumberedKind = (typeof NUMBERED_KINDS)[number]

/** Type codes of Phụ lục III (legal.md §6.2, confidence H). */
export const NUMBERED_KIND_CODES: Record<NumberedKind, string> = {
  submission: 'TTr',
  decision: 'QĐ',
  minutes: 'BB',
}

export const NUMBERED_KIND_LABELS: Record<NumberedKind, string> = {
  submission: 'Tờ trình',
  decision: 'Quyết định',
  minutes: 'Biên bản',
}

/** An issuer code is the abbreviation after the dash: "UBND", "CAT", "BCĐ", "HĐTĐKT". */
const ISSUER_CODE = /^[A-ZĐ0-9][A-ZĐ0-9&.-]{0,29}$/u

export function isIssuerCode(value: string): boolean {
  return ISSUER_CODE.test(value)
}

/** "QĐ-UBND": the symbol printed after the number. */
export function documentSymbol(kind: NumberedKind, issuerCode: string): string {
  return `${NUMBERED_KIND_CODES[kind]}-${issuerCode}`
}

/** "15/QĐ-UBND". */
export function formatNumberedDocument(
  sequence: number,
  kind: NumberedKind,
  issuerCode: string,
): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`Số văn bản phải là số nguyên dương, nhận ${sequence}`)
  return `${sequence}/${documentSymbol(kind, issuerCode)}`
}

export type ParsedDocumentNumber = { sequence: number; kind: NumberedKind; issuerCode: string }

/** Reads "15/QĐ-UBND" (with or without "Số:") back; undefined when it is not one of ours. */
export function parseNumberedDocument(text: string): ParsedDocumentNumber | undefined {
  const match = /^(?:Số:\s*)?(\d+)\/([^-\s]+)-(\S+)$/u.exec(text.trim())
  if (!match) return undefined
  const kind = NUMBERED_KINDS.find((item) => NUMBERED_KIND_CODES[item] === match[2])
  if (!kind || !match[3] || !isIssuerCode(match[3])) return undefined
  return { sequence: Number(match[1]), kind, issuerCode: match[3] }
}

/** The numbering year of a document dated yyyy-mm-dd (numbers restart on 1 January). */
export function numberingYear(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4))
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new RangeError(`Ngày văn bản không hợp lệ: ${isoDate}`)
  return year
}
