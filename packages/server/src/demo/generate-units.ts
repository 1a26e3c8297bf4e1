// Deterministic residential areas, agencies, enterprises, schools and organisations under
// real communes, as raw import records: demo data and benchmarks go through the importer.
import type { UnitImportColumn } from '@antq/core'
import { createRandom, type Random } from './random'

export type CommuneSeed = { code: string; name: string; provinceCode: string }
export type GeneratedRecord = Partial<Record<UnitImportColumn, string>>
export type Density = {
  areas: [number, number]
  agencies: [number, number]
  enterprises: [number, number]
  schools: [number, number]
  organisations: [number, number]
}

export const DEMO_DENSITY: Density = {
  areas: [4, 9],
  agencies: [2, 3],
  enterprises: [1, 3],
  schools: [2, 4],
  organisations: [1, 2],
}
// ~30 residential areas and ~120 other units per commune: 3,321 communes → ~100k + ~400k.
export const NATIONAL_DENSITY: Density = {
  areas: [25, 35],
  agencies: [35, 45],
  enterprises: [55, 65],
  schools: [10, 14],
  organisations: [7, 9],
}

const PLACE_WORDS = [
  'Tân Thành',
  'Đồng Tâm',
  'Hợp Thành',
  'Trung Tâm',
  'Phố Mới',
  'Vĩnh Thịnh',
  'An Lạc',
  'Hòa Bình',
  'Tân Lập',
  'Thống Nhất',
  'Quyết Thắng',
  'Đoàn Kết',
  'Xuân Hòa',
  'Minh Khai',
  'Quang Trung',
  'Bình Minh',
  'Nà Khương',
  'Khuổi Hốc',
  'Làng Chùa',
  'Đông Sơn',
  'Tây Sơn',
  'Bắc Hà',
  'Nam Tiến',
  'Phú Lợi',
  'Long Hưng',
  'Mỹ An',
  'Thạnh Phú',
  'Bến Đò',
  'Cầu Ngang',
  'Rạch Miễu',
]
const SURNAMES = [
  'Hoàng Long',
  'Phú Thịnh',
  'Minh Phát',
  'Thành Công',
  'Việt Tiến',
  'An Phước',
  'Hưng Thịnh',
  'Đại Dương',
  'Tân Tiến',
  'Sông Lô',
  'Trường Sơn',
  'Cửu Long',
  'Bảo Châu',
  'Kim Ngân',
  'Nông Sản Xanh',
]
const AGENCIES: [string, string][] = [
  ['Ủy ban nhân dân', 'state_body'],
  ['Trạm Y tế', 'public_service'],
  ['Bưu điện văn hóa', 'public_service'],
  ['Ban Chỉ huy Quân sự', 'armed_forces'],
  ['Trung tâm Phục vụ hành chính công', 'state_body'],
  ['Hợp tác xã Dịch vụ', 'public_service'],
  ['Chi cục Thuế khu vực', 'state_body'],
  ['Kho bạc Nhà nước khu vực', 'state_body'],
]
const ORGANISATIONS: [string, string][] = [
  ['Hội Nông dân', 'political_social'],
  ['Hội Cựu chiến binh', 'political_social'],
  ['Hội Liên hiệp Phụ nữ', 'political_social'],
  ['Đoàn Thanh niên', 'political_social'],
  ['Giáo xứ', 'religious'],
  ['Chùa', 'religious'],
]
const SCHOOLS: [string, string][] = [
  ['Trường Mầm non', 'kindergarten'],
  ['Trường Tiểu học', 'primary'],
  ['Trường THCS', 'lower_secondary'],
  ['Nhóm trẻ', 'creche'],
  ['Trường THPT', 'upper_secondary'],
  ['Trường Tiểu học và THCS', 'multi_level'],
]
const SIZES = ['micro', 'micro', 'small', 'small', 'small', 'medium', 'large'] as const

function shortName(commune: string) {
  return commune.replace(/^(Xã|Phường|Thị trấn|Đặc khu) /, '')
}

