// Bằng khen and Giấy khen printed on pre-printed blanks: one page per recipient, only the
// variable fields, placed by a CertificateLayout.
import type { AwardCertificateForm, CertificateLayout } from './certificate-layout'

export type AwardCertificateFieldsView = {
  recipientName: string
  /** An individual's position and unit; null for a collective or when the blank has no line. */
  recipientDetail: string | null
  /** E.g. "Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025". */
  achievement: string
  decision: { sequence: number | null; symbol: string; date: string | null }
  /** Số sổ: the award's number in the issuer's yearly register; null leaves the field out. */
  registerNumber?: string | null
  place: string
  /** yyyy-mm-dd of signing, usually the decision's date. */
  date: string | null
  /** E.g. "Chủ tịch", or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" on two lines; capitals unless the layout says otherwise. */
  signerTitle: string
  signerName: string
}

export type AwardCertificateView = {
  form: AwardCertificateForm
  layout: CertificateLayout
  certificates: readonly AwardCertificateFieldsView[]
}
