// The document type and its summary (tên loại, trích yếu): "KẾ HOẠCH" then the title, both
// bold and centred, with a short rule under the summary.
import type { Paragraph } from 'docx'
import { estimateBoldTextWidth } from './estimate-text-width'
import { ND30_SIZES, TEXT_WIDTH } from './page-setup'
import { createCenteredLine, createRule } from './paragraphs'

export function createTitleBlock(documentType: string, summary: string): Paragraph[] {
  const summaryWidth = Math.min(estimateBoldTextWidth(summary, ND30_SIZES.summary), TEXT_WIDTH)
  return [
    createCenteredLine(
      documentType.toLocaleUpperCase('vi'),
      { size: ND30_SIZES.documentType, bold: true },
      18,
    ),
    createCenteredLine(summary, { size: ND30_SIZES.summary, bold: true }, 0),
    createRule(Math.max(1134, Math.min(Math.round(summaryWidth / 3), 3402)), TEXT_WIDTH),
    createCenteredLine('', { size: 6 }, 6),
  ]
}
