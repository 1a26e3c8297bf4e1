// Which units report under a plan: the plan's exclusions of registration or targets keep a unit
// out of its reports too, with the reason named for the person who reads it.
import { describe, expect, it } from 'vitest'
import { changePlan, loadMinimalPlan } from '../../test/plan-fixture'
import { findReportBarrier, type RegistrantUnit } from './campaign-registration'

const unit = (
  kind: RegistrantUnit['kind'],
  extra: Partial<RegistrantUnit> = {},
): RegistrantUnit => ({
  kind,
  subtype: null,
  schoolLevel: null,
  enterpriseSize: null,
  ...extra,
})

const plan = changePlan(loadMinimalPlan(), (copy) => {
  copy.exclusions.push(
    {
      id: 'mam-non',
      source: 'VI.1',
      text: ' trừ mầm non, nhà trẻ ',
      match: { kind: 'school', schoolLevels: ['kindergarten', 'creche'] },
      appliesTo: ['targets'],
    },
    {
      id: 'dn-nho',
      source: 'VI.2',
      text: 'trừ doanh nghiệp siêu nhỏ',
      match: { kind: 'enterprise', enterpriseSizes: ['micro'] },
      appliesTo: ['awards'],
    },
  )
})

describe('who reports under a plan', () => {
  it.each<[string, RegistrantUnit, string | undefined]>([
    ['a commune', unit('commune'), undefined],
    ['a lower secondary school', unit('school', { schoolLevel: 'lower_secondary' }), undefined],
    [
      'a primary school excluded from registration',
      unit('school', { schoolLevel: 'primary' }),
      'Trường tiểu học không thuộc đối tượng của kế hoạch này (mục VI: trừ tiểu học)',
    ],
    [
      'a kindergarten excluded from the targets',
      unit('school', { schoolLevel: 'kindergarten' }),
      'Trường mầm non không thuộc đối tượng của kế hoạch này (mục VI.1: trừ mầm non, nhà trẻ)',
    ],
    [
      'a crèche',
      unit('school', { schoolLevel: 'creche' }),
      'Nhà trẻ không thuộc đối tượng của kế hoạch này (mục VI.1: trừ mầm non, nhà trẻ)',
    ],
    [
      'a micro enterprise excluded from awards only',
      unit('enterprise', { enterpriseSize: 'micro' }),
      undefined,
    ],
  ])('%s', (_, reporter, expected) => {
    expect(findReportBarrier(plan, reporter)).toBe(expected)
  })

  it('names an excluded agency by its subtype', () => {
    const armed = changePlan(plan, (copy) =>
      copy.exclusions.push({
        id: 'luc-luong-vu-trang',
        source: 'II.2',
        text: 'trừ đơn vị lực lượng vũ trang',
        match: { kind: 'agency', subtypes: ['armed_forces'] },
        appliesTo: ['registration'],
      }),
    )
    expect(findReportBarrier(armed, unit('agency', { subtype: 'armed_forces' }))).toBe(
      'Đơn vị lực lượng vũ trang không thuộc đối tượng của kế hoạch này (mục II.2: trừ đơn vị lực lượng vũ trang)',
    )
    expect(findReportBarrier(armed, unit('agency', { subtype: 'state_body' }))).toBeUndefined()
  })
})
