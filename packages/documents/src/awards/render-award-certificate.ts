// Bằng khen / Giấy khen fields for pre-printed blanks. Each field is a framed paragraph
// anchored to the page at its layout position (w:framePr, which Word and LibreOffice both
// place absolutely); each recipient is its own section, so each prints on its own sheet.
import {
  AlignmentType,
  Document,
  FrameAnchorType,
  HeightRule,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx'
import { formatVietnameseDate, mmToTwips, ND30_FONT, packDocx, ptToHalfPoints } from '../layout'
import type { AwardCertificateFieldsView, AwardCertificateView } from './award-certificate-view'
import {
  CERTIFICATE_FIELD_IDS,
  CERTIFICATE_FORM_TITLES,
  type CertificateFieldId,
  type CertificateLayout,
} from './certificate-layout'
import { formatDocumentReference } from './format-award-values'

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }
/** Frames sit on the page itself; the margins only have to leave Word a valid text area. */
const MARGIN = mmToTwips(5)

export async function renderAwardCertificateDocx(view: AwardCertificateView): Promise<Uint8Array> {
  const document = new Document({
    title: CERTIFICATE_FORM_TITLES[view.form],
    creator: 'ANTQ',
    styles: {
      default: {
        document: {
          run: { font: ND30_FONT, size: ptToHalfPoints(14), language: { value: 'vi-VN' } },
        },
      },
    },
    sections: view.certificates.map((fields) => createCertificatePage(view.layout, fields)),
  })
  return packDocx(document)
}

/** The text of each field for one recipient, before the layout's upper-casing. */
export function describeCertificateFields(
  fields: AwardCertificateFieldsView,
): Record<CertificateFieldId, string> {
  return {
    recipientName: fields.recipientName,
    recipientDetail: fields.recipientDetail ?? '',
    achievement: fields.achievement,
    decision: formatDocumentReference(
      'Quyết định',
      fields.decision.sequence,
      fields.decision.symbol,
      fields.decision.date,
    ),
    placeDate: formatVietnameseDate(fields.date, fields.place),
    signerTitle: fields.signerTitle,
    signerName: fields.signerName,
    registerNumber: fields.registerNumber ? `Số sổ: ${fields.registerNumber}` : '',
  }
}

function createCertificatePage(
  layout: CertificateLayout,
  fields: AwardCertificateFieldsView,
): ISectionOptions {
  const texts = describeCertificateFields(fields)
  const landscape = layout.pageWidthMm > layout.pageHeightMm
  const paragraphs = CERTIFICATE_FIELD_IDS.filter(
    (id) => layout.fields[id].visible && texts[id] !== '',
  ).map((id) => createFieldParagraph(layout, id, texts[id]))
  return {
    properties: {
      page: {
        // docx expects portrait numbers and swaps them for a landscape page.
        size: {
          width: mmToTwips(Math.min(layout.pageWidthMm, layout.pageHeightMm)),
          height: mmToTwips(Math.max(layout.pageWidthMm, layout.pageHeightMm)),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 0, footer: 0 },
      },
    },
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ children: [] })],
  }
}

function createFieldParagraph(
  layout: CertificateLayout,
  id: CertificateFieldId,
  text: string,
): Paragraph {
  const place = layout.fields[id]
  return new Paragraph({
    frame: {
      type: 'absolute',
      position: {
        x: mmToTwips(place.xMm + layout.offsetMm.x),
        y: mmToTwips(place.yMm + layout.offsetMm.y),
      },
      width: mmToTwips(place.widthMm),
      height: mmToTwips(place.heightMm),
      rule: HeightRule.ATLEAST,
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    },
    alignment: ALIGN[place.align],
    // No line rule: LibreOffice lifts a framed line set to "auto 240" by part of its height.
    spacing: { before: 0, after: 0 },
    // A field of several lines (KT. CHỦ TỊCH over PHÓ CHỦ TỊCH) breaks inside its frame.
    children: (place.uppercase ? text.toLocaleUpperCase('vi') : text).split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          break: index > 0 ? 1 : undefined,
          size: ptToHalfPoints(place.sizePt),
          bold: place.bold,
          italics: place.italics,
        }),
    ),
  })
}
