// Model ratings (HD 22/HD-BCA-V05, levels NOT FOUND: assumed) and the security-team rating of
// HD 01/HD-BCA-V05 (found), legal.md §4.
import type { CriteriaSetInput } from './criteria-schema'

const HD22 = 'HD 22/HD-BCA-V05 (18/11/2022)'
const HD01 = 'HD 01/HD-BCA-V05'
const ASSUMED = 'Mức xếp loại mô hình chưa tìm thấy (NOT FOUND); giả định, sửa được'

export const HD22_MODEL_RATING: CriteriaSetInput = {
  code: 'hd22-mo-hinh',
  version: 1,
  title: 'Đánh giá, xếp loại mô hình phong trào toàn dân bảo vệ ANTQ',
  kind: 'rating',
  source: HD22,
  confidence: 'M',
  validFrom: '2022-11-18',
  note: 'Mô hình theo nguyên tắc "tự phòng, tự quản, tự bảo vệ, tự hòa giải"; thống kê theo tên mô hình, số "điểm" (địa bàn nhân rộng) và số "Tổ".',
  classes: [
    { id: 'tot', label: 'Tốt', source: HD22, confidence: 'L', assumption: true, note: ASSUMED },
    { id: 'kha', label: 'Khá', source: HD22, confidence: 'L', assumption: true, note: ASSUMED },
    {
      id: 'trung_binh',
      label: 'Trung bình',
      source: HD22,
      confidence: 'L',
      assumption: true,
      note: ASSUMED,
    },
    {
      id: 'yeu',
      label: 'Yếu',
      source: HD22,
      confidence: 'L',
      assumption: true,
      note: `${ASSUMED}; kế hoạch 000 yêu cầu loại bỏ mô hình xếp loại yếu`,
    },
  ],
  passRule: {
    type: 'classes',
    source: HD22,
    confidence: 'L',
    assumption: true,
    note: 'Kỳ đánh giá giả định theo năm (tháng 11), chưa kiểm chứng',
  },
  items: [
    {
      id: 'nguyen-tac',
      text: 'Hoạt động theo phương châm tự phòng, tự quản, tự bảo vệ, tự hòa giải',
      source: HD22,
      confidence: 'M',
    },
    {
      id: 'thong-ke',
      text: 'Báo cáo mô hình theo tên, tổng số "điểm" (địa bàn nhân rộng) và tổng số "Tổ" vận hành',
      source: HD22,
      confidence: 'M',
    },
  ],
}

export const HD01_SECURITY_TEAM: CriteriaSetInput = {
  code: 'hd01-to-bao-ve',
  version: 1,
  title: 'Xếp loại Tổ bảo vệ an ninh, trật tự ở cơ sở và thành viên',
  kind: 'rating',
  source: HD01,
  confidence: 'M',
  evaluationPeriod: { start: '11-15', end: '11-14' },
  note: 'Năm ban hành chưa xác nhận (có nguồn cho là 2026).',
  classes: [
    { id: 'htxs', label: 'Hoàn thành xuất sắc nhiệm vụ', source: HD01, confidence: 'M' },
    { id: 'htt', label: 'Hoàn thành tốt nhiệm vụ', source: HD01, confidence: 'M' },
    { id: 'ht', label: 'Hoàn thành nhiệm vụ', source: HD01, confidence: 'M' },
    { id: 'kht', label: 'Không hoàn thành nhiệm vụ', source: HD01, confidence: 'M' },
  ],
  passRule: { type: 'classes', source: HD01, confidence: 'M' },
  items: [
    {
      id: 'tran-htxs',
      text: 'Số được xếp loại Hoàn thành xuất sắc không quá 20% số được xếp loại Hoàn thành tốt trên địa bàn',
      source: HD01,
      confidence: 'M',
    },
    {
      id: 'thoi-gian',
      text: 'Tổ hoạt động dưới 9 tháng, thành viên tham gia dưới 9 tháng thì không xếp loại',
      source: HD01,
      confidence: 'M',
    },
    {
      id: 'nhiem-vu',
      text: 'Xếp loại xuất sắc cần hoàn thành trên 95% nhiệm vụ được giao thuộc 06 nhóm nhiệm vụ của Luật 2023',
      source: HD01,
      confidence: 'M',
    },
  ],
}
