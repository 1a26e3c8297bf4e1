// Paragraph builders for NĐ 30 bodies: justified text with a first-line indent, numbered
// headings (I., 1., a)), dash items, centred lines and the short drawn rules.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx'
import {
  BLOCK_LINE,
  BODY_SPACING,
  FIRST_LINE_INDENT,
  ND30_SIZES,
  ptToHalfPoints,
  ptToTwips,
} from './page-setup'

const RULE_SIZE = 2

export type RunStyle = { size?: number; bold?: boolean; italics?: boolean }

export function createRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    size: ptToHalfPoints(style.size ?? ND30_SIZES.body),
    bold: style.bold ?? false,
    italics: style.italics ?? false,
  })
}

/** A centred line with no extra spacing, for header, title and signing blocks. */
export function createCenteredLine(
  text: string,
  style: RunStyle = {},
  spaceBeforePt = 0,
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spaceBeforePt * 20, after: 0, line: BLOCK_LINE },
    children: [createRun(text, style)],
  })
}

/**
 * A solid line of `width` twips centred in `containerWidth`: an empty paragraph whose bottom
 * border is held between its indents, since Word draws paragraph borders indent to indent.
 */
export function createRule(width: number, containerWidth: number): Paragraph {
  const side = Math.max(0, Math.round((containerWidth - width) / 2))
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: ptToTwips(RULE_SIZE + 4), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    // An empty paragraph is as tall as its mark's font, so the mark is shrunk too.
    run: { size: ptToHalfPoints(RULE_SIZE) },
    children: [createRun('', { size: RULE_SIZE })],
  })
}

/** Body text: justified, first line indented 1.27 cm, 6 pt before. */
export function createBodyParagraph(
  text: string,
  style: RunStyle = {},
  keepNext = false,
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    keepNext,
    children: [createRun(text, style)],
  })
}

/** "I. MỤC ĐÍCH, YÊU CẦU": Roman numeral, upper case, bold, kept with what follows. */
export function createSectionHeading(numeral: string, title: string): Paragraph {
  return createHeading(`${numeral}. ${title.toLocaleUpperCase('vi')}`, { bold: true })
}

/** "1. Hình thức khen thưởng": bold, kept with what follows. */
export function createNumberedHeading(number: number | string, title: string): Paragraph {
  return createHeading(`${number}. ${title}`, { bold: true })
}

/** "a) Đối với tập thể": bold italic, kept with what follows. */
export function createLetteredHeading(index: number, title: string): Paragraph {
  return createHeading(`${toLetter(index)}) ${title}`, { bold: true, italics: true })
}

/** "1. …" as an ordinary numbered paragraph of body text. */
export function createNumberedParagraph(number: number, text: string): Paragraph {
  return createBodyParagraph(`${number}. ${text}`)
}

/** "- …" as Vietnamese documents list items, not a Word bullet. */
export function createDashItem(text: string, style: RunStyle = {}): Paragraph {
  return createBodyParagraph(`- ${text}`, style)
}

/** a, b, c … đ as Vietnamese lists letter them (after d comes đ). */
export function toLetter(index: number): string {
  const letters = 'abcdđeghiklmnopqrstuvxy'
  return letters[index] ?? String(index + 1)
}

function createHeading(text: string, style: RunStyle): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    keepNext: true,
    children: [createRun(text, style)],
  })
}

/**
 * An empty paragraph to stand between two tables: with nothing between them LibreOffice
 * merges adjacent tables into one, and the borderless one's borders win.
 */
export function createTableSeparator(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: BLOCK_LINE },
    children: [createRun('', { size: 6 })],
  })
}
