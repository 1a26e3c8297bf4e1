// Plan 002 — Kế hoạch thực hiện Đề án phong trào toàn dân bảo vệ ANTQ 2020–2025, UBND huyện Lục
// Ngạn (/work/shared/seeds/002_e18dccb5a2b6f641.txt). Issuer: the district; demo year 2024.
// Readings written down here:
// - The demo year (2024) lies in the phase "2023 – 2025": a clause "đến năm 2025" is judged
//   against its 2025 goal; a clause "đến hết năm 2022" keeps its goal after 2022. Every year
//   is over (S6): met or missed, no "on track".
// - "CQDNNT" = cơ quan, doanh nghiệp, nhà trường. A unit with no report counts in a unit share
//   and does not meet it; a ratio or households share reads the unit's reported figures, the
//   households also from the register (S2).
// - II.2 "cán bộ, …, công nhân viên, người lao động, học sinh (từ bậc trung học cơ sở trở lên)":
//   the staff of every CQDNNT count; the pupils only of schools from lower secondary up. A
//   primary school, kindergarten or crèche counts with its staff (reached and total) alone.
// - II.2's people and households reached, II.4's propagandists trained and II.5's articles and
//   broadcasts are the activity log's (activity-log.sql.ts), never figures typed into reports.
// - "19/28 xã" (II.10) is the district's own obligation (S4): judged at the district only.
// - Guards, cameras, NTM and the drug-free standard are the units' standard records (issue 12
//   item 5, standards.ts), held on 31/12 of the year; typed yes/no figures are not read.
// - IV.7 "xây dựng … xã, thị trấn … không có tệ nạn ma tuý" names no share: read as every xã,
//   thị trấn of the district, yearly.
import { record } from './plan-003.sql'
import { EFFECTIVE_MODELS } from './models.sql'
import { bool, kinds, num, one, OUTSIDE_TT124, term, total, type TargetSpec } from './scope-walk'
import { hasStandard, holds } from './standards'
import { activityLog } from './activity-log.sql'

const YEAR = 2024
const ALL = kinds('residential_area', 'commune', 'agency', 'enterprise', 'school')
const CQDNNT = kinds('agency', 'enterprise', 'school')
const TOP = kinds('district', 'commune')
const flag = (field: string) => one(`coalesce(${bool(field)}, false)`)
const YOUNG = `(f.kind = 'school' AND f.school_level IN ('primary', 'kindergarten', 'creche'))`
const pupils = (field: string, register?: string) =>
  `(CASE WHEN ${YOUNG} THEN NULL ELSE ${register ? term(field, register) : num(field)} END)`
const ratio = (id: string, reached: string, all: string, population: string) => ({
  id,
  kind: 'share' as const,
  population,
  numerator: num(reached),
  denominator: num(all),
})

/** Classified on plan 002's own four classes (IV.7). */
const OWN_SCALE = `f.movement_set = 'phan-loai-phong-trao-4-loai'`

const recorded = (id: string, reached: string, all: string) => ({
  ...{ id, kind: 'share' as const, population: kinds('district') },
  ...{ numerator: record(reached, 2024), denominator: record(all, 2024) },
})

