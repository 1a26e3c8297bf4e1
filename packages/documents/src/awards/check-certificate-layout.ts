// What is wrong with a certificate layout, so the server can refuse a secretary's overrides
// before a blank is wasted: a field box off the sheet, a size no printer honours.
import {
  CERTIFICATE_FIELD_IDS,
  type CertificateFieldId,
  type CertificateLayout,
} from './certificate-layout'

export type CertificateLayoutProblem = {
  /** null for the page itself. */
  field: CertificateFieldId | null
  message: string
}

const MIN_PAGE_MM = 50
const MAX_PAGE_MM = 500
const MIN_SIZE_PT = 6
const MAX_SIZE_PT = 72

export function checkCertificateLayout(layout: CertificateLayout): CertificateLayoutProblem[] {
  const problems: CertificateLayoutProblem[] = []
  for (const side of [layout.pageWidthMm, layout.pageHeightMm])
    if (!(side >= MIN_PAGE_MM && side <= MAX_PAGE_MM))
      problems.push({
        field: null,
        message: `Khổ phôi phải từ ${MIN_PAGE_MM} đến ${MAX_PAGE_MM} mm`,
      })
  for (const id of CERTIFICATE_FIELD_IDS) {
    const field = layout.fields[id]
    if (!field.visible) continue
    const left = field.xMm + layout.offsetMm.x
    const top = field.yMm + layout.offsetMm.y
    if (
      left < 0 ||
      top < 0 ||
      left + field.widthMm > layout.pageWidthMm ||
      top + field.heightMm > layout.pageHeightMm
    )
      problems.push({ field: id, message: 'Ô nằm ngoài khổ phôi' })
    if (field.widthMm <= 0 || field.heightMm <= 0)
      problems.push({ field: id, message: 'Chiều rộng và chiều cao của ô phải lớn hơn 0' })
    if (!(field.sizePt >= MIN_SIZE_PT && field.sizePt <= MAX_SIZE_PT))
      problems.push({ field: id, message: `Cỡ chữ phải từ ${MIN_SIZE_PT} đến ${MAX_SIZE_PT}` })
  }
  return problems
}
