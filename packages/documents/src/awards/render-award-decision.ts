// The Quyết định in portrait with its attached list in a landscape section that follows, as
// one DOCX; and the attached list alone as XLSX. The list goes in as ready-made XML, so a
// 1,000-row attachment costs a fraction of a second.
import ExcelJS from 'exceljs'
import type { FileChild } from 'docx'
import { createCenteredLine, createClosingBlock, createTitleBlock, ND30_SIZES } from '../layout'
import {
  createArticle,
  createAwardHeader,
  createBodiesHeader,
  createListTitle,
  createRunsParagraph,
  withEndMark,
} from './award-blocks'
import type { AwardDecisionView } from './award-decision-view'
import { createAwardDocument, textWidthOf } from './award-document'
import { createAwardListTableXml } from './award-list-table'
import { createRawBlockMarker, packDocxWithRawBlocks } from './raw-xml-blocks'
import { addAwardListSheet, writeWorkbook } from './award-list-sheet'
import { AWARD_TYPE_CODES } from './award-views'
import { formatDocumentReference } from './format-award-values'

export const DECISION_LIST_SHEET = 'Danh sách kèm theo'

export async function renderAwardDecisionDocx(view: AwardDecisionView): Promise<Uint8Array> {
  const document = createAwardDocument(`Quyết định - ${view.summary}`, [
    { orientation: 'portrait', children: createDecisionBody(view) },
    {
      orientation: 'landscape',
      children: [
        createBodiesHeader(view.header.superiorBody, view.header.issuerName, 'landscape'),
        ...createListTitle(view.attachment.title, describeAttachmentReference(view)),
        createRawBlockMarker('attachment'),
      ],
    },
  ])
  const table = createAwardListTableXml(view.attachment.entries, textWidthOf('landscape'))
  return packDocxWithRawBlocks(document, { attachment: table })
}

export async function renderAwardDecisionXlsx(view: AwardDecisionView): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  workbook.title = `Danh sách kèm theo Quyết định - ${view.summary}`
  addAwardListSheet(workbook, {
    sheetName: DECISION_LIST_SHEET,
    title: view.attachment.title,
    reference: describeAttachmentReference(view),
    entries: view.attachment.entries,
  })
  return writeWorkbook(workbook)
}

/** "Kèm theo Quyết định số 123/QĐ-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh Tuyên Quang". */
export function describeAttachmentReference(view: AwardDecisionView): string {
  const symbol = `${AWARD_TYPE_CODES.decision}-${view.header.issuerCode}`
  const reference = formatDocumentReference(
    'Quyết định',
    view.header.sequence,
    symbol,
    view.header.date,
  )
  return `Kèm theo ${reference} của ${view.attachment.issuedBy}`
}

function createDecisionBody(view: AwardDecisionView): FileChild[] {
  const bases = [
    ...view.legalBases.map((text) => `${text.trim().replace(/[.;,]+$/, '')};`),
    `${view.proposal.trim().replace(/[.;,]+$/, '')}.`,
  ]
  const articles = view.articles.map((text, index) =>
    createArticle(index + 1, index === view.articles.length - 1 ? withEndMark(text) : text),
  )
  return [
    createAwardHeader(view.header, AWARD_TYPE_CODES.decision),
    ...createTitleBlock('QUYẾT ĐỊNH', view.summary),
    createCenteredLine(
      view.authority.toLocaleUpperCase('vi'),
      { size: ND30_SIZES.documentType, bold: true },
      0,
    ),
    createCenteredLine('', { size: 6 }, 6),
    ...bases.map((text) => createRunsParagraph([{ text, style: { italics: true } }])),
    createCenteredLine('QUYẾT ĐỊNH:', { bold: true }, 12),
    ...articles,
    createClosingBlock(view.recipients, view.signer),
  ]
}
