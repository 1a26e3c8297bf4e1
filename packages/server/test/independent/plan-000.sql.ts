// Plan 000 — Kế hoạch phát động phong trào thi đua toàn dân bảo vệ ANTQ năm 2024, Ban Chỉ đạo
// 138 huyện Bắc Quang (/work/shared/seeds/000_09bc1dc8f32c51ce.txt). Every target written from
// its clause as SQL over the facts of scope-walk.ts; issuer: the district (Huyện Bắc Quang).
// VI.1 "(trừ cơ sở giáo dục tiểu học, mầm non, nhà trẻ)" takes those schools out of every
// target of this plan (the plan's own exclusion), on top of S1 for ANTT/movement/exemplary.
// - The households and people reached are the activity log's (activity-log.sql.ts): the most one
//   session reached, never a sum of sessions nor a figure typed into a report.
import { EFFECTIVE_MODELS } from './models.sql'
import { kinds, one, OUTSIDE_TT124, term, total, type TargetSpec } from './scope-walk'
import { holds } from './standards'
import { activityLog } from './activity-log.sql'

const PLAN_EXCLUDED = `(f.kind = 'school' AND f.school_level IN ('primary', 'kindergarten', 'creche'))`
const inPlan = (...list: string[]) => `${kinds(...list)} AND NOT ${PLAN_EXCLUDED}`
const ANTT_UNITS = [...['residential_area', 'commune', 'agency', 'enterprise', 'school']] as const
const inMovement = (...list: string[]) => `${inPlan(...list)} AND NOT ${OUTSIDE_TT124}`

