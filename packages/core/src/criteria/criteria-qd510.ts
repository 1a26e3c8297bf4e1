// QĐ 510/QĐ-BCA-V05 (20/01/2022): the 100-point score sheet classifying the movement (legal.md
// §2). Only the first items for agencies/enterprises/schools are known; class thresholds are
// NOT FOUND, so the values below are ASSUMPTIONS an administrator must confirm or replace.
import type { CriteriaSetInput } from './criteria-schema'

const QD510 = 'QĐ 510/QĐ-BCA-V05'
const THRESHOLD_NOTE =
  'NOT FOUND trong nguồn: ngưỡng giả định, quản trị viên phải xác nhận theo văn bản gốc'

/** Assumed thresholds (90/70/50); the fourth class "Yếu" was not seen in any source either. */
export const QD510_CLASSES: CriteriaSetInput['classes'] = [
  {
    id: 'xuat_sac',
    label: 'Xuất sắc',
    minScore: 90,
    source: `${QD510}, Điều 8`,
    confidence: 'L',
    assumption: true,
    note: THRESHOLD_NOTE,
  },
  {
    id: 'kha',
    label: 'Khá',
    minScore: 70,
    source: `${QD510}, Điều 8`,
    confidence: 'L',
    assumption: true,
    note: THRESHOLD_NOTE,
  },
  {
    id: 'trung_binh',
    label: 'Trung bình',
    minScore: 50,
    source: `${QD510}, Điều 8`,
    confidence: 'L',
    assumption: true,
    note: THRESHOLD_NOTE,
  },
  {
    id: 'yeu',
    label: 'Yếu',
    minScore: 0,
    source: `${QD510}, Điều 8`,
    confidence: 'L',
    assumption: true,
    note: 'Loại "Yếu" giả định (chưa thấy trong nguồn); các kế hoạch 000, 004 có nhắc "Yếu"',
  },
]

const CLASS_RULE: CriteriaSetInput['passRule'] = {
  type: 'classes',
  source: `${QD510}, Điều 8`,
  confidence: 'M',
  note: 'Kết quả là một loại theo tổng điểm; xem classes',
}

export const QD510_AGENCY: CriteriaSetInput = {
  code: 'qd510-cqdncsgd',
  version: 1,
  title:
    'Chấm điểm, phân loại phong trào toàn dân bảo vệ ANTQ: cơ quan, doanh nghiệp, cơ sở giáo dục',
  kind: 'score',
  unitKinds: ['agency', 'enterprise', 'school', 'organisation'],
  source: `${QD510}, Điều 7`,
  confidence: 'M',
  validFrom: '2022-01-20',
  deadline: '11-30',
  maxScore: 100,
  note: 'Thang 100 điểm; cột: Nội dung chấm điểm | Điểm chuẩn | Điểm tự chấm | Điểm cấp trên chấm. Hoàn thành trước 30/11 (Điều 11).',
  classes: QD510_CLASSES,
  passRule: CLASS_RULE,
  items: [
    {
      id: '1',
      text: 'Quý I: cấp ủy (nếu có) có nghị quyết; có chương trình, kế hoạch; sơ kết, tổng kết; thực hiện nghiêm chế độ thông tin, báo cáo',
      points: 3,
      source: `${QD510}, Điều 7 mục 1`,
      confidence: 'M',
    },
    {
      id: '2',
      text: 'Tuyên truyền thu hút từ 90% trở lên đảng viên, cán bộ, người lao động, học sinh tham gia phong trào',
      points: 3,
      source: `${QD510}, Điều 7 mục 2`,
      confidence: 'M',
      formula:
        '(propaganda.staff_reached + propaganda.pupils_reached) / (unit.staff + unit.pupils) >= 90%',
    },
    {
      id: '3',
      text: 'Hưởng ứng, tổ chức "Ngày hội toàn dân bảo vệ ANTQ" và các chuyên đề do Ban Chỉ đạo các cấp chỉ đạo',
      points: 5,
      source: `${QD510}, Điều 7 mục 3`,
      confidence: 'M',
    },
    {
      id: '4a',
      text: 'Có quy chế hoặc kế hoạch phối hợp với chính quyền, Công an cơ sở',
      points: 1,
      source: `${QD510}, Điều 7 mục 4a`,
      confidence: 'M',
    },
    {
      id: 'con-lai',
      text: '(Các mục 4b trở đi chưa tìm thấy) — phần điểm còn lại của thang 100',
      points: 88,
      source: `${QD510}, Điều 7`,
      confidence: 'L',
      assumption: true,
      note: 'NOT FOUND: tách thành từng mục khi có văn bản gốc',
    },
  ],
}

function placeholderSheet(
  code: string,
  title: string,
  unitKinds: CriteriaSetInput['unitKinds'],
  deadline: string,
): CriteriaSetInput {
  return {
    code,
    version: 1,
    title,
    kind: 'score',
    unitKinds,
    source: QD510,
    confidence: 'L',
    validFrom: '2022-01-20',
    deadline,
    maxScore: 100,
    note: 'Các mục chấm điểm chưa tìm thấy (NOT FOUND); bộ này chỉ giữ chỗ để quản trị viên nhập.',
    classes: QD510_CLASSES,
    passRule: CLASS_RULE,
    items: [
      {
        id: 'chua-ro',
        text: '(Chưa tìm thấy các mục chấm điểm)',
        points: 100,
        source: QD510,
        confidence: 'L',
        assumption: true,
        note: 'NOT FOUND',
      },
    ],
  }
}

export const QD510_RESIDENTIAL = placeholderSheet(
  'qd510-kdc',
  'Chấm điểm, phân loại phong trào: khu dân cư',
  ['residential_area'],
  '11-20',
)
export const QD510_COMMUNE = placeholderSheet(
  'qd510-xa',
  'Chấm điểm, phân loại phong trào: xã, phường, thị trấn',
  ['commune'],
  '11-30',
)
