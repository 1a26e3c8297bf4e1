import { describe, expect, it } from 'vitest'
import type { Target } from '../plans/plan-targets'
import { buildTargetFraction, computeTargetValue } from './campaign-target-fraction'

const target = {
  id: 'giam-toi-pham',
  measure: {
    type: 'change_vs_baseline',
    value: 'crime.cases',
    baselineYear: 2023,
    direction: 'decrease',
  },
  scope: { unitKinds: ['district'], managedBy: 'territory', area: null, where: null, per: null },
  comparator: '>=',
  threshold: '5%',
  milestones: [],
} as unknown as Target

describe('a change against the baseline year', () => {
  it('counts a unit only with both figures, so levels add up', () => {
    const fraction = buildTargetFraction(target, { exclusions: [] })
    if (!fraction.ok) throw new Error('formula')
    const rows = [
      { 'unit.kind': 'district', crime: { cases: 38 }, baseline: { crime: { cases: 40 } } },
      // no current figure yet: its baseline must not count as a 100% fall
      { 'unit.kind': 'district', crime: { cases: null }, baseline: { crime: { cases: 20 } } },
    ]
    // (40 − 38) / 40, the second district left out
    expect(computeTargetValue(fraction, rows)).toEqual({ numerator: 2, denominator: 40 })
  })
})
