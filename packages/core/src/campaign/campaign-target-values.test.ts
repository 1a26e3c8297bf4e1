import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changePlan, loadMinimalPlan } from '../../test/plan-fixture'
import { buildTargetExpressions } from '../plans/plan-target-expression'
import type { Target } from '../plans/plan-targets'
import { evaluate } from '../rules/evaluator'
import { buildTargetFraction, computeTargetValue } from './campaign-target-fraction'
import {
  aggregateTargetValues,
  aggregationOf,
  targetValueOf,
  type TargetAggregate,
  type TargetValue,
} from './campaign-target-values'

const base = loadMinimalPlan()
const target = (measure: Target['measure'], extra: Partial<Target> = {}): Target => ({
  ...base.targets[0]!,
  measure,
  scope: {
    unitKinds: ['commune', 'school'],
    managedBy: 'territory',
    area: null,
    where: null,
    per: null,
  },
  milestones: [],
  ...extra,
})
const share = (numerator: number | null, denominator: number | null = 100): TargetValue => ({
  numerator,
  denominator,
})

describe('aggregating target values', () => {
  it.each<[string, TargetValue[], TargetAggregate, TargetValue, number | null]>([
    ['shares add up', [share(9, 10), share(1, 5)], 'fraction', share(10, 15), 10 / 15],
    ['counts add up', [share(2, null), share(3, null)], 'sum', share(5, null), 5],
    [
      'a level without figures is skipped',
      [share(9, 10), share(null, null)],
      'fraction',
      share(9, 10),
      0.9,
    ],
    ['no share below', [], 'fraction', share(0, 0), null],
    ['no count below', [], 'sum', share(0, null), 0],
    ['empty shares have no value', [share(0, 0), share(0, 0)], 'fraction', share(0, 0), null],
    ['minimum', [share(4, null), share(2, null), share(null, null)], 'min', share(2, null), 2],
    ['maximum', [share(4, null), share(2, null)], 'max', share(4, null), 4],
    ['maximum of nothing', [share(null, null)], 'max', share(null, null), null],
  ])('%s', (_, values, aggregate, expected, value) => {
    const result = aggregateTargetValues(values, aggregate)
    if (aggregate === 'fraction') expect(aggregateTargetValues(values)).toEqual(result)
    expect(result).toEqual(expected)
    expect(targetValueOf(result)).toBe(value)
  })

  const plan = changePlan(base, (copy) => {
    copy.exclusions[0]!.appliesTo = ['targets']
  })
  const measures: Target['measure'][] = [
    { type: 'unit_share', condition: 'antt.recognized' },
    {
      type: 'population_share',
      population: 'households',
      reached: 'propaganda.households_reached',
      total: 'unit.households',
    },
    { type: 'ratio', numerator: 'crime.resolved', denominator: 'crime.reports' },
    { type: 'count', condition: 'movement.class = "yeu"', outOf: null },
    { type: 'change_vs_baseline', value: 'crime.cases', baselineYear: 2023, direction: 'decrease' },
    { type: 'reported_value', value: 'media.articles', aggregate: 'sum' },
    { type: 'reported_value', value: 'media.articles', aggregate: 'max' },
  ]
  const unitRow = fc
    .record({
      district: fc.integer({ min: 0, max: 2 }),
      commune: fc.integer({ min: 0, max: 3 }),
      kind: fc.constantFrom('commune', 'school', 'residential_area'),
      schoolLevel: fc.constantFrom('primary', 'lower_secondary'),
      recognized: fc.boolean(),
      households: fc.nat({ max: 500 }),
      reachedPart: fc.double({ min: 0, max: 1, noNaN: true }),
      reports: fc.nat({ max: 50 }),
      resolvedPart: fc.double({ min: 0, max: 1, noNaN: true }),
      weak: fc.boolean(),
      cases: fc.nat({ max: 40 }),
      baselineCases: fc.nat({ max: 40 }),
      articles: fc.option(fc.nat({ max: 30 })),
    })
    .map((u) => ({
      group: [u.district, u.commune] as const,
      row: {
        unit: {
          kind: u.kind,
          school_level: u.kind === 'school' ? u.schoolLevel : null,
          households: u.households,
        },
        antt: { recognized: u.recognized },
        propaganda: { households_reached: Math.floor(u.households * u.reachedPart) },
        movement: { class: u.weak ? 'yeu' : 'kha' },
        crime: {
          reports: u.reports,
          resolved: Math.floor(u.reports * u.resolvedPart),
          cases: u.cases,
        },
        baseline: { crime: { cases: u.baselineCases } },
        media: { articles: u.articles },
      },
    }))

  it.each(
    measures.map(
      (measure) =>
        [
          measure.type + ('aggregate' in measure ? ` (${measure.aggregate})` : ''),
          measure,
        ] as const,
    ),
  )('a level of %s is the aggregate of the levels below', (_, measure) => {
    const goal = target(measure, {
      comparator: '>=',
      threshold: measure.type === 'count' || measure.type === 'reported_value' ? 1 : '50%',
    })
    const built = buildTargetFraction(goal, plan)
    if (!built.ok) throw new Error(JSON.stringify(built.errors))
    const aggregate = aggregationOf(measure)
    fc.assert(
      fc.property(fc.array(unitRow, { maxLength: 40 }), (units) => {
        const rowsOf = (match: (group: readonly [number, number]) => boolean) =>
          units.filter((u) => match(u.group)).map((u) => u.row)
        const districts = [0, 1, 2].map((d) => {
          const communes = [0, 1, 2, 3].map((c) => {
            const rows = rowsOf((g) => g[0] === d && g[1] === c)
            const value = computeTargetValue(built, rows)
            expect(value).toEqual(
              aggregateTargetValues(
                rows.map((row) => computeTargetValue(built, [row])),
                aggregate,
              ),
            )
            return value
          })
          const value = computeTargetValue(
            built,
            rowsOf((g) => g[0] === d),
          )
          expect(value).toEqual(aggregateTargetValues(communes, aggregate))
          return value
        })
        const all = units.map((u) => u.row)
        const province = computeTargetValue(built, all)
        expect(province).toEqual(aggregateTargetValues(districts, aggregate))
        // The same number as the plan's own formula for the target's value.
        const expressions = buildTargetExpressions(goal, plan)
        if (!expressions.ok) throw new Error('formula')
        const inScope = all.filter((row) => evaluate(expressions.scope, { values: row }) === true)
        const baseline = inScope.reduce((sum, row) => sum + row.baseline.crime.cases, 0)
        const direct = evaluate(expressions.value, {
          collections: { units: inScope },
          values: { 'target.baseline': baseline },
        })
        expect(targetValueOf(province)).toBe(direct)
      }),
      { numRuns: 150 },
    )
  })

  it('leaves out rows the plan excludes from its targets', () => {
    const built = buildTargetFraction(target(measures[0]!), plan)
    if (!built.ok) throw new Error('formula')
    const rows = [
      { unit: { kind: 'school', school_level: 'primary' }, antt: { recognized: false } },
      { unit: { kind: 'school', school_level: 'lower_secondary' }, antt: { recognized: true } },
      { unit: { kind: 'residential_area', school_level: null }, antt: { recognized: false } },
    ]
    expect(computeTargetValue(built, rows)).toEqual({ numerator: 1, denominator: 1 })
  })
})
