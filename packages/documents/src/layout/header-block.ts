// Page 1's header (NĐ 30, Phụ lục I, ô 1–4): bodies and number on the left; Quốc hiệu,
// Tiêu ngữ, place and date on the right. Two rows so the number and the date line up.
import type { Paragraph } from 'docx'
import { Table, TableBorders, TableCell, TableRow, VerticalAlignTable, WidthType } from 'docx'
import { estimateBoldTextWidth } from './estimate-text-width'
import { formatDocumentNumber, formatVietnameseDate } from './format-document-fields'
import type { DocumentHeaderView } from './layout-types'
import { ND30_SIZES, TEXT_WIDTH } from './page-setup'
import { createCenteredLine, createRule } from './paragraphs'

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc'

const LEFT_WIDTH = 3600
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH

export function createHeaderBlock(header: DocumentHeaderView): Table {
  const issuer = header.issuerName.toLocaleUpperCase('vi')
  const issuerRule = Math.max(
    567,
    Math.round(Math.min(estimateBoldTextWidth(issuer, ND30_SIZES.issuer), LEFT_WIDTH) * 0.4),
  )
  const bodies: Paragraph[] = [
    ...(header.superiorBody === null
      ? []
      : [
          createCenteredLine(header.superiorBody.toLocaleUpperCase('vi'), {
            size: ND30_SIZES.issuer,
          }),
        ]),
    createCenteredLine(issuer, { size: ND30_SIZES.issuer, bold: true }),
    createRule(issuerRule, LEFT_WIDTH),
  ]
  const nation: Paragraph[] = [
    createCenteredLine(NATIONAL_TITLE, { size: ND30_SIZES.nationalTitle, bold: true }),
    createCenteredLine(NATIONAL_MOTTO, { size: ND30_SIZES.motto, bold: true }),
    createRule(estimateBoldTextWidth(NATIONAL_MOTTO, ND30_SIZES.motto), RIGHT_WIDTH),
  ]
  const number = createCenteredLine(
    formatDocumentNumber(header.number.sequence, header.number.symbol),
    { size: ND30_SIZES.number },
    8,
  )
  const placeDate = createCenteredLine(
    formatVietnameseDate(header.date, header.place),
    { size: ND30_SIZES.placeDate, italics: true },
    8,
  )
  return createLayoutTable(
    [LEFT_WIDTH, RIGHT_WIDTH],
    [
      [bodies, nation],
      [[number], [placeDate]],
    ],
  )
}

/** A borderless table with zero cell padding, so content widths are the column widths. */
export function createLayoutTable(
  columnWidths: readonly number[],
  rows: readonly (readonly Paragraph[])[][],
): Table {
  return new Table({
    width: { size: columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, index) =>
              new TableCell({
                width: { size: columnWidths[index] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                children: [...children],
              }),
          ),
        }),
    ),
  })
}
