// Plan 004 — Kế hoạch phát động thi đua phong trào "Toàn dân bảo vệ an ninh Tổ quốc" năm 2024,
// Ban Chỉ đạo 138 tỉnh Đồng Tháp (/work/shared/seeds/004_710f41d73ce858c7.txt, an OCR copy:
// the clauses are quoted as plans/seeds/004-dong-thap-2024.yaml restores their accents).
// Issuer: the province; demo year 2024. Readings written down here:
// - The route starts with registration (đăng ký by 29/02/2024): "có đăng ký và trong đó có từ
//   90%" is a share of the ANTT-registered units, "trong đó có từ 60% … Xuất sắc" of the
//   classified ones (S3); an exemplary unit counts only when it registered to build one.
// - "Phối hợp xây dựng ít nhất 16 đơn vị" and "ít nhất 06 Công an phường" are the province's own
//   counts (S4): judged at the province, contributions elsewhere. With no exemplary assessment
//   (no exemplary evaluation at all) the count has no data (S6).
// - The households and people reached are the activity log's (activity-log.sql.ts): the most one
//   session reached, never a sum of sessions nor a figure typed into a report.
import { EFFECTIVE_MODELS } from './models.sql'
import { kinds, one, OUTSIDE_TT124, term, total, type TargetSpec } from './scope-walk'
import { hasStandard, holds } from './standards'
import { activityLog } from './activity-log.sql'

const ANTT_UNITS = `${kinds('residential_area', 'commune', 'agency', 'enterprise', 'school')} AND NOT ${OUTSIDE_TT124}`
const UNITS = kinds('commune', 'agency', 'enterprise', 'school')

export const PLAN_004 = {
  planKey: '004-dong-thap-2024',
  targets: [
    // II.4 "đảm bảo ít nhất 90% số hộ dân trên địa bàn … được tuyên truyền phổ biến, giáo dục
    // pháp luật". Population: the households of every xã, phường, thị trấn (S2).
    {
      ...{ id: 'tuyen-truyen-ho-dan', kind: 'share', population: kinds('commune') },
      numerator: activityLog.households(2024),
      denominator: term('unit.households', 'households'),
      ...{ comparator: '>=', threshold: 0.9 },
    },
    // II.4 "100% cán bộ, công chức, viên chức, người lao động, học sinh, sinh viên được tuyên
    // truyền phổ biến, giáo dục pháp luật". Population: the people of every CQ, DN, CSGD and
    // organisation, staff + pupils term by term (S2).
    {
      ...{ id: 'tuyen-truyen-can-bo', kind: 'share' },
      population: kinds('agency', 'enterprise', 'school', 'organisation'),
      numerator: total(activityLog.staff(2024), activityLog.pupils(2024)),
      denominator: total(term('unit.staff', 'staff'), term('unit.pupils', 'pupils')),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.4 "Có 100% khóm, ấp, xã, phường, thị trấn cơ quan, doanh nghiệp, cơ sở giáo dục thuộc
    // thẩm quyền hoặc được ủy quyền quản lý có đăng ký". Every such unit under TT 124 (S1).
    {
      ...{ id: 'dang-ky-antt', kind: 'share', population: ANTT_UNITS, denominator: '1' },
      ...{ numerator: one('f.antt_registered'), comparator: '=', threshold: 1 },
    },
    // II.4 "có đăng ký và trong đó có từ 90% trở lên được công nhận đạt tiêu chuẩn 'An toàn về an
    // ninh, trật tự'." S3: a share of the registered units.
    {
      ...{ id: 'cong-nhan-antt', kind: 'share', denominator: '1' },
      population: `${ANTT_UNITS} AND f.antt_registered`,
      ...{ numerator: one('f.antt_recognized'), comparator: '>=', threshold: 0.9 },
    },
    // II.4 "Có trên 80% khóm, ấp, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục …
    // được đánh giá, phân loại phong trào … từ 'Trung bình' trở lên". Every such unit under
    // QĐ 510 (S1); an unclassified one counts and does not meet it.
    {
      ...{ id: 'phan-loai-trung-binh', kind: 'share', population: ANTT_UNITS, denominator: '1' },
      numerator: one(`f.movement_class IN ('xuat_sac', 'kha', 'trung_binh')`),
      ...{ comparator: '>', threshold: 0.8 },
    },
    // II.4 "trong đó có từ 60% trở lên được đánh giá, phân loại 'Xuất sắc'." S3: of the
    // classified units.
    {
      ...{ id: 'phan-loai-xuat-sac', kind: 'share', denominator: '1' },
      population: `${ANTT_UNITS} AND f.movement_class IS NOT NULL`,
      ...{ numerator: one(`f.movement_class = 'xuat_sac'`), comparator: '>=', threshold: 0.6 },
    },
    // II.4 "Có trên 90% xã duy trì và đạt tiêu chí, chỉ tiêu về an ninh, trật tự trong xây dựng
    // nông thôn mới." Population: the xã; one that did not report it does not meet it.
    {
      ...{ id: 'xa-nong-thon-moi', kind: 'share', denominator: '1' },
      population: `${kinds('commune')} AND f.subtype = 'xa'`,
      numerator: holds('ntm_19_2', 2024),
      ...{ comparator: '>', threshold: 0.9 },
    },
    // II.4 "Mỗi xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục phải duy trì ít nhất
    // 01 mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc hoạt động thiết thực, hiệu quả."
    {
      ...{ id: 'mo-hinh-hieu-qua', kind: 'share', population: UNITS, denominator: '1' },
      numerator: one(`${EFFECTIVE_MODELS} >= 1`),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.4 "Phối hợp xây dựng ít nhất 16 đơn vị (xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ
    // sở giáo dục) đạt điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc". A count (S5)
    // of QĐ 9745 candidates (S1) registered and recognised; the province's obligation (S4).
    {
      ...{ id: 'dien-hinh', kind: 'count', level: 'issuer' },
      population: `${UNITS} AND NOT ${OUTSIDE_TT124}`,
      numerator: one('f.exemplary_registered AND f.exemplary_recognized'),
      ...{ hasData: 'f.exemplary_assessed', comparator: '>=', threshold: 16 },
    },
    // II.4 "ít nhất 06 Công an phường đạt chuẩn kiểu mẫu về an ninh, trật tự và văn minh đô thị".
    // A count of phường; the province's obligation (S4); no phường reporting it: no data.
    {
      ...{ id: 'cong-an-phuong-kieu-mau', kind: 'count', level: 'issuer' },
      population: `${kinds('commune')} AND f.subtype = 'phuong'`,
      numerator: holds('ward_police_model', 2024),
      hasData: hasStandard('ward_police_model', 2024),
      ...{ comparator: '>=', threshold: 6 },
    },
  ] satisfies TargetSpec[],
}
