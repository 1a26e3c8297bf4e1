// The kinds of unit (đơn vị) the movement knows, with their Vietnamese labels and subtypes.
// Values are stable codes stored in the database and in import files.

export const UNIT_KINDS = [
  'province',
  'district',
  'commune',
  'residential_area',
  'agency',
  'enterprise',
  'school',
  'organisation',
] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province: 'Tỉnh/Thành phố',
  district: 'Huyện/Quận/Thị xã',
  commune: 'Xã/Phường/Thị trấn/Đặc khu',
  residential_area: 'Khu dân cư',
  agency: 'Cơ quan',
  enterprise: 'Doanh nghiệp',
  school: 'Cơ sở giáo dục',
  organisation: 'Tổ chức chính trị - xã hội, tôn giáo',
}

export const UNIT_SUBTYPES = {
  province: { tinh: 'Tỉnh', thanh_pho: 'Thành phố trực thuộc Trung ương' },
  district: { huyen: 'Huyện', quan: 'Quận', thi_xa: 'Thị xã', thanh_pho: 'Thành phố thuộc tỉnh' },
  commune: { xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn', dac_khu: 'Đặc khu' },
  residential_area: {
    thon: 'Thôn',
    to_dan_pho: 'Tổ dân phố',
    khom: 'Khóm',
    ap: 'Ấp',
    ban: 'Bản',
    lang: 'Làng',
    buon: 'Buôn',
    khu_pho: 'Khu phố',
    phum_soc: 'Phum, sóc',
    khac: 'Khác',
  },
  agency: {
    state_body: 'Cơ quan nhà nước',
    public_service: 'Đơn vị sự nghiệp công lập',
    armed_forces: 'Đơn vị lực lượng vũ trang',
  },
  enterprise: {},
  school: {},
  organisation: { political_social: 'Tổ chức chính trị - xã hội', religious: 'Tổ chức tôn giáo' },
} as const satisfies Record<UnitKind, Record<string, string>>

export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large'] as const
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number]
export const ENTERPRISE_SIZE_LABELS: Record<EnterpriseSize, string> = {
  micro: 'Siêu nhỏ',
  small: 'Nhỏ',
  medium: 'Vừa',
  large: 'Lớn',
}

export const SCHOOL_LEVELS = [
  'creche',
  'kindergarten',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'multi_level',
  'vocational',
  'higher_education',
] as const
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number]
export const SCHOOL_LEVEL_LABELS: Record<SchoolLevel, string> = {
  creche: 'Nhà trẻ',
  kindergarten: 'Mầm non',
  primary: 'Tiểu học',
  lower_secondary: 'Trung học cơ sở',
  upper_secondary: 'Trung học phổ thông',
  multi_level: 'Nhiều cấp học',
  vocational: 'Giáo dục nghề nghiệp',
  higher_education: 'Cao đẳng, đại học',
}

export const AREA_TYPES = ['urban', 'rural'] as const
export type AreaType = (typeof AREA_TYPES)[number]
export const AREA_TYPE_LABELS: Record<AreaType, string> = { urban: 'Thành thị', rural: 'Nông thôn' }

/** The register versions: the 2025 two-level map and the legacy three-level map. */
export const UNIT_VERSIONS = ['2025', 'legacy'] as const
export type UnitVersion = (typeof UNIT_VERSIONS)[number]
export const UNIT_VERSION_LABELS: Record<UnitVersion, string> = {
  '2025': 'Hai cấp (từ 01/7/2025)',
  legacy: 'Ba cấp (đến 30/6/2025)',
}

/** Whether `subtype` is one of the kind's subtypes (own keys only: "constructor" is not). */
export function isSubtypeOf(kind: UnitKind, subtype: string): boolean {
  return Object.hasOwn(UNIT_SUBTYPES[kind], subtype)
}

export function subtypeLabel(
  kind: UnitKind,
  subtype: string | null | undefined,
): string | undefined {
  if (!subtype || !isSubtypeOf(kind, subtype)) return undefined
  const table: Record<string, string> = UNIT_SUBTYPES[kind]
  return table[subtype]
}

/** When each register is in force; an import row without dates takes its version's. */
export const UNIT_VERSION_VALIDITY: Record<
  UnitVersion,
  { from: string | null; until: string | null }
> = {
  '2025': { from: '2025-07-01', until: null },
  legacy: { from: null, until: '2025-06-30' },
}

/** Phường and thị trấn are urban, xã and đặc khu rural, unless a file says otherwise. */
export function defaultAreaType(kind: UnitKind, subtype: string | null): AreaType | null {
  if (kind !== 'commune' || !subtype) return null
  return subtype === 'phuong' || subtype === 'thi_tran' ? 'urban' : 'rural'
}
