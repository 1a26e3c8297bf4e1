// A target's value as a fraction, so that levels add up: the numerators and denominators of a
// district's communes sum to the district's, and so on to the province (shares, ratios and
// changes are sums over sums; counts and reported sums are sums). Reported minima and maxima
// aggregate by min and max. The formulas giving them are campaign-target-fraction.ts.
import type { Measure } from '../plans/plan-targets'

/**
 * null numerator: no data; null denominator: the value is the numerator itself (a count).
 * `missing`: units in scope with no figure at all for a population or ratio total ("thiếu số
 * liệu", S2), counted beside the value, never silently dropped; absent where it does not apply.
 */
export type TargetValue = {
  numerator: number | null
  denominator: number | null
  missing?: number | null
}
/** fraction: numerators and denominators add up; sum: counts add up; min, max: extremes. */
export type TargetAggregate = 'fraction' | 'sum' | 'min' | 'max'

/** The value of a fraction; null with no data or a zero denominator. */
export function targetValueOf(value: TargetValue): number | null {
  if (value.numerator === null) return null
  if (value.denominator === null) return value.numerator
  return value.denominator === 0 ? null : value.numerator / value.denominator
}

export function aggregationOf(measure: Measure): TargetAggregate {
  switch (measure.type) {
    case 'unit_share':
    case 'population_share':
    case 'ratio':
    case 'change_vs_baseline':
      return 'fraction'
    case 'count':
      return 'sum'
    case 'reported_value':
      return measure.aggregate
  }
}

/**
 * The value of a level from the values of the levels (or units) just below it; levels without
 * figures (null numerator) are left out.
 * @example aggregateTargetValues([{ numerator: 9, denominator: 10 }, { numerator: 1, denominator: 5 }]) // { numerator: 10, denominator: 15 }
 */
export function aggregateTargetValues(
  values: readonly TargetValue[],
  aggregate: TargetAggregate = 'fraction',
): TargetValue {
  const present = values.filter(
    (value): value is { numerator: number; denominator: number | null } => value.numerator !== null,
  )
  const numerators = present.map((value) => value.numerator)
  const total = (numbers: number[]): number => numbers.reduce((sum, each) => sum + each, 0)
  switch (aggregate) {
    case 'fraction':
      return {
        numerator: total(numerators),
        denominator: total(present.map((value) => value.denominator ?? 0)),
      }
    case 'sum':
      return { numerator: total(numerators), denominator: null }
    case 'min':
    case 'max':
      return {
        numerator:
          numerators.length === 0
            ? null
            : aggregate === 'min'
              ? Math.min(...numerators)
              : Math.max(...numerators),
        denominator: null,
      }
  }
}
