// The Giấy công nhận on one A4 landscape page in a double frame: issuer and Quốc hiệu, the
// title, the authority, what is recognised, the unit, then the number on the left and the
// place, date and signature on the right.
import {
  createCenteredLine,
  createLayoutTable,
  formatDocumentNumber,
  formatVietnameseDate,
  packDocx,
} from '../layout'
import { createSignature } from '../layout/closing-block'
import { createBodiesHeader } from './award-blocks'
import { createAwardDocument, textWidthOf } from './award-document'
import { AWARD_TYPE_CODES } from './award-views'
import { RECOGNITION_TITLES, type RecognitionCertificateView } from './recognition-certificate-view'

export async function renderRecognitionCertificateDocx(
  view: RecognitionCertificateView,
): Promise<Uint8Array> {
  const width = textWidthOf('landscape')
  const left = Math.round(width * 0.45)
  const symbol = `${AWARD_TYPE_CODES.recognitionCertificate}-${view.header.issuerCode}`
  const foot = createLayoutTable(
    [left, width - left],
    [
      [
        // Without a number of its own the certificate stands on the decision it cites; a blank
        // "Số:" would be one more thing to fill in by hand.
        view.header.sequence === null
          ? []
          : [
              createCenteredLine(
                formatDocumentNumber(view.header.sequence, symbol),
                { size: 13 },
                48,
              ),
            ],
        [
          createCenteredLine(
            formatVietnameseDate(view.header.date, view.header.place),
            { italics: true },
            24,
          ),
          ...createSignature(view.signer),
        ],
      ],
    ],
  )
  const document = createAwardDocument(`Giấy công nhận - ${view.unitName}`, [
    {
      orientation: 'landscape',
      pageBorder: true,
      children: [
        createBodiesHeader(view.header.superiorBody, view.header.issuerName, 'landscape'),
        createCenteredLine('GIẤY CÔNG NHẬN', { size: 28, bold: true }, 36),
        createCenteredLine(view.authority.toLocaleUpperCase('vi'), { bold: true }, 12),
        ...(view.basis === null ? [] : [createCenteredLine(view.basis, { italics: true }, 12)]),
        createCenteredLine('CÔNG NHẬN', { size: 16, bold: true }, 30),
        createCenteredLine(view.unitName, { size: 22, bold: true }, 12),
        ...(view.unitDetail === null
          ? []
          : [createCenteredLine(view.unitDetail, { italics: true }, 0)]),
        createCenteredLine(RECOGNITION_TITLES[view.kind](view.year), { size: 16, bold: true }, 12),
        foot,
      ],
    },
  ])
  return packDocx(document)
}
