// Criterion 4 of the commune's ANTT standard (TT 124/2021 Art. 5(4), legal.md §1.4, M):
// "100% khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc thẩm quyền quản lý hoặc được ủy
// quyền quản lý đăng ký, trong đó từ 70% trở lên được công nhận đạt tiêu chuẩn". Encoded as
// data: registered / total = 100% and recognised / total ≥ 70%, where total counts the sub-units
// of those kinds that the standard covers (TT 124 Art. 2 exclusions left out). A commune with
// no such sub-unit does not meet it: there is nothing to show.
import { findAnttExclusion } from '../units/unit'
import type { UnitKind } from '../units/unit-kinds'
import type { RegistrantUnit } from './campaign-registration'

export type CommuneSubunitRule = {
  criterion: string
  source: string
  confidence: 'H' | 'M' | 'L'
  /** Kinds of sub-unit counted. */
  unitKinds: readonly UnitKind[]
  /** Shares of the counted sub-units (1 = 100%). */
  registeredMin: number
  recognisedMin: number
}

export const COMMUNE_SUBUNIT_RULE = {
  criterion: 'XA-4',
  source: 'Thông tư 124/2021/TT-BCA, Điều 5 khoản 4',
  confidence: 'M',
  unitKinds: ['residential_area', 'agency', 'enterprise', 'school'],
  registeredMin: 1,
  recognisedMin: 0.7,
} as const satisfies CommuneSubunitRule

export type SubunitStanding = RegistrantUnit & { registered: boolean; recognised: boolean }

export type CommuneSubunitResult = {
  met: boolean
  total: number
  registered: number
  recognised: number
  /** Sub-units outside the standard (armed forces, small enterprises, primary schools…). */
  excluded: number
  message: string
}

const EPSILON = 1e-9
const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/**
 * @example evaluateCommuneSubunits(subunits) // { met: true, total: 12, registered: 12, recognised: 9, message: 'Đạt tiêu chí XA-4: …' }
 */
export function evaluateCommuneSubunits(
  subunits: readonly SubunitStanding[],
  rule: CommuneSubunitRule = COMMUNE_SUBUNIT_RULE,
): CommuneSubunitResult {
  const relevant = subunits.filter((unit) => rule.unitKinds.includes(unit.kind))
  const covered = relevant.filter((unit) => findAnttExclusion(unit) === undefined)
  const total = covered.length
  const registered = covered.filter((unit) => unit.registered).length
  const recognised = covered.filter((unit) => unit.recognised).length
  const excluded = relevant.length - total
  const base = { total, registered, recognised, excluded }
  if (total === 0)
    return {
      ...base,
      met: false,
      message: `Chưa đạt tiêu chí ${rule.criterion}: không có khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc thẩm quyền để xét`,
    }
  const registeredOk = registered / total >= rule.registeredMin - EPSILON
  const recognisedOk = recognised / total >= rule.recognisedMin - EPSILON
  const share = (count: number, min: number, what: string): string =>
    `${count}/${total} đơn vị ${what} (${percent.format((count / total) * 100)}%, cần từ ${percent.format(min * 100)}%)`
  const detail = [
    share(registered, rule.registeredMin, 'đăng ký'),
    share(recognised, rule.recognisedMin, 'được công nhận'),
  ].join('; ')
  const met = registeredOk && recognisedOk
  return {
    ...base,
    met,
    message: `${met ? 'Đạt' : 'Chưa đạt'} tiêu chí ${rule.criterion}: ${detail}`,
  }
}
