// One row of a unit import file (CSV or XLSX), checked column by column with Vietnamese
// messages. Cross-row checks (parents, duplicates) happen in the server's import planner.
import { normalizeName } from '../text/vietnamese'
import { parseDateVi } from '../text/dates'
import { describeChoices, resolveChoice } from './unit-import-choices'
import {
  AREA_TYPE_LABELS,
  defaultAreaType,
  ENTERPRISE_SIZE_LABELS,
  SCHOOL_LEVEL_LABELS,
  UNIT_KIND_LABELS,
  UNIT_SUBTYPES,
  type AreaType,
  type EnterpriseSize,
  type SchoolLevel,
  type UnitKind,
} from './unit-kinds'

/** Columns of the import template: code name, Vietnamese header, required. */
export const UNIT_IMPORT_COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', required: true },
  { key: 'name', header: 'Tên đơn vị', required: true },
  { key: 'kind', header: 'Loại đơn vị', required: true },
  { key: 'subtype', header: 'Phân loại', required: false },
  { key: 'parent_code', header: 'Mã đơn vị cấp trên', required: false },
  { key: 'managing_code', header: 'Mã đơn vị quản lý', required: false },
  { key: 'area_type', header: 'Khu vực', required: false },
  { key: 'enterprise_size', header: 'Quy mô doanh nghiệp', required: false },
  { key: 'school_level', header: 'Cấp học', required: false },
  { key: 'households', header: 'Số hộ gia đình', required: false },
  { key: 'staff', header: 'Số cán bộ, nhân viên', required: false },
  { key: 'pupils', header: 'Số học sinh, sinh viên', required: false },
  { key: 'valid_from', header: 'Hiệu lực từ ngày', required: false },
  { key: 'valid_until', header: 'Hiệu lực đến ngày', required: false },
] as const
export type UnitImportColumn = (typeof UNIT_IMPORT_COLUMNS)[number]['key']

/** `level` is accepted for `kind` so the official vn-admin files import as they are; the
 * older template's "Khu vực (urban/rural)" still reads. */
const HEADER_ALIASES = new Map<string, UnitImportColumn>([
  ...UNIT_IMPORT_COLUMNS.map((column) => [column.key, column.key] as const),
  ...UNIT_IMPORT_COLUMNS.map((column) => [column.header.toLowerCase(), column.key] as const),
  ['level', 'kind'],
  ['khu vực (urban/rural)', 'area_type'],
])

export function resolveImportHeader(header: string): UnitImportColumn | undefined {
  return HEADER_ALIASES.get(header.trim().toLowerCase())
}

export type UnitImportRow = {
  row: number
  code: string
  name: string
  kind: UnitKind
  subtype: string | null
  parentCode: string | null
  managingCode: string | null
  areaType: AreaType | null
  enterpriseSize: EnterpriseSize | null
  schoolLevel: SchoolLevel | null
  households: number | null
  staff: number | null
  pupils: number | null
  validFrom: string | null
  validUntil: string | null
}

export type RowProblem = { row: number; column: string; message: string }

const NAME_PREFIX_SUBTYPES: [string, UnitKind, string][] = [
  ['Thành phố ', 'province', 'thanh_pho'],
  ['Tỉnh ', 'province', 'tinh'],
  ['Huyện ', 'district', 'huyen'],
  ['Quận ', 'district', 'quan'],
  ['Thị xã ', 'district', 'thi_xa'],
  ['Thành phố ', 'district', 'thanh_pho'],
  ['Xã ', 'commune', 'xa'],
  ['Phường ', 'commune', 'phuong'],
  ['Thị trấn ', 'commune', 'thi_tran'],
  ['Đặc khu ', 'commune', 'dac_khu'],
]

/** The subtype an administrative unit's official name implies ("Xã Bắc Quang" → xa). */
export function subtypeFromName(kind: UnitKind, name: string): string | null {
  const hit = NAME_PREFIX_SUBTYPES.find(([prefix, k]) => k === kind && name.startsWith(prefix))
  return hit ? hit[2] : null
}

type Raw = Partial<Record<UnitImportColumn, string>>

