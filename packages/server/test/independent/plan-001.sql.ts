// Plan 001 — Kế hoạch xây dựng xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục điển
// hình về phong trào toàn dân bảo vệ ANTQ, UBND tỉnh Quảng Trị, hằng năm từ 2023
// (/work/shared/seeds/001_51d44edad7747dd1.txt). Issuer: the province; demo year 2023.
// Readings written down here:
// - "lựa chọn … để xây dựng điển hình" is the unit's registration to build an exemplary unit
//   (take part + builds exemplary) for the year; with no registration at all in the population
//   the count has no data (S6).
// - "thuộc cấp huyện quản lý": the unit's managing unit (else its parent) is a district;
//   "cấp tỉnh quản lý": it is the province. Exemplary candidates are QĐ 9745's, so the TT 124
//   exclusions apply (S1).
// - "Mỗi năm … ít nhất 01" is each district's own obligation (S4): judged at each district; at
//   the province, the districts meeting it over the districts holding such units (all must); at
//   a commune, its contribution, not applicable.
import { bool, kinds, OUTSIDE_TT124, one, type TargetSpec } from './scope-walk'

const CANDIDATE = `NOT ${OUTSIDE_TT124}`
const AGENCIES = kinds('agency', 'enterprise', 'school')

export const PLAN_001 = {
  planKey: '001-quang-tri-dien-hinh',
  targets: [
    // II.2.1 "Đối với các cơ quan, doanh nghiệp, cơ sở giáo dục cấp tỉnh quản lý: Mỗi năm lựa
    // chọn ít nhất 01 cơ quan (hoặc doanh nghiệp, cơ sở giáo dục) để xây dựng điển hình về phong
    // trào toàn dân bảo vệ an ninh Tổ quốc." Population: the CQ, DN, CSGD the province manages
    // itself; the province's obligation (S4).
    {
      id: 'chon-cq-cap-tinh',
      kind: 'count',
      population: `${AGENCIES} AND f.managed_by_kind = 'province' AND ${CANDIDATE}`,
      numerator: one('f.exemplary_registered'),
      hasData: 'f.has_registration',
      comparator: '>=',
      threshold: 1,
      level: 'issuer',
    },
    // II.2.1 "Đối với xã, phường, thị trấn, cơ quan, doanh nghiệp cơ sở giáo dục thuộc cấp huyện
    // quản lý: Mỗi năm lựa chọn ít nhất 01 xã, …" Population: the xã of each district.
    {
      id: 'chon-xa-moi-huyen',
      kind: 'count',
      population: `${kinds('commune')} AND f.subtype = 'xa' AND f.managed_by_kind = 'district'`,
      numerator: one('f.exemplary_registered'),
      hasData: 'f.has_registration',
      comparator: '>=',
      threshold: 1,
      level: 'district',
    },
    // II.2.1 "… 01 phường/thị trấn …" Population: the phường and thị trấn of each district.
    {
      id: 'chon-phuong-moi-huyen',
      kind: 'count',
      population: `${kinds('commune')} AND f.subtype IN ('phuong', 'thi_tran') AND f.managed_by_kind = 'district'`,
      numerator: one('f.exemplary_registered'),
      hasData: 'f.has_registration',
      comparator: '>=',
      threshold: 1,
      level: 'district',
    },
    // II.2.1 "… và 01 cơ quan (hoặc doanh nghiệp, cơ sở giáo dục) để xây dựng điển hình".
    // Population: the CQ, DN, CSGD a district manages (thuộc cấp huyện quản lý).
    {
      id: 'chon-cq-moi-huyen',
      kind: 'count',
      population: `${AGENCIES} AND f.managed_by_kind = 'district' AND ${CANDIDATE}`,
      numerator: one('f.exemplary_registered'),
      hasData: 'f.has_registration',
      comparator: '>=',
      threshold: 1,
      level: 'district',
    },
    // II.2.1 "Đối với những địa phương đã xây dựng 'Xã, phường, thị trấn điển hình về phong trào
    // toàn dân bảo vệ ANTQ' năm 2022 … thì tiếp tục duy trì, giữ vững kết quả thực hiện". A share
    // of the communes that report having been exemplary in 2022 (a commune that did not report
    // it cannot be placed); kept = recognised exemplary again this year, on the registered route.
    {
      id: 'duy-tri-dien-hinh-2022',
      kind: 'share',
      population: `${kinds('commune')} AND coalesce(${bool('exemplary.recognized_2022')}, false)`,
      numerator: one('f.exemplary_registered AND f.exemplary_recognized'),
      denominator: '1',
      comparator: '=',
      threshold: 1,
    },
  ] satisfies TargetSpec[],
}
