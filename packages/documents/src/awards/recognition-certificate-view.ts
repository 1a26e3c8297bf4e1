// Giấy công nhận: a unit recognised as meeting the "An toàn về an ninh, trật tự" standard
// (Thông tư 124/2021) or as an exemplary unit of the movement (QĐ 9745), printed in full on
// plain A4 landscape paper.
import type { AwardHeaderView, SignerView } from './award-views'

export type RecognitionKind = 'antt' | 'exemplary'

export const RECOGNITION_TITLES: Record<RecognitionKind, (year: number) => string> = {
  antt: (year) => `Đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm ${year}`,
  exemplary: (year) =>
    `Đơn vị điển hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${year}`,
}

export type RecognitionCertificateView = {
  /** Numbered "Số: n/GCN-<issuerCode>", printed at the foot opposite the signature. */
  header: AwardHeaderView
  kind: RecognitionKind
  year: number
  /** Who recognises, printed in capitals, e.g. "Chủ tịch Ủy ban nhân dân xã Minh Xuân". */
  authority: string
  /** The decision the certificate rests on, e.g. "Căn cứ Quyết định số 45/QĐ-UBND …". */
  basis: string | null
  unitName: string
  /** Under the unit's name, e.g. "Xã Minh Xuân, tỉnh Tuyên Quang"; null when none. */
  unitDetail: string | null
  signer: SignerView
}
