import { describe, expect, it } from 'vitest'
import { evaluate } from '../rules/evaluator'
import { anttExclusionFormula, findAnttExclusion } from './unit-antt-exclusions'
import { ENTERPRISE_SIZES, SCHOOL_LEVELS, UNIT_KINDS, UNIT_SUBTYPES } from './unit-kinds'

describe('TT 124 exclusions', () => {
  it('gives the same answer as a reason and as a formula, for every kind and attribute', () => {
    const formula = anttExclusionFormula()
    let checked = 0
    for (const kind of UNIT_KINDS)
      for (const subtype of [null, ...Object.keys(UNIT_SUBTYPES[kind])])
        for (const enterpriseSize of [null, ...ENTERPRISE_SIZES])
          for (const schoolLevel of [null, ...SCHOOL_LEVELS]) {
            const unit = { kind, subtype, enterpriseSize, schoolLevel }
            const row = {
              'unit.kind': kind,
              'unit.subtype': subtype,
              'unit.enterprise_size': enterpriseSize,
              'unit.school_level': schoolLevel,
            }
            const excluded = evaluate(formula, { values: row }) === true
            expect(excluded, JSON.stringify(unit)).toBe(findAnttExclusion(unit) !== undefined)
            checked += 1
          }
    expect(checked).toBeGreaterThan(500)
  })

  it('names the reason (Art. 2) for a micro enterprise and keeps a medium one in', () => {
    const unit = { kind: 'enterprise', subtype: null, schoolLevel: null } as const
    expect(findAnttExclusion({ ...unit, enterpriseSize: 'micro' })).toMatch(/Điều 2/)
    expect(findAnttExclusion({ ...unit, enterpriseSize: 'medium' })).toBeUndefined()
    expect(findAnttExclusion({ ...unit, enterpriseSize: null })).toBeUndefined()
  })
})
