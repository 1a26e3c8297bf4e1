// The standards a unit is recognised as meeting (issue 12 item 5): NTM indicator 19.2 and its
// enhanced level, a drug-free commune, fire safety, a child-friendly commune, access to law,
// cameras installed, enough guards, a Zalo group, a model ward police. Each kind is data: its
// Vietnamese label, the units it applies to, whether a deciding document is required, and the
// typed report fields plans asked for before the records existed. Targets read them as
// `standards.<kind>`: held in a year when the record in force on the year's last day is "đạt".
import type { UnitKind } from '../units/unit-kinds'

export const STANDARDS_PREFIX = 'standards.'
/** The standards held at the end of the year before the campaign year (a plan's "năm trước"). */
export const PRIOR_YEAR_STANDARDS_PREFIX = `prior_year.${STANDARDS_PREFIX}`

export type UnitStandardKind = {
  id: string
  label: string
  unitKinds: readonly UnitKind[]
  /** A recognition by decision (công nhận): a "đạt" or a revocation names its document. */
  decisionRequired: boolean
  /** The criteria set a commune is evaluated against (its items answered on the record). */
  criteriaSet?: string
  /** A kind only held while another is ("19.2 nâng cao" needs the basic 19.2). */
  requires?: string
  typedFields: readonly string[]
  /**
   * Typed report fields that stand for the standard held at the end of the year before the
   * campaign year (`prior_year.standards.<kind>`): plan 003 III.4's "05 xã chưa đạt trong năm
   * 2023" in its 2024 report.
   */
  priorYearTypedFields?: readonly string[]
  source: string
}

const COMMUNE: readonly UnitKind[] = ['commune']
const EVERY_BASE: readonly UnitKind[] = [
  ...['residential_area', 'commune', 'agency', 'enterprise', 'school'],
] as UnitKind[]

export const UNIT_STANDARD_KINDS: readonly UnitStandardKind[] = [
  {
    ...{ id: 'ntm_19_2', unitKinds: COMMUNE, decisionRequired: true, criteriaSet: 'ntm-19-2' },
    label: 'Đạt chỉ tiêu 19.2 (an toàn về an ninh, trật tự xã hội và bảo đảm bình yên)',
    typedFields: ['ntm.indicator_19_2'],
    priorYearTypedFields: ['ntm.security_met_2023'],
    source: 'QĐ 318/QĐ-TTg, chỉ tiêu 19.2; HD 04/HD-BCA-V05',
  },
  {
    ...{ id: 'ntm_19_2_enhanced', unitKinds: COMMUNE, decisionRequired: true },
    ...{ criteriaSet: 'ntm-19-2-nang-cao', requires: 'ntm_19_2' },
    label: 'Đạt chỉ tiêu 19.2 của xã nông thôn mới nâng cao',
    typedFields: ['ntm.indicator_19_2_enhanced'],
    source: 'HD 04/HD-BCA-V05',
  },
  {
    ...{ id: 'ntm_achieved', unitKinds: COMMUNE, decisionRequired: true },
    label: 'Xã đạt chuẩn nông thôn mới',
    typedFields: ['ntm.achieved'],
    source: 'QĐ 318/QĐ-TTg',
  },
  {
    ...{ id: 'drug_free', unitKinds: COMMUNE, decisionRequired: true, typedFields: [] },
    label: 'Xã, phường, thị trấn không ma túy',
    source: 'Luật Phòng, chống ma túy 2021; kế hoạch 002 mục IV.7',
  },
  {
    ...{ id: 'fire_safety', unitKinds: EVERY_BASE, decisionRequired: true },
    label: 'Đạt chuẩn "An toàn về phòng cháy, chữa cháy"',
    typedFields: ['fire_safety.recognized'],
    source: 'Kế hoạch 003 mục II.2',
  },
  {
    ...{ id: 'child_friendly', unitKinds: COMMUNE, decisionRequired: true, typedFields: [] },
    label: 'Xã, phường, thị trấn phù hợp với trẻ em',
    source: 'Kế hoạch 003 mục II.2',
  },
  {
    ...{ id: 'access_to_law', unitKinds: COMMUNE, decisionRequired: true, typedFields: [] },
    label: 'Đạt chuẩn tiếp cận pháp luật',
    source: 'Kế hoạch 003 mục II.2',
  },
  {
    ...{ id: 'cameras_installed', unitKinds: EVERY_BASE, decisionRequired: false },
    label: 'Đã lắp đặt hệ thống camera an ninh',
    typedFields: ['cameras.installed'],
    source: 'Kế hoạch 002 mục II.9',
  },
  {
    ...{ id: 'guards_sufficient', decisionRequired: false },
    unitKinds: ['agency', 'enterprise', 'school'],
    label: 'Bố trí đủ lực lượng bảo vệ theo quy định',
    typedFields: ['guards.sufficient'],
    source: 'Kế hoạch 002 mục II.8',
  },
  {
    ...{ id: 'zalo_group', unitKinds: EVERY_BASE, decisionRequired: false, typedFields: [] },
    label: 'Có nhóm Zalo về an ninh, trật tự',
    source: 'Kế hoạch 003 mục II.2',
  },
  {
    ...{ id: 'ward_police_model', unitKinds: COMMUNE, decisionRequired: true },
    label: 'Công an phường đạt chuẩn kiểu mẫu về an ninh, trật tự và văn minh đô thị',
    typedFields: ['ward_police.model_standard'],
    source: 'Kế hoạch 004 mục II.4',
  },
]

export const STANDARD_STATUSES = ['dat', 'khong_dat', 'thu_hoi'] as const
export type StandardStatus = (typeof STANDARD_STATUSES)[number]
export const STANDARD_STATUS_LABELS: Readonly<Record<StandardStatus, string>> = {
  dat: 'Đạt',
  khong_dat: 'Không đạt',
  thu_hoi: 'Bị thu hồi',
}

export function findStandardKind(id: string): UnitStandardKind | undefined {
  return UNIT_STANDARD_KINDS.find((kind) => kind.id === id)
}

/** The standard kind a typed report field stands for as held the year before, if any. */
export function priorYearStandardOfTypedField(field: string): UnitStandardKind | undefined {
  return UNIT_STANDARD_KINDS.find((kind) => kind.priorYearTypedFields?.includes(field))
}

/** The standard kind a typed report field stands for, if any. */
export function standardKindOfTypedField(field: string): UnitStandardKind | undefined {
  return UNIT_STANDARD_KINDS.find((kind) => kind.typedFields.includes(field))
}
