// QĐ 9745/QĐ-BCA-V05 (28/12/2022): provisional criteria for exemplary communes (34 criteria)
// and agencies/enterprises/schools (legal.md §3). Only criteria 1–2 for communes and criterion 1
// of Phú Thọ's 14-item set were found; the rest are placeholders flagged as assumptions.
import type { CriteriaSetInput } from './criteria-schema'

const QD9745 = 'QĐ 9745/QĐ-BCA-V05 (28/12/2022)'
const PLACEHOLDER_NOTE =
  'NOT FOUND: nội dung tiêu chí và nhóm chưa tìm thấy; quản trị viên nhập từ văn bản gốc'

function placeholders(
  from: number,
  to: number,
  source: string,
): NonNullable<CriteriaSetInput['items']> {
  return Array.from({ length: to - from + 1 }, (_, index) => ({
    id: String(from + index),
    group: 'chua-ro',
    text: `Tiêu chí ${from + index} (chưa tìm thấy nội dung)`,
    source,
    confidence: 'L' as const,
    assumption: true,
    note: PLACEHOLDER_NOTE,
  }))
}

export const QD9745_COMMUNE: CriteriaSetInput = {
  code: 'qd9745-xa',
  version: 1,
  title:
    'Bộ tiêu chí tạm thời xây dựng xã, phường, thị trấn điển hình về phong trào toàn dân bảo vệ ANTQ',
  kind: 'pass_fail',
  unitKinds: ['commune'],
  source: QD9745,
  confidence: 'M',
  validFrom: '2022-12-28',
  note: 'Có 34 tiêu chí chia theo nhóm. Từ 2025 áp dụng cho xã, phường, đặc khu (KH 612/KH-BCA).',
  groups: [
    {
      id: 'lanh-dao',
      title: 'Lãnh đạo của cấp ủy, chính quyền xã',
      source: QD9745,
      confidence: 'M',
    },
    {
      id: 'chua-ro',
      title: 'Các nhóm tiêu chí khác (chưa tìm thấy tên)',
      source: QD9745,
      confidence: 'L',
      assumption: true,
      note: PLACEHOLDER_NOTE,
    },
  ],
  passRule: {
    type: 'all',
    source: QD9745,
    confidence: 'L',
    assumption: true,
    note: 'Ngưỡng công nhận chưa tìm thấy; giả định phải đạt đủ 34/34',
  },
  items: [
    {
      id: '1',
      group: 'lanh-dao',
      text: 'Quán triệt, triển khai đầy đủ, hiệu quả chủ trương của Đảng, pháp luật của Nhà nước, chỉ đạo của cấp trên về ANTT và phong trào toàn dân bảo vệ ANTQ đến các ban, ngành, đoàn thể, thôn, tổ dân phố',
      source: `${QD9745}, tiêu chí 1`,
      confidence: 'M',
    },
    {
      id: '2',
      group: 'lanh-dao',
      text: 'Quý I hằng năm cấp ủy có nghị quyết; UBND có chương trình, kế hoạch bảo đảm ANTT; Ban Chỉ đạo có chương trình công tác về phong trào toàn dân bảo vệ ANTQ… (phần còn lại chưa tìm thấy)',
      source: `${QD9745}, tiêu chí 2`,
      confidence: 'M',
      assumption: true,
      note: 'Nguồn bị cắt',
    },
    ...placeholders(3, 34, QD9745),
  ],
}

export const QD9745_AGENCY: CriteriaSetInput = {
  code: 'qd9745-cqdncsgd',
  version: 1,
  title:
    'Bộ tiêu chí xây dựng cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ ANTQ',
  kind: 'pass_fail',
  unitKinds: ['agency', 'enterprise', 'school'],
  source: `${QD9745}; bản của tỉnh Phú Thọ: HD 851/HD-BCĐ (16/3/2023)`,
  confidence: 'M',
  province: 'Phú Thọ',
  validFrom: '2023-03-16',
  note: 'Văn bản quốc gia chưa tìm thấy; đây là bản 14 tiêu chí của Phú Thọ, dùng làm mẫu cho tỉnh khác sửa.',
  groups: [
    {
      id: 'lanh-dao',
      title: 'Lãnh đạo xây dựng phong trào toàn dân bảo vệ ANTQ',
      source: 'HD 851/HD-BCĐ Phú Thọ',
      confidence: 'M',
    },
    {
      id: 'chua-ro',
      title: 'Các nhóm tiêu chí khác (chưa tìm thấy tên)',
      source: 'HD 851/HD-BCĐ Phú Thọ',
      confidence: 'L',
      assumption: true,
      note: PLACEHOLDER_NOTE,
    },
  ],
  passRule: {
    type: 'all',
    source: QD9745,
    confidence: 'L',
    assumption: true,
    note: 'Ngưỡng công nhận chưa tìm thấy; giả định phải đạt đủ',
  },
  items: [
    {
      id: '1',
      group: 'lanh-dao',
      text: 'Quán triệt, triển khai chủ trương, chỉ đạo đến từng phòng, ban, tổ, đơn vị thuộc cơ quan',
      source: 'HD 851/HD-BCĐ Phú Thọ, tiêu chí 1',
      confidence: 'M',
    },
    ...placeholders(2, 14, 'HD 851/HD-BCĐ Phú Thọ'),
  ],
}