/** A fixed-set cell: its code or its Vietnamese label (unit-import-choices). */
function pickEnum<T extends string>(
  raw: string | undefined,
  labels: Readonly<Record<T, string>>,
  column: string,
  row: number,
  problems: RowProblem[],
): T | null {
  if (!raw) return null
  const code = resolveChoice(raw, labels)
  if (code !== undefined) return code
  problems.push({
    row,
    column,
    message: `Giá trị "${raw}" không hợp lệ; chấp nhận: ${describeChoices(labels)}`,
  })
  return null
}

function pickCount(raw: string | undefined, column: string, row: number, problems: RowProblem[]) {
  if (!raw) return null
  const value = Number(raw.replace(/[.,\s]/g, ''))
  if (Number.isInteger(value) && value >= 0 && value <= 100_000_000) return value
  problems.push({ row, column, message: `"${raw}" không phải số nguyên không âm` })
  return null
}

function pickDate(raw: string | undefined, column: string, row: number, problems: RowProblem[]) {
  if (!raw) return null
  const iso = parseDateVi(raw)
  if (iso) return iso
  problems.push({ row, column, message: `"${raw}" không phải ngày hợp lệ (dd/mm/yyyy)` })
  return null
}

/** Check one row; returns the typed row or the list of problems found in it. */
export function parseUnitImportRow(raw: Raw, row: number): UnitImportRow | RowProblem[] {
  const problems: RowProblem[] = []
  const text = (key: UnitImportColumn) => normalizeName(raw[key] ?? '') || undefined
  const code = text('code')
  const name = text('name')
  if (!code) problems.push({ row, column: 'code', message: 'Thiếu mã đơn vị' })
  else if (!/^[0-9A-Za-z._-]{1,40}$/.test(code))
    problems.push({
      row,
      column: 'code',
      message: `Mã "${code}" chỉ được gồm chữ, số, dấu . _ - (tối đa 40 ký tự)`,
    })
  if (!name) problems.push({ row, column: 'name', message: 'Thiếu tên đơn vị' })
  else if (name.length > 200)
    problems.push({ row, column: 'name', message: 'Tên đơn vị dài quá 200 ký tự' })
  const kindRaw = text('kind')
  const kind = kindRaw ? pickEnum(kindRaw, UNIT_KIND_LABELS, 'kind', row, problems) : null
  if (!kindRaw) problems.push({ row, column: 'kind', message: 'Thiếu loại đơn vị' })
  const subtypeRaw = text('subtype')
  const subtypes: Readonly<Record<string, string>> = kind ? UNIT_SUBTYPES[kind] : {}
  let subtype: string | null = (subtypeRaw && resolveChoice(subtypeRaw, subtypes)) || null
  if (kind && subtypeRaw && !subtype)
    problems.push({
      row,
      column: 'subtype',
      message: `Phân loại "${subtypeRaw}" không dùng cho loại "${UNIT_KIND_LABELS[kind]}"`,
    })
  if (kind && name && !subtype) subtype = subtypeFromName(kind, name)
  const result = {
    row,
    code: code ?? '',
    name: name ?? '',
    kind: kind ?? 'province',
    subtype,
    parentCode: text('parent_code') ?? null,
    managingCode: text('managing_code') ?? null,
    areaType: pickEnum(text('area_type'), AREA_TYPE_LABELS, 'area_type', row, problems),
    enterpriseSize: pickEnum(
      text('enterprise_size'),
      ENTERPRISE_SIZE_LABELS,
      'enterprise_size',
      row,
      problems,
    ),
    schoolLevel: pickEnum(text('school_level'), SCHOOL_LEVEL_LABELS, 'school_level', row, problems),
    households: pickCount(text('households'), 'households', row, problems),
    staff: pickCount(text('staff'), 'staff', row, problems),
    pupils: pickCount(text('pupils'), 'pupils', row, problems),
    validFrom: pickDate(text('valid_from'), 'valid_from', row, problems),
    validUntil: pickDate(text('valid_until'), 'valid_until', row, problems),
  }
  if (kind && !result.areaType) result.areaType = defaultAreaType(kind, subtype)
  if (result.validFrom && result.validUntil && result.validUntil < result.validFrom)
    problems.push({
      row,
      column: 'valid_until',
      message: 'Ngày hết hiệu lực trước ngày bắt đầu hiệu lực',
    })
  return problems.length > 0 ? problems : result
}
