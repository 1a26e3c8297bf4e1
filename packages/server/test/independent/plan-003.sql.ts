// Plan 003 — Kế hoạch phát động phong trào thi đua "Toàn dân bảo vệ an ninh Tổ quốc" năm 2024,
// UBND tỉnh Tây Ninh (/work/shared/seeds/003_869f96d070f2dfb7.txt). Issuer: the province;
// demo year 2024 (the campaign ends 31/12/2024, S6: judged final).
// Readings written down here:
// - The crime figures (II.2) are the police's monthly records (crime_statistics, issue 12 item 4)
//   of each district's territory — its own and its communes' — over the year's twelve months; a
//   stock (wanted persons on the books, hot spots selected) is each unit's figure at its first
//   month of the year. A level's rate is its districts' sums over sums. The decrease "so với năm
//   2023" is (2023 − 2024) / 2023 from the two years' records, over the districts with both; one
//   missing either is "thiếu số liệu". Figures typed into reports are not read.
// - "Khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt chuẩn 'An toàn về an
//   ninh, trật tự'": a share of every such unit under TT 124 (S1; no registration route, no
//   "trong đó"). "An toàn về phòng cháy, chữa cháy" is another standard: all such units.
// - III.4 "05 xã chưa đạt" and "66 xã đã đạt" are the province's own counts (S4), their
//   populations the xã whose 19.2 record in force at the end of 2023 says not met / met (2023's
//   records, never the typed answer); whether a xã meets it in
//   2024 is its 19.2 record in force on 31/12/2024 (standards.ts), as are fire safety (PCCC),
//   child-friendly and access-to-law: "Các xã, phường, thị trấn phấn đấu duy trì đạt chuẩn" is
//   every xã, phường, thị trấn.
// - The households and people reached are the activity log's (activity-log.sql.ts): the most one
//   session reached, never a sum of sessions nor a figure typed into a report.
import { BOARDS, EFFECTIVE_BOARDS, MODELS, MODELS_WITH_ZALO } from './models.sql'
import { kinds, num, one, OUTSIDE_TT124, term, total, type TargetSpec } from './scope-walk'
import { hasStandard, holds, standardHeld } from './standards'
import { activityLog } from './activity-log.sql'

const DISTRICT = kinds('district')
const ALL = kinds('residential_area', 'commune', 'agency', 'enterprise', 'school')
const rate = (id: string, reached: string, all: string, population = DISTRICT) => ({
  ...{ id, kind: 'share' as const, population },
  ...{ numerator: num(reached), denominator: num(all) },
})
/** A district's records of one kind for a year (null: none); a stock at each unit's first month. */
export const record = (kind: string, year: number, stock = false) =>
  `(SELECT sum(cs.value)::float8 FROM crime_statistics cs JOIN units su ON su.id = cs.unit_id
    WHERE su.path LIKE f.path || '%' AND cs.kind = '${kind}' AND cs.month LIKE '${year}-%'
    ${stock ? `AND cs.month = (SELECT min(c2.month) FROM crime_statistics c2 WHERE c2.unit_id = cs.unit_id AND c2.kind = cs.kind AND c2.month LIKE '${year}-%')` : ''})`
const YEAR = 2024
const recorded = (id: string, reached: string, all: string, stock = false) => ({
  ...{ id, kind: 'share' as const, population: DISTRICT },
  ...{ numerator: record(reached, YEAR), denominator: record(all, YEAR, stock) },
})
const CURRENT = record('social_order_cases', YEAR)
const BASELINE = record('social_order_cases', 2023)
const BOTH = `${CURRENT} IS NOT NULL AND ${BASELINE} IS NOT NULL`
const XA = `${kinds('commune')} AND f.subtype = 'xa'`

