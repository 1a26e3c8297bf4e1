// The Kế hoạch printed from a plan definition, laid out per NĐ 30/2020 (Phụ lục III, mẫu 1.4).
import type { Paragraph } from 'docx'
import {
  createBodyParagraph,
  createClosingBlock,
  createHeaderBlock,
  createNd30Document,
  createSectionHeading,
  createTitleBlock,
  packDocx,
  toRomanNumeral,
} from '../layout'
import type { PlanDocumentView } from './plan-document-view'
import { buildPlanSections } from './plan-sections'

export async function renderPlanDocx(view: PlanDocumentView): Promise<Uint8Array> {
  const documentType = view.documentType ?? 'KẾ HOẠCH'
  const sections = buildPlanSections(view).flatMap((section, index): Paragraph[] => [
    createSectionHeading(toRomanNumeral(index + 1), section.title),
    ...section.blocks,
  ])
  // Kept with the signing block: NĐ 30 practice never leaves the signature alone on a page.
  const closing =
    view.closing === null ? [] : [createBodyParagraph(withEndMark(view.closing), {}, true)]
  const document = createNd30Document({
    title: `${documentType} - ${view.title}`,
    children: [
      createHeaderBlock(view.header),
      ...createTitleBlock(documentType, view.title),
      ...view.preamble.map((text) => createBodyParagraph(text)),
      ...sections,
      ...closing,
      createClosingBlock(view.recipients, view.signer),
    ],
  })
  return packDocx(document)
}

/** NĐ 30 closes the body with "./.". */
function withEndMark(text: string): string {
  const trimmed = text.trim()
  if (trimmed.endsWith('./.')) return trimmed
  return `${trimmed.replace(/[.;,]+$/, '')}./.`
}
