import { describe, expect, it } from 'vitest'
import { resolveChoice } from './unit-import-choices'
import { parseUnitImportRow } from './unit-import-row'
import { AREA_TYPE_LABELS, UNIT_KIND_LABELS, UNIT_SUBTYPES } from './unit-kinds'

describe('import cells of a fixed set', () => {
  it('take the code or the label the template shows, in any case and spacing', () => {
    expect(resolveChoice('residential_area', UNIT_KIND_LABELS)).toBe('residential_area')
    expect(resolveChoice('Khu dân cư', UNIT_KIND_LABELS)).toBe('residential_area')
    expect(resolveChoice('  khu  DÂN cư ', UNIT_KIND_LABELS)).toBe('residential_area')
    expect(resolveChoice('Nông thôn', AREA_TYPE_LABELS)).toBe('rural')
    expect(resolveChoice('nong thon', AREA_TYPE_LABELS)).toBe('rural')
    expect(resolveChoice('Phum, sóc', UNIT_SUBTYPES.residential_area)).toBe('phum_soc')
    expect(resolveChoice('Làng quê', UNIT_KIND_LABELS)).toBeUndefined()
    expect(resolveChoice('constructor', UNIT_SUBTYPES.enterprise)).toBeUndefined()
  })

  it('reads a row written with the Vietnamese labels as the one written with codes', () => {
    const labels = parseUnitImportRow(
      {
        ...{ code: '01153.T01', name: 'Thôn Nà Khương', kind: 'Khu dân cư', subtype: 'Thôn' },
        ...{ area_type: 'Nông thôn', households: '215' },
      },
      2,
    )
    const codes = parseUnitImportRow(
      {
        ...{ code: '01153.T01', name: 'Thôn Nà Khương', kind: 'residential_area' },
        ...{ subtype: 'thon', area_type: 'rural', households: '215' },
      },
      2,
    )
    expect(labels).toEqual(codes)
    expect(labels).toMatchObject({ kind: 'residential_area', subtype: 'thon', areaType: 'rural' })
    const school = parseUnitImportRow(
      {
        ...{ code: '01153.TH01', name: 'Trường THCS Bắc Quang', kind: 'Cơ sở giáo dục' },
        ...{ school_level: 'Trung học cơ sở' },
      },
      3,
    )
    expect(school).toMatchObject({ kind: 'school', schoolLevel: 'lower_secondary' })
  })

  it('refuses a value outside the set, naming what the drop-down offers', () => {
    const problems = parseUnitImportRow(
      { code: 'X1', name: 'Thôn X', kind: 'Khu dân cư', area_type: 'Miền núi', subtype: 'Phường' },
      4,
    )
    expect(problems).toEqual([
      {
        row: 4,
        column: 'subtype',
        message: 'Phân loại "Phường" không dùng cho loại "Khu dân cư"',
      },
      {
        row: 4,
        column: 'area_type',
        message: 'Giá trị "Miền núi" không hợp lệ; chấp nhận: Thành thị; Nông thôn',
      },
    ])
  })
})
