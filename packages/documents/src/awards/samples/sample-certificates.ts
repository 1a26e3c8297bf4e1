// Sample certificates: an ANTT recognition of a commune's village, and Bằng khen fields for the
// sample decision's recipients on the default blank layout.
import type { AwardCertificateView } from '../award-certificate-view'
import { DEFAULT_CERTIFICATE_LAYOUTS } from '../certificate-layout'
import type { RecognitionCertificateView } from '../recognition-certificate-view'
import { SAMPLE_ENTRIES, SAMPLE_FORM_PROVINCE } from './sample-entries'

export const SAMPLE_RECOGNITION_CERTIFICATE: RecognitionCertificateView = {
  header: {
    superiorBody: null,
    issuerName: 'ỦY BAN NHÂN DÂN XÃ BẮC QUANG',
    issuerCode: 'UBND',
    sequence: 15,
    place: 'Bắc Quang',
    date: '2025-11-20',
  },
  kind: 'antt',
  year: 2025,
  authority: 'Chủ tịch Ủy ban nhân dân xã Bắc Quang',
  basis: 'Căn cứ Quyết định số 45/QĐ-UBND ngày 18/11/2025 của Ủy ban nhân dân xã Bắc Quang',
  unitName: 'Thôn Nà Héc',
  unitDetail: 'Xã Bắc Quang, tỉnh Tuyên Quang',
  signer: { authority: [], title: 'Chủ tịch', position: null, name: 'Hà Văn Thắng' },
}

export const SAMPLE_AWARD_CERTIFICATES: AwardCertificateView = {
  form: 'bang_khen',
  layout: DEFAULT_CERTIFICATE_LAYOUTS.bang_khen,
  certificates: SAMPLE_ENTRIES.filter((entry) => entry.awardForm === SAMPLE_FORM_PROVINCE).map(
    (entry) => ({
      recipientName: entry.name,
      recipientDetail: entry.subjectKind === 'individual' ? entry.unitOrPosition : null,
      achievement:
        'Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
      decision: { sequence: 1234, symbol: 'QĐ-UBND', date: '2025-11-20' },
      place: 'Tuyên Quang',
      date: '2025-11-20',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Nguyễn Văn Sơn',
    }),
  ),
}