export const PLAN_003 = {
  planKey: '003-tay-ninh-2024',
  targets: [
    // II.2 "Giảm tội phạm về trật tự xã hội ít nhất 05% so với năm 2023;"
    {
      ...{ id: 'giam-toi-pham-trat-tu', kind: 'share', population: DISTRICT },
      numerator: `(CASE WHEN ${BOTH} THEN ${BASELINE} - ${CURRENT} END)`,
      denominator: `(CASE WHEN ${BOTH} THEN ${BASELINE} END)`,
      ...{ comparator: '>=', threshold: 0.05 },
    },
    // II.2 "tỷ lệ điều tra, khám phá án đạt trên 75%"
    {
      ...recorded('kham-pha-an', 'cases_solved', 'cases'),
      comparator: '>',
      threshold: 0.75,
    },
    // II.2 "các loại tội phạm rất nghiêm trọng, đặc biệt nghiêm trọng đạt trên 90%;"
    {
      ...recorded('kham-pha-an-nghiem-trong', 'serious_cases_solved', 'serious_cases'),
      ...{ comparator: '>', threshold: 0.9 },
    },
    // II.2 "100% tin báo tố giác tội phạm và kiến nghị khởi tố được tiếp nhận, xử lý đúng theo
    // quy định của pháp luật"
    {
      ...recorded('tiep-nhan-tin-bao', 'tips_accepted', 'tips_received'),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.2 "trong đó tỷ lệ giải quyết đạt trên 90%" — of the reports received.
    {
      ...recorded('giai-quyet-tin-bao', 'tips_resolved', 'tips_received'),
      ...{ comparator: '>', threshold: 0.9 },
    },
    // II.2 "Giảm tỷ lệ tái phạm tội trong số người đặc xá, chấp hành xong án phạt tù, tha tù trước
    // thời hạn có điều kiện dưới 15%;"
    {
      ...recorded('tai-pham', 'reoffenders', 'released_persons'),
      ...{ comparator: '<', threshold: 0.15 },
    },
    // II.2 "bắt giữ, vận động đầu thú 30% số đối tượng truy nã hiện có"
    {
      ...recorded('truy-na-hien-co', 'wanted_existing_caught', 'wanted_existing', true),
      ...{ comparator: '>=', threshold: 0.3 },
    },
    // II.2 "và 50% số đối tượng truy nã mới phát sinh;"
    {
      ...recorded('truy-na-moi', 'wanted_new_caught', 'wanted_new'),
      comparator: '>=',
      threshold: 0.5,
    },
    // II.2 "chuyển hóa thành công ít nhất 60% tổng số địa bàn trọng điểm, phức tạp về trật tự an
    // toàn xã hội được lựa chọn thực hiện."
    {
      ...recorded('chuyen-hoa-dia-ban', 'hotspots_transformed', 'hotspots_selected', true),
      ...{ comparator: '>=', threshold: 0.6 },
    },
    // II.2 "Các xã, phường, thị trấn tổ chức tuyên truyền … phải được ít nhất 75% trên tổng số hộ
    // dân trên địa bàn." Population: the households of every commune (S2).
    {
      ...{ id: 'tuyen-truyen-ho', kind: 'share', population: kinds('commune') },
      numerator: activityLog.households(YEAR),
      denominator: term('unit.households', 'households'),
      ...{ comparator: '>=', threshold: 0.75 },
    },
    // II.2 "Đối với cơ quan, doanh nghiệp, nhà trường tuyên truyền 100% đến cán bộ, đảng viên,
    // công chức, viên chức, người lao động, học sinh, sinh viên." Staff + pupils, term by term.
    {
      ...{ id: 'tuyen-truyen-cqdn', kind: 'share' },
      population: kinds('agency', 'enterprise', 'school'),
      numerator: total(activityLog.staff(YEAR), activityLog.pupils(YEAR)),
      denominator: total(term('unit.staff', 'staff'), term('unit.pupils', 'pupils')),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.2 "Khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt chuẩn 'An
    // toàn về an ninh, trật tự'" — every such unit under TT 124 (S1).
    {
      ...{ id: 'dat-chuan-antt', kind: 'share', denominator: '1' },
      population: `${ALL} AND NOT ${OUTSIDE_TT124}`,
      ...{ numerator: one('f.antt_recognized'), comparator: '=', threshold: 1 },
    },
    // II.2 "… 'An toàn về phòng cháy, chữa cháy'." Every such unit; no report: not met.
    {
      ...{ id: 'dat-chuan-pccc', kind: 'share', population: ALL, denominator: '1' },
      ...{ numerator: holds('fire_safety', YEAR), comparator: '=', threshold: 1 },
    },
    // II.2 "xây dựng, duy trì 100% các nhóm Zalo … đến từng hộ gia đình, từng thành viên mô hình;"
    // The models of every commune, CQ, DN, nhà trường: those with a Zalo group over all.
    // The register (issue 12 item 6): the models of the unit's territory with a Zalo group over all.
    {
      ...{
        // "100% các nhóm Zalo … từng thành viên mô hình": every model once, wherever it is
        // hosted (a khu dân cư too).
        id: 'nhom-zalo',
        kind: 'share',
        population: ALL,
      },
      ...{ numerator: MODELS_WITH_ZALO, denominator: MODELS, comparator: '=', threshold: 1 },
    },
    // II.2 "phần đầu 100% các tuyến đường giao thông nông thôn, giao thông nội thị được xây dựng
    // mô hình 'Thấp sáng đường quê'"
    {
      ...rate('thap-sang-duong-que', 'roads.lit', 'roads.count', kinds('commune')),
      ...{ comparator: '=', threshold: 1 },
    },
    // II.2 "đảm bảo có ít nhất 2/3 Ban Điều hành Tổ Dân cư tự quản hoạt động có chất lượng."
    // Boards recorded in the register as bodies; "có chất lượng": latest review Tốt or Khá.
    {
      // Each board once, at the khu dân cư (or xã) it serves.
      ...{
        id: 'ban-dieu-hanh-tu-quan',
        kind: 'share',
        population: kinds('commune', 'residential_area'),
      },
      ...{ numerator: EFFECTIVE_BOARDS, denominator: BOARDS, comparator: '>=', threshold: 2 / 3 },
    },
    // III.4 "Có kế hoạch tổ chức triển khai các giải pháp xây dựng xã đạt Tiêu chí về an ninh, trật
    // tự trong xây dựng nông thôn mới đối với 05 xã chưa đạt trong năm 2023". A count (S5) of
    // those xã reaching it this year; the province's obligation (S4). "Chưa đạt trong năm 2023":
    // the xã's 19.2 record in force at the end of 2023 says not met — 2023's records, as the
    // 2023 crime baseline is (a xã with no 2023 record is in neither count).
    {
      ...{ id: 'ntm-05-xa-chua-dat', kind: 'count', level: 'issuer' },
      population: `${XA} AND ${standardHeld('ntm_19_2', 2023)} = false`,
      numerator: holds('ntm_19_2', YEAR),
      hasData: hasStandard('ntm_19_2', YEAR),
      ...{ comparator: '>=', threshold: 5 },
    },
    // III.4 "giữ vững Tiêu chí về an ninh, trật tự đối với 66 xã đã đạt;"
    {
      ...{ id: 'ntm-66-xa-giu-vung', kind: 'count', level: 'issuer' },
      population: `${XA} AND ${standardHeld('ntm_19_2', 2023)} = true`,
      numerator: holds('ntm_19_2', YEAR),
      hasData: hasStandard('ntm_19_2', YEAR),
      ...{ comparator: '>=', threshold: 66 },
    },
    // II.2 "Các xã, phường, thị trấn phấn đấu duy trì đạt chuẩn xã, phường, thị trấn phù hợp với
    // trẻ em và đạt chuẩn tiếp cận pháp luật." Two shares of every xã, phường, thị trấn.
    {
      ...{ id: 'xa-phu-hop-tre-em', kind: 'share', population: kinds('commune'), denominator: '1' },
      ...{ numerator: holds('child_friendly', YEAR), comparator: '=', threshold: 1 },
    },
    {
      ...{ id: 'xa-tiep-can-phap-luat', kind: 'share', population: kinds('commune') },
      ...{ denominator: '1', numerator: holds('access_to_law', YEAR) },
      ...{ comparator: '=', threshold: 1 },
    },
  ] satisfies TargetSpec[],
}
