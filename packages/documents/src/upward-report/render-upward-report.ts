// The upward report as a .docx in the NĐ 30 layout: header, "BÁO CÁO" and its summary,
// "Kính gửi", sections I, II, … with their numbered parts and tables, "Nơi nhận", signature.
import { Paragraph, type FileChild } from 'docx'
import {
  createBodyParagraph,
  createClosingBlock,
  createHeaderBlock,
  createNd30Document,
  createNumberedHeading,
  createSectionHeading,
  createTitleBlock,
  packDocx,
  toRomanNumeral,
} from '../layout'
import { createAddressee, withEndMark } from '../awards/award-blocks'
import { createUpwardReportTable } from './upward-report-table'
import type { UpwardReportSectionView, UpwardReportView } from './upward-report-view'

function createSection(section: UpwardReportSectionView, index: number): FileChild[] {
  return [
    createSectionHeading(toRomanNumeral(index + 1), section.title),
    ...section.paragraphs.map((text) => createBodyParagraph(text)),
    ...section.parts.flatMap((part, at): FileChild[] => [
      createNumberedHeading(at + 1, part.title),
      ...part.paragraphs.map((text) => createBodyParagraph(text)),
      ...(part.table ? [createUpwardReportTable(part.table), new Paragraph({ children: [] })] : []),
    ]),
  ]
}

export async function renderUpwardReportDocx(view: UpwardReportView): Promise<Uint8Array> {
  const sections = view.sections.flatMap((section, index) => createSection(section, index))
  const document = createNd30Document({
    title: `Báo cáo - ${view.summary}`,
    children: [
      createHeaderBlock(view.header),
      ...createTitleBlock('BÁO CÁO', view.summary),
      ...createAddressee(view.addressees),
      ...sections,
      createBodyParagraph(withEndMark(`Trên đây là báo cáo ${lowerFirst(view.summary)}`)),
      createClosingBlock(view.recipients, view.signer),
    ],
  })
  return packDocx(document)
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
}
