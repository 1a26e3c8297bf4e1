// Blocks the award documents add to the shared NĐ 30 layout: the header in any orientation,
// "Kính gửi", "Điều n." articles, the attached-list heading and the end mark "./.".
import { AlignmentType, Paragraph, type Table } from 'docx'
import {
  BODY_SPACING,
  FIRST_LINE_INDENT,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  ND30_SIZES,
  createCenteredLine,
  createHeaderBlock,
  createLayoutTable,
  createRule,
  createRun,
  estimateBoldTextWidth,
  type RunStyle,
} from '../layout'
import { type PageOrientationName, textWidthOf } from './award-document'
import type { AwardHeaderView, AwardTypeCode } from './award-views'

/** The NĐ 30 header with "Số: n/<code>-<issuer>" and the place and date (portrait). */
export function createAwardHeader(header: AwardHeaderView, typeCode: AwardTypeCode): Table {
  return createHeaderBlock({
    superiorBody: header.superiorBody,
    issuerName: header.issuerName,
    number: { sequence: header.sequence, symbol: `${typeCode}-${header.issuerCode}` },
    place: header.place,
    date: header.date,
  })
}

/** Issuer and Quốc hiệu only, as an attached list prints them, across any page width. */
export function createBodiesHeader(
  superiorBody: string | null,
  issuerName: string,
  orientation: PageOrientationName,
): Table {
  const width = textWidthOf(orientation)
  const left = Math.round(width * 0.38)
  const issuer = issuerName.toLocaleUpperCase('vi')
  const issuerRule = Math.max(567, Math.round(estimateBoldTextWidth(issuer, 13) * 0.4))
  const bodies = [
    ...(superiorBody === null
      ? []
      : [createCenteredLine(superiorBody.toLocaleUpperCase('vi'), { size: ND30_SIZES.issuer })]),
    createCenteredLine(issuer, { size: ND30_SIZES.issuer, bold: true }),
    createRule(Math.min(issuerRule, left), left),
  ]
  const nation = [
    createCenteredLine(NATIONAL_TITLE, { size: ND30_SIZES.nationalTitle, bold: true }),
    createCenteredLine(NATIONAL_MOTTO, { size: ND30_SIZES.motto, bold: true }),
    createRule(estimateBoldTextWidth(NATIONAL_MOTTO, ND30_SIZES.motto), width - left),
  ]
  return createLayoutTable([left, width - left], [[bodies, nation]])
}

/** "Kính gửi: …" centred for one addressee; a dash list under the label for several. */
export function createAddressee(addressees: readonly string[]): Paragraph[] {
  if (addressees.length === 1)
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 120 },
        children: [createRun('Kính gửi: '), createRun(addressees[0] ?? '')],
      }),
    ]
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { left: 2268 },
      spacing: { before: 120, after: 0 },
      children: [createRun('Kính gửi:')],
    }),
    ...addressees.map(
      (addressee) =>
        new Paragraph({
          indent: { left: 3402 },
          spacing: { before: 0, after: 0 },
          children: [createRun(`- ${addressee};`)],
        }),
    ),
  ]
}

/** A justified body paragraph of several runs, e.g. a bold "Điều 1." then plain text. */
export function createRunsParagraph(
  parts: readonly { text: string; style?: RunStyle }[],
  keepNext = false,
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    keepNext,
    children: parts.map((part) => createRun(part.text, part.style)),
  })
}

/** "Điều 1. …": the article number in bold, the rest plain. */
export function createArticle(number: number, text: string): Paragraph {
  return createRunsParagraph([{ text: `Điều ${number}. `, style: { bold: true } }, { text }])
}

/** DANH SÁCH, its title and the italic "(Kèm theo …)" line under it. */
export function createListTitle(title: string, reference: string | null): Paragraph[] {
  return [
    createCenteredLine('DANH SÁCH', { size: ND30_SIZES.documentType, bold: true }, 18),
    createCenteredLine(title, { size: ND30_SIZES.summary, bold: true }),
    ...(reference === null ? [] : [createCenteredLine(`(${reference})`, { italics: true })]),
    createCenteredLine('', { size: 6 }, 6),
  ]
}

/** NĐ 30 closes the body with "./.". */
export function withEndMark(text: string): string {
  const trimmed = text.trim()
  if (trimmed.endsWith('./.')) return trimmed
  return `${trimmed.replace(/[.;,]+$/, '')}./.`
}
