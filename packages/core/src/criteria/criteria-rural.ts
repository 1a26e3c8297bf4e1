// New-rural (NTM) indicator 19.2 and its enhanced form (legal.md §7), and the commune
// classifications plan 002 runs: three complexity types and four movement classes.
import type { CriteriaSetInput } from './criteria-schema'

const QD318 = 'QĐ 318/QĐ-TTg (08/3/2022), tiêu chí 19 Quốc phòng và An ninh, chỉ tiêu 19.2'
const HD04 = 'HD 04/HD-BCA-V05 (18/3/2024)'

export const NTM_19_2: CriteriaSetInput = {
  code: 'ntm-19-2',
  version: 1,
  title: 'Chỉ tiêu 19.2: xã đạt chuẩn an toàn về an ninh, trật tự xã hội và bảo đảm bình yên',
  kind: 'indicator',
  unitKinds: ['commune'],
  source: QD318,
  confidence: 'M',
  validFrom: '2022-03-08',
  validUntil: '2025-12-31',
  note: `Cách đánh giá: ${HD04}. Giai đoạn 2026–2030 theo QĐ 51/2025/QĐ-TTg: nội dung an ninh chưa tìm thấy. CV 3371/BCA-V05: xã đạt tiêu chuẩn ANTT được coi là không có vấn đề phức tạp về an ninh.`,
  passRule: { type: 'all', source: QD318, confidence: 'M' },
  items: [
    {
      id: 'khieu-kien',
      text: 'Không có khiếu kiện đông người kéo dài, trái pháp luật',
      source: `${QD318}; ${HD04}`,
      confidence: 'M',
      evidence: 'Báo cáo của Công an xã',
    },
    {
      id: 'trong-an',
      text: 'Không để xảy ra trọng án',
      source: QD318,
      confidence: 'M',
      evidence: 'Số liệu của Công an cấp trên',
    },
    {
      id: 'toi-pham',
      text: 'Tội phạm và tệ nạn xã hội (ma túy, trộm cắp, cờ bạc, nghiện hút) được kiềm chế, giảm liên tục so với các năm trước',
      source: QD318,
      confidence: 'M',
      note: 'Danh sách tệ nạn theo hiểu biết chung (L)',
    },
    {
      id: 'nghi-quyet',
      text: 'Cấp ủy có nghị quyết, UBND có kế hoạch về ANTT hằng năm; chỉ đạo hiệu quả phong trào toàn dân bảo vệ ANTQ',
      source: HD04,
      confidence: 'M',
    },
    {
      id: 'tt124-4-3',
      text: 'Không xảy ra các vụ việc tại điểm a–e khoản 3 Điều 4 Thông tư 124/2021/TT-BCA',
      source: HD04,
      confidence: 'M',
    },
  ],
}

export const NTM_19_2_ENHANCED: CriteriaSetInput = {
  code: 'ntm-19-2-nang-cao',
  version: 1,
  title: 'Chỉ tiêu 19.2 của xã nông thôn mới nâng cao',
  kind: 'indicator',
  unitKinds: ['commune'],
  source: 'Bộ tiêu chí xã NTM nâng cao 2021–2025; HD 04/HD-BCA-V05',
  confidence: 'L',
  validUntil: '2025-12-31',
  note: 'Nguyên văn chỉ tiêu 19.2 nâng cao chưa tìm thấy (NOT FOUND).',
  passRule: { type: 'all', source: HD04, confidence: 'L', assumption: true },
  items: [
    {
      id: 'chua-ro',
      text: '(Chưa tìm thấy nội dung chỉ tiêu 19.2 nâng cao)',
      source: HD04,
      confidence: 'L',
      assumption: true,
      note: 'NOT FOUND',
    },
  ],
}

const PLAN_002 = 'Kế hoạch thực hiện Đề án 201/ĐA-UBND, UBND huyện Lục Ngạn, mục IV.6'

export const COMMUNE_COMPLEXITY: CriteriaSetInput = {
  code: 'phan-loai-xa-phuc-tap',
  version: 1,
  title: 'Phân loại xã, thị trấn theo mức độ phức tạp về an ninh, trật tự',
  kind: 'classification',
  unitKinds: ['commune'],
  source: PLAN_002,
  confidence: 'H',
  note: 'Rà soát, xác định hằng năm; là cơ sở chuyển hóa địa bàn trọng điểm.',
  classes: [
    {
      id: 'trong_diem_an_ninh',
      label: 'Trọng điểm phức tạp về an ninh, trật tự',
      source: PLAN_002,
      confidence: 'H',
    },
    {
      id: 'trong_diem_trat_tu',
      label: 'Trọng điểm phức tạp về trật tự an toàn xã hội',
      source: PLAN_002,
      confidence: 'H',
    },
    {
      id: 'it_phuc_tap',
      label: 'Ít phức tạp về an ninh, trật tự',
      source: PLAN_002,
      confidence: 'H',
    },
  ],
  passRule: { type: 'classes', source: PLAN_002, confidence: 'H' },
}

const PLAN_002_CLASSES = 'Kế hoạch thực hiện Đề án 201/ĐA-UBND, UBND huyện Lục Ngạn, mục IV.7'
const PLAN_002_THRESHOLD_NOTE =
  'Văn bản hướng dẫn tiêu chí của UBND huyện (mục IV.7) chưa tìm thấy (NOT FOUND): ngưỡng giả định như thang QĐ 510 và xếp loại mô hình (90/70/50), quản trị viên thay bằng ngưỡng của văn bản hướng dẫn'

/** One of plan 002's own four classes, its lowest score an assumption (ADR 025). */
const fourClass = (id: string, label: string, minScore: number) => ({
  ...{ id, label, minScore, source: PLAN_002_CLASSES, confidence: 'H' as const },
  ...{ assumption: true, note: PLAN_002_THRESHOLD_NOTE },
})

/**
 * Plan 002's own scale (IV.7: "theo 4 loại (tốt, khá, trung bình, yếu)"), scored out of 100 by
 * the managing level like QĐ 510's sheet. Version 2 adds the (assumed) lowest scores: version 1
 * had none, so no unit could be classified on it (ADR 025).
 */
export const MOVEMENT_FOUR_CLASSES: CriteriaSetInput = {
  code: 'phan-loai-phong-trao-4-loai',
  version: 2,
  title:
    'Đánh giá, phân loại phong trào toàn dân bảo vệ ANTQ theo 4 loại (tốt, khá, trung bình, yếu)',
  kind: 'score',
  unitKinds: ['residential_area', 'commune', 'agency', 'enterprise', 'school'],
  source: PLAN_002_CLASSES,
  confidence: 'H',
  note: 'Thang riêng của kế hoạch 002 (trước QĐ 510/2022): cấp quản lý chấm tổng điểm (thang 100) theo tiêu chí của văn bản hướng dẫn của UBND huyện (chưa có); ngưỡng điểm là giả định.',
  classes: [
    fourClass('tot', 'Tốt', 90),
    fourClass('kha', 'Khá', 70),
    fourClass('trung_binh', 'Trung bình', 50),
    fourClass('yeu', 'Yếu', 0),
  ],
  passRule: { type: 'classes', source: PLAN_002_CLASSES, confidence: 'H' },
}