export const PLAN_002 = {
  planKey: '002-luc-ngan-2020-2025',
  targets: [
    // II.1 "Hằng năm, 100% các văn bản … được triển khai đến xã, thị trấn CQDNNT, khu dân cư để
    // thực hiện." Population: every KDC, xã, thị trấn, CQDNNT.
    {
      ...{ id: 'van-ban-trien-khai', kind: 'share', population: ALL, denominator: '1' },
      ...{ numerator: flag('documents.all_deployed'), comparator: '=', threshold: 1 },
    },
    // II.2 "Hằng năm, 100% xã, thị trấn, CQDNNT (cấp uỷ có nghị quyết, chính quyền có kế hoạch)
    // thực hiện công tác bảo đảm an ninh, trật tự". Population: xã, thị trấn, CQDNNT.
    {
      ...{ id: 'nghi-quyet-ke-hoach', kind: 'share', denominator: '1' },
      population: kinds('commune', 'agency', 'enterprise', 'school'),
      ...{ numerator: flag('leadership.resolution_and_plan'), comparator: '=', threshold: 1 },
    },
    // II.2 "100% hộ gia đình … được tuyên truyền về công tác phòng, chống tội phạm, tệ nạn xã
    // hội." Population: the households of every xã, thị trấn.
    {
      ...{ id: 'tuyen-truyen-ho', kind: 'share', population: kinds('commune') },
      numerator: activityLog.households(YEAR),
      denominator: term('unit.households', 'households'),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.2 "100% … cán bộ, hội viên, đoàn viên, công nhân viên, người lao động, học sinh (từ bậc
    // trung học cơ sở trở lên) được tuyên truyền". Population: the staff of every CQDNNT and
    // the pupils of schools from lower secondary up (term by term, S2).
    {
      ...{ id: 'tuyen-truyen-nguoi', kind: 'share', population: CQDNNT },
      numerator: total(
        activityLog.staff(YEAR),
        `(CASE WHEN ${YOUNG} THEN NULL ELSE ${activityLog.pupils(YEAR)} END)`,
      ),
      denominator: total(term('unit.staff', 'staff'), pupils('unit.pupils', 'pupils')),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.3 "100% tin báo, tố giác tội phạm của người dân cung cấp phải được thụ lý giải quyết":
    // "thụ lý" is the police's acceptance, of the tips received — the monthly records
    // (crime_statistics) of the district's territory (its own and its communes') for the year.
    {
      ...recorded('thu-ly-tin-bao', 'tips_accepted', 'tips_received'),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.3 "(tỷ lệ giải quyết tin báo, tố giác tội phạm đạt trên 90% …)": resolved of received.
    {
      ...recorded('giai-quyet-tin-bao', 'tips_resolved', 'tips_received'),
      ...{ comparator: '>', threshold: 0.9 },
    },
    // II.4 "Đến năm 2025, từ huyện đến các xã, thị trấn xây dựng được đội ngũ báo cáo viên,
    // tuyên truyền viên …; 100% được tập huấn". Population: the propagandists of the district
    // and of every xã, thị trấn.
    {
      ...ratio('tap-huan-tuyen-truyen-vien', 'propagandists.trained', 'propagandists.count', TOP),
      numerator: activityLog.trained(YEAR),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.5 "Hàng năm, có ít nhất 20 tin bài … được đăng tải trên Báo Bắc Giang, Đài Phát thanh và
    // Truyền hình tỉnh". A number (S5): the district's reported articles.
    {
      ...{ id: 'tin-bai-tinh', kind: 'sum', population: kinds('district') },
      numerator: activityLog.items(YEAR, 'provincial_article'),
      hasData: `${activityLog.items(YEAR, 'provincial_article')} IS NOT NULL`,
      ...{ comparator: '>=', threshold: 20 },
    },
    // II.5 "có trên 80 tin, bài được phát sóng trên hệ thống truyền thanh, truyền hình của Trung
    // tâm Văn hoá - Thông tin và Thể thao huyện."
    {
      ...{ id: 'tin-bai-huyen', kind: 'sum', population: kinds('district') },
      numerator: activityLog.items(YEAR, 'district_broadcast'),
      hasData: `${activityLog.items(YEAR, 'district_broadcast')} IS NOT NULL`,
      ...{ comparator: '>', threshold: 80 },
    },
    // II.6 "Phấn đấu đến hết năm 2022 có trên 90% số đơn vị được công nhận …; đến năm 2025 có
    // trên 95% số đơn vị được công nhận đạt tiêu chuẩn 'An toàn về an ninh, trật tự'." No
    // registration route, no "trong đó": every KDC, xã, thị trấn, CQDNNT under TT 124 (S1).
    {
      ...{ id: 'cong-nhan-antt', kind: 'share', denominator: '1' },
      population: `${ALL} AND NOT ${OUTSIDE_TT124}`,
      ...{ numerator: one('f.antt_recognized'), comparator: '>', threshold: 0.95 },
    },
    // II.7 "Đến năm 2025, có trên 90% khu dân cư, xã, thị trấn, CQDNNT có mô hình tổ chức quần
    // chúng làm nhiệm vụ bảo đảm an ninh, trật tự hoạt động hiệu quả".
    {
      ...{ id: 'mo-hinh-hieu-qua', kind: 'share', population: ALL, denominator: '1' },
      numerator: one(`${EFFECTIVE_MODELS} >= 1`),
      ...{ comparator: '>', threshold: 0.9 },
    },
    // II.7 "trong đó 100% khu dân cư, xã, thị trấn, CQDNNT tiêm ẩn phức tạp về an ninh, trật tự
    // phải có mô hình hoạt động hiệu quả." Population: those reported potentially complex.
    {
      ...{ id: 'mo-hinh-noi-phuc-tap', kind: 'share', denominator: '1' },
      population: `${ALL} AND coalesce(${bool('security.potentially_complex')}, false)`,
      numerator: one(`${EFFECTIVE_MODELS} >= 1`),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.8 "100% CQDNNT bố trí đủ lực lượng bảo vệ theo quy định."
    {
      ...{ id: 'luc-luong-bao-ve', kind: 'share', population: CQDNNT, denominator: '1' },
      ...{ numerator: holds('guards_sufficient', YEAR), comparator: '=', threshold: 1 },
    },
    // II.9 "Phấn đấu đến hết năm 2022, có 100% khu dân cư, xã, thị trấn, CQDNNT; … lắp đặt hệ
    // thống Camera an ninh."
    {
      ...{ id: 'camera-don-vi', kind: 'share', population: ALL, denominator: '1' },
      ...{ numerator: holds('cameras_installed', YEAR), comparator: '=', threshold: 1 },
    },
    // II.9 "Đến hết năm 2025, có từ 20% đến 30% hộ dân ở khu vực nông thôn … lắp đặt hệ thống
    // Camera an ninh." Population: the households of rural KDC; "từ 20% đến 30%" is met from 20%.
    {
      ...{ id: 'camera-ho-nong-thon', kind: 'share' },
      population: `${kinds('residential_area')} AND f.area_type = 'rural'`,
      numerator: num('cameras.households'),
      denominator: term('unit.households', 'households'),
      ...{ comparator: '>=', threshold: 0.2 },
    },
    // II.9 "trên 50% hộ dân ở khu vực đô thị lắp đặt hệ thống Camera an ninh."
    {
      ...{ id: 'camera-ho-do-thi', kind: 'share' },
      population: `${kinds('residential_area')} AND f.area_type = 'urban'`,
      numerator: num('cameras.households'),
      denominator: term('unit.households', 'households'),
      ...{ comparator: '>', threshold: 0.5 },
    },
    // II.10 "Phấn đấu đến năm 2025, có 19/28 xã về đích nông thôn mới". A count of xã (S5),
    // the district's obligation (S4); no xã reporting it: no data.
    {
      ...{ id: 'xa-nong-thon-moi', kind: 'count', level: 'issuer' },
      population: `${kinds('commune')} AND f.subtype = 'xa'`,
      numerator: holds('ntm_achieved', YEAR),
      hasData: hasStandard('ntm_achieved', YEAR),
      ...{ comparator: '>=', threshold: 19 },
    },
    // II.10 "không còn địa bàn trọng điểm phức tạp về an ninh, trật tự." A count of xã, thị trấn
    // classified "trọng điểm phức tạp về an ninh, trật tự" (IV: the yearly review into 3 kinds);
    // none reviewed: no data.
    {
      ...{ id: 'khong-con-trong-diem', kind: 'count', population: kinds('commune') },
      numerator: one(`f.complexity = 'trong_diem_an_ninh'`),
      ...{ hasData: 'f.complexity_assessed', comparator: '=', threshold: 0 },
    },
    // IV.7 "Thực hiện tốt công tác xây dựng khu dân cư, xã, thị trấn, CQDNNT đạt tiêu chuẩn 'An
    // toàn về an ninh, trật tự' và không có tệ nạn ma tuý": every xã, thị trấn recognised drug-free.
    {
      ...{ id: 'xa-khong-ma-tuy', kind: 'share', population: kinds('commune'), denominator: '1' },
      ...{ numerator: holds('drug_free', YEAR), comparator: '=', threshold: 1 },
    },
    // I.2 "phấn đấu đến năm 2025, không còn xã, thị trấn, CQDNNT trên địa bàn huyện có phong
    // trào toàn dân bảo vệ an ninh Tổ quốc yếu." "Yếu" is the plan's own class: IV.7 "phân loại
    // phong trào … theo 4 loại (tốt, khá, trung bình, yếu)", the classification made on that
    // scale (its set, `phan-loai-phong-trao-4-loai`), never QĐ 510's "Yếu". A count among the
    // units classified (the bodies TT 124 covers, S1); none classified on it: no data.
    {
      id: 'khong-con-phong-trao-yeu',
      kind: 'count',
      population: `${kinds('commune', 'agency', 'enterprise', 'school')} AND NOT ${OUTSIDE_TT124}`,
      numerator: one(`${OWN_SCALE} AND f.movement_class = 'yeu'`),
      ...{ hasData: OWN_SCALE, comparator: '=', threshold: 0 },
    },
  ] satisfies TargetSpec[],
}
