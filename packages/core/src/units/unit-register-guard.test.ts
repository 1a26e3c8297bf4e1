import { describe, expect, it } from 'vitest'
import { editableUnitFields, refusedUnitFields } from './unit-register-guard'

describe('who may change what of a unit', () => {
  it('lets an administrator change everything of any unit', () => {
    expect(editableUnitFields(['admin'], 'commune')).toBe('all')
  })

  it('keeps the names and classes of official units to administrators', () => {
    expect(refusedUnitFields(['unit_clerk'], 'commune', ['name', 'households'])).toEqual(['name'])
    expect(refusedUnitFields(['plan_owner'], 'district', ['subtype'])).toEqual(['subtype'])
    expect(refusedUnitFields(['unit_clerk'], 'commune', ['households', 'staff'])).toEqual([])
  })

  it('lets the police edit the units ANTQ users create, a clerk only their figures', () => {
    expect(refusedUnitFields(['plan_owner'], 'residential_area', ['name'])).toEqual([])
    expect(refusedUnitFields(['unit_clerk'], 'school', ['name', 'pupils'])).toEqual(['name'])
  })
})
