// Page, font and size constants of NĐ 30/2020/NĐ-CP (Phụ lục I), in the units docx writes.

/** Vietnamese templates count 1 cm = 567 twips, so 15 mm is the 851 Word shows as 1.5 cm. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * 56.7)
}

/** docx sizes runs in half-points. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2)
}

/** docx spaces paragraphs in twentieths of a point. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20)
}

/** A4 portrait as Word writes it (210 × 297 mm). */
export const A4_PAGE = { width: 11906, height: 16838 } as const

/** The lower end of each NĐ 30 range: top/bottom 20–25, left 30–35, right 15–20 mm. */
export const ND30_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const

export const ND30_MARGINS = {
  top: mmToTwips(ND30_MARGINS_MM.top),
  bottom: mmToTwips(ND30_MARGINS_MM.bottom),
  left: mmToTwips(ND30_MARGINS_MM.left),
  right: mmToTwips(ND30_MARGINS_MM.right),
  /** The page number sits in the top margin, 10 mm from the edge. */
  header: mmToTwips(10),
  footer: mmToTwips(10),
} as const

/** Width between the margins, where the header and signing tables live. */
export const TEXT_WIDTH = A4_PAGE.width - ND30_MARGINS.left - ND30_MARGINS.right

export const ND30_FONT = 'Times New Roman'

/** Sizes in points, each inside its NĐ 30 range. */
export const ND30_SIZES = {
  body: 14,
  pageNumber: 14,
  nationalTitle: 12,
  motto: 13,
  issuer: 13,
  number: 13,
  placeDate: 14,
  documentType: 14,
  summary: 14,
  recipientsLabel: 12,
  recipients: 11,
  signer: 14,
} as const

/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT = 720

/** NĐ 30 asks for at least 6 pt between paragraphs and single to 1.5 line spacing. */
export const BODY_SPACING = { before: ptToTwips(6), after: 0, line: 288 } as const

/** Stacked Vietnamese capitals (Ở, Ệ) touch the line above at single spacing. */
export const BLOCK_LINE = 264
