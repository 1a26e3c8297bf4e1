import { describe, expect, it } from 'vitest'
import { findAnttExclusion } from './unit'

const unit = (fields: Partial<Parameters<typeof findAnttExclusion>[0]>) => ({
  kind: 'school' as const,
  subtype: null,
  enterpriseSize: null,
  schoolLevel: null,
  ...fields,
})

describe('findAnttExclusion (Thông tư 124/2021, Art. 1–2)', () => {
  it.each([
    ['a primary school', unit({ kind: 'school', schoolLevel: 'primary' })],
    ['a kindergarten', unit({ kind: 'school', schoolLevel: 'kindergarten' })],
    ['a crèche', unit({ kind: 'school', schoolLevel: 'creche' })],
    ['a small enterprise', unit({ kind: 'enterprise', enterpriseSize: 'small' })],
    ['a micro enterprise', unit({ kind: 'enterprise', enterpriseSize: 'micro' })],
    ['an armed-forces agency', unit({ kind: 'agency', subtype: 'armed_forces' })],
    ['a religious organisation', unit({ kind: 'organisation', subtype: 'religious' })],
    ['a province', unit({ kind: 'province' })],
    ['a district', unit({ kind: 'district' })],
  ])('excludes %s, with the reason', (_label, subject) => {
    expect(findAnttExclusion(subject)).toMatch(/Thông tư 124\/2021/)
  })

  it.each([
    ['a lower secondary school', unit({ kind: 'school', schoolLevel: 'lower_secondary' })],
    ['a school of unknown level', unit({ kind: 'school' })],
    ['a medium enterprise', unit({ kind: 'enterprise', enterpriseSize: 'medium' })],
    ['a state body', unit({ kind: 'agency', subtype: 'state_body' })],
    [
      'a political-social organisation',
      unit({ kind: 'organisation', subtype: 'political_social' }),
    ],
    ['a residential area', unit({ kind: 'residential_area', subtype: 'thon' })],
    ['a commune', unit({ kind: 'commune', subtype: 'xa' })],
  ])('keeps %s', (_label, subject) => {
    expect(findAnttExclusion(subject)).toBeUndefined()
  })
})