export const PLAN_000 = {
  planKey: '000-bac-quang-2024',
  targets: [
    // IV.1 "đảm bảo ít nhất 90% số hộ dân trên địa bàn … được tuyên truyền phổ biến, giáo dục
    // pháp luật và phát động phong trào toàn dân bảo vệ ANTQ". Population: the households of
    // every xã, thị trấn (a commune's reported households, else its register's; S2: a commune
    // with neither is "thiếu số liệu"; one with no report reaches 0).
    {
      id: 'tuyen-truyen-ho-dan',
      kind: 'share',
      population: inPlan('commune'),
      numerator: activityLog.households(2024),
      denominator: term('unit.households', 'households'),
      comparator: '>=',
      threshold: 0.9,
    },
    // IV.1 "và 100% cán bộ, công chức, viên chức, người lao động, học sinh, sinh viên được
    // tuyên truyền phổ biến, giáo dục pháp luật". Population: the people (staff + pupils, term
    // by term, S2) of every agency, enterprise, school (not primary/mầm non/nhà trẻ, VI.1) and
    // organisation.
    {
      id: 'tuyen-truyen-can-bo',
      kind: 'share',
      population: inPlan('agency', 'enterprise', 'school', 'organisation'),
      numerator: total(activityLog.staff(2024), activityLog.pupils(2024)),
      denominator: total(term('unit.staff', 'staff'), term('unit.pupils', 'pupils')),
      comparator: '=',
      threshold: 1,
    },
    // IV.2 "Có 100% khu dân cư, xã, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc thẩm
    // quyền hoặc được ủy quyền quản lý có đăng ký". Population: every KDC, xã, thị trấn, CQ,
    // DN, CSGD of the district subject to TT 124 (S1); numerator: registered for ANTT.
    {
      id: 'dang-ky-antt',
      kind: 'share',
      population: inMovement(...ANTT_UNITS),
      numerator: one('f.antt_registered'),
      denominator: '1',
      comparator: '=',
      threshold: 1,
    },
    // IV.2 "có đăng ký, trong đó có từ 95% trở lên được công nhận đạt tiêu chuẩn 'An toàn về
    // an ninh, trật tự'". S3: a share of the units registered for ANTT; recognised = 'dat'
    // with a decision, and registered.
    {
      id: 'cong-nhan-antt',
      kind: 'share',
      population: `${inMovement(...ANTT_UNITS)} AND f.antt_registered`,
      numerator: one('f.antt_recognized'),
      denominator: '1',
      comparator: '>=',
      threshold: 0.95,
    },
    // IV.3 "Có 100% khu dân cư, xã, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục … được đánh
    // giá, phân loại phong trào toàn dân bảo vệ ANTQ từ 'Trung bình' trở lên". Population: every
    // such unit under QĐ 510 (S1); an unclassified unit counts and does not meet it (S3).
    {
      id: 'phan-loai-trung-binh',
      kind: 'share',
      population: inMovement(...ANTT_UNITS),
      numerator: one(`f.movement_class IN ('xuat_sac', 'kha', 'trung_binh')`),
      denominator: '1',
      comparator: '=',
      threshold: 1,
    },
    // IV.3 "trong đó có từ 30% trở lên được đánh giá, phân loại 'Xuất sắc'". S3: a share of
    // the classified units.
    {
      id: 'phan-loai-xuat-sac',
      kind: 'share',
      population: `${inMovement(...ANTT_UNITS)} AND f.movement_class IS NOT NULL`,
      numerator: one(`f.movement_class = 'xuat_sac'`),
      denominator: '1',
      comparator: '>=',
      threshold: 0.3,
    },
    // IV.3 "Không có đơn vị bị phân loại phong trào Yếu." A count (S5) of units classified Yếu
    // among those QĐ 510 classifies; with nobody classified there is no data (S6).
    {
      id: 'khong-co-yeu',
      kind: 'count',
      population: inMovement(...ANTT_UNITS),
      numerator: one(`f.movement_class = 'yeu'`),
      hasData: 'f.movement_class IS NOT NULL',
      comparator: '=',
      threshold: 0,
    },
    // IV.4 "Có 95% số xã đạt chỉ tiêu 19.2 của tiêu chí số 19 về Quốc phòng và An ninh thuộc Bộ
    // tiêu chí quốc gia về xã NTM". Population: the xã (not thị trấn); a xã that did not report
    // it counts and does not meet it.
    {
      id: 'ntm-19-2',
      kind: 'share',
      population: `${inPlan('commune')} AND f.subtype = 'xa'`,
      numerator: holds('ntm_19_2', 2024),
      denominator: '1',
      comparator: '>=',
      threshold: 0.95,
    },
    // IV.4 "40% số xã đạt chỉ tiêu 19.2 của tiêu chí về xã NTM nâng cao." Same population.
    {
      id: 'ntm-19-2-nang-cao',
      kind: 'share',
      population: `${inPlan('commune')} AND f.subtype = 'xa'`,
      numerator: holds('ntm_19_2_enhanced', 2024),
      denominator: '1',
      comparator: '>=',
      threshold: 0.4,
    },
    // IV.5 "Mỗi xã, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục phải duy trì ít nhất 01 mô
    // hình phong trào toàn dân bảo vệ ANTQ hoạt động thiết thực, hiệu quả." Population: every
    // xã, thị trấn, CQ, DN, CSGD (not primary/mầm non/nhà trẻ); no report: not met.
    {
      id: 'mo-hinh-hieu-qua',
      kind: 'share',
      population: inPlan('commune', 'agency', 'enterprise', 'school'),
      numerator: one(`${EFFECTIVE_MODELS} >= 1`),
      denominator: '1',
      comparator: '=',
      threshold: 1,
    },
    // IV.6 "Có từ 30% đơn vị, địa bàn đăng ký … điển hình về phong trào toàn dân bảo vệ ANTQ."
    // Population: the xã, thị trấn, CQ, DN, CSGD that may build an exemplary unit (QĐ 9745
    // candidates, S1); numerator: registered to build one.
    {
      id: 'dang-ky-dien-hinh',
      kind: 'share',
      population: inMovement('commune', 'agency', 'enterprise', 'school'),
      numerator: one('f.exemplary_registered'),
      denominator: '1',
      comparator: '>=',
      threshold: 0.3,
    },
    // IV.6 "… và 20% phấn đấu đạt điển hình". No "trong đó": a share of all those units (S3);
    // the route starts with registration, so only a registered unit is counted recognised.
    {
      id: 'dat-dien-hinh',
      kind: 'share',
      population: inMovement('commune', 'agency', 'enterprise', 'school'),
      numerator: one('f.exemplary_registered AND f.exemplary_recognized'),
      denominator: '1',
      comparator: '>=',
      threshold: 0.2,
    },
  ] satisfies TargetSpec[],
}
