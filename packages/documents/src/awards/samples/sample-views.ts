// One sample view per award document kind, from a Tuyên Quang 2025 reward round.
import type { AwardDecisionView } from '../award-decision-view'
import type { AwardListView } from '../award-list-view'
import type { AwardHeaderView, SignerView } from '../award-views'
import type { SubmissionLetterView } from '../submission-letter-view'
import { SAMPLE_ENTRIES, SAMPLE_FORM_PROVINCE, createSampleEntries } from './sample-entries'

const POLICE_HEADER: AwardHeaderView = {
  superiorBody: 'UBND TỈNH TUYÊN QUANG',
  issuerName: 'CÔNG AN TỈNH TUYÊN QUANG',
  issuerCode: 'CAT',
  sequence: 12,
  place: 'Tuyên Quang',
  date: '2025-11-15',
}

const POLICE_SIGNER: SignerView = {
  authority: [],
  title: 'Giám đốc',
  position: null,
  name: 'Đại tá Trần Minh Quang',
}

export const PROVINCE_SIGNER: SignerView = {
  authority: [{ prefix: 'KT.', title: 'Chủ tịch' }],
  title: 'Phó Chủ tịch',
  position: null,
  name: 'Nguyễn Văn Sơn',
}

export const SAMPLE_SUBMISSION_LETTER: SubmissionLetterView = {
  header: POLICE_HEADER,
  summary:
    'Về việc đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
  addressees: ['Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang'],
  paragraphs: [
    'Thực hiện Kế hoạch số 15/KH-BCĐ ngày 20/3/2025 của Ban Chỉ đạo 138 tỉnh về phát động phong trào thi đua toàn dân bảo vệ an ninh Tổ quốc năm 2025;',
    'Căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng Công an tỉnh tại cuộc họp ngày 14/11/2025, Công an tỉnh Tuyên Quang đề nghị khen thưởng các tập thể, cá nhân có thành tích xuất sắc như sau:',
  ],
  entries: SAMPLE_ENTRIES,
  closing: 'Công an tỉnh kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định',
  recipients: ['Như trên;', 'Ban Thi đua - Khen thưởng tỉnh;', 'Lưu: VT, PV05.'],
  signer: POLICE_SIGNER,
}

export const SAMPLE_AWARD_LIST: AwardListView = {
  superiorBody: POLICE_HEADER.superiorBody,
  issuerName: POLICE_HEADER.issuerName,
  title:
    'Tập thể, cá nhân đề nghị khen thưởng trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
  reference: 'Kèm theo Tờ trình số 12/TTr-CAT ngày 15/11/2025 của Công an tỉnh Tuyên Quang',
  entries: SAMPLE_ENTRIES,
  signer: POLICE_SIGNER,
}

/** The sample decision with `rows` attached entries (5 realistic ones when not given). */
export function createSampleDecision(rows?: number): AwardDecisionView {
  const entries =
    rows === undefined
      ? SAMPLE_ENTRIES.filter((e) => e.awardForm === SAMPLE_FORM_PROVINCE)
      : createSampleEntries(rows)
  return {
    header: {
      superiorBody: null,
      issuerName: 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      issuerCode: 'UBND',
      sequence: 1234,
      place: 'Tuyên Quang',
      date: '2025-11-20',
    },
    summary:
      'Về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang',
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    ],
    proposal:
      'Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 12/TTr-CAT ngày 15/11/2025 và Trưởng Ban Thi đua - Khen thưởng tỉnh',
    articles: [
      'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025.',
      'Tiền thưởng kèm theo Bằng khen thực hiện theo quy định tại Nghị định số 98/2023/NĐ-CP, trích từ Quỹ thi đua, khen thưởng của tỉnh.',
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh, Trưởng Ban Thi đua - Khen thưởng tỉnh và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
    recipients: ['Như Điều 3;', 'Chủ tịch, các PCT UBND tỉnh;', 'Lưu: VT, TĐKT.'],
    signer: PROVINCE_SIGNER,
    attachment: {
      title: 'Tập thể, cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      issuedBy: 'Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang',
      entries,
    },
  }
}