function residentialStyle(commune: CommuneSeed): {
  subtype: string
  label: string
  numbered: boolean
} {
  const urban = /^(Phường|Thị trấn)/.test(commune.name)
  const south = Number(commune.provinceCode) >= 70
  if (south)
    return urban
      ? { subtype: 'khom', label: 'Khóm', numbered: true }
      : { subtype: 'ap', label: 'Ấp', numbered: false }
  return urban
    ? { subtype: 'to_dan_pho', label: 'Tổ dân phố', numbered: true }
    : { subtype: 'thon', label: 'Thôn', numbered: false }
}

function* communeUnits(
  commune: CommuneSeed,
  density: Density,
  random: Random,
): Generator<GeneratedRecord> {
  const urban = /^(Phường|Thị trấn)/.test(commune.name)
  const area = urban ? 'urban' : 'rural'
  const base = { parent_code: commune.code, area_type: area }
  const style = residentialStyle(commune)
  const areas = random.int(...density.areas)
  for (let i = 1; i <= areas; i++) {
    const name =
      style.numbered || i > PLACE_WORDS.length
        ? `${style.label} ${i}`
        : `${style.label} ${PLACE_WORDS[(i * 7 + commune.code.length) % PLACE_WORDS.length]}`
    yield {
      ...base,
      code: `${commune.code}.KDC${i}`,
      name,
      kind: 'residential_area',
      subtype: style.subtype,
      households: String(random.int(60, 650)),
    }
  }
  const place = shortName(commune.name)
  const agencies = random.int(...density.agencies)
  for (let i = 1; i <= agencies; i++) {
    const [label, subtype] = AGENCIES[(i - 1) % AGENCIES.length] ?? ['Cơ quan', 'state_body']
    const suffix = i > AGENCIES.length ? ` số ${Math.ceil(i / AGENCIES.length)}` : ''
    yield {
      ...base,
      code: `${commune.code}.CQ${i}`,
      name: `${label} ${place}${suffix}`,
      kind: 'agency',
      subtype,
      staff: String(random.int(8, 80)),
    }
  }
  for (let i = 1, n = random.int(...density.enterprises); i <= n; i++)
    yield {
      ...base,
      code: `${commune.code}.DN${i}`,
      name: `Công ty TNHH ${random.pick(SURNAMES)} ${place}${i > 1 ? ` ${i}` : ''}`,
      kind: 'enterprise',
      enterprise_size: random.pick(SIZES),
      staff: String(random.int(5, 900)),
    }
  for (let i = 1, n = random.int(...density.schools); i <= n; i++) {
    const [label, level] = SCHOOLS[(i - 1) % SCHOOLS.length] ?? ['Trường', 'primary']
    yield {
      ...base,
      code: `${commune.code}.TH${i}`,
      name: `${label} ${place}${i > SCHOOLS.length ? ` ${i}` : ''}`,
      kind: 'school',
      school_level: level,
      staff: String(random.int(15, 90)),
      pupils: String(random.int(120, 1400)),
    }
  }
  for (let i = 1, n = random.int(...density.organisations); i <= n; i++) {
    const [label, subtype] = ORGANISATIONS[(i - 1) % ORGANISATIONS.length] ?? [
      'Hội',
      'political_social',
    ]
    yield {
      ...base,
      code: `${commune.code}.TC${i}`,
      name: `${label} ${place}${i > ORGANISATIONS.length ? ` ${i}` : ''}`,
      kind: 'organisation',
      subtype,
      staff: String(random.int(20, 400)),
    }
  }
}

export function* generateUnits(
  communes: readonly CommuneSeed[],
  density: Density,
): Generator<GeneratedRecord> {
  for (const commune of communes) yield* communeUnits(commune, density, createRandom(commune.code))
}

const CSV_COLUMNS: UnitImportColumn[] = [
  'code',
  'name',
  'kind',
  'subtype',
  'parent_code',
  'area_type',
  'enterprise_size',
  'school_level',
  'households',
  'staff',
  'pupils',
]

/** The records as CSV text in the import template's columns. */
/** "Trung tâm Văn hóa, thông tin và du lịch huyện …" holds a comma: quote it (RFC 4180). */
const quoteCsv = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value

export function toCsv(records: Iterable<GeneratedRecord>): string {
  const lines = [CSV_COLUMNS.join(',')]
  for (const record of records)
    lines.push(CSV_COLUMNS.map((column) => quoteCsv(record[column] ?? '')).join(','))
  return `${lines.join('\n')}\n`
}
