import { describe, expect, it } from 'vitest'
import { changePlan, loadMinimalPlan } from '../../test/plan-fixture'
import { evaluate } from '../rules/evaluator'
import { printExpression } from '../rules/printer'
import { compileToSql } from '../rules/sql-compiler'
import { buildTargetExpressions } from './plan-target-expression'
import type { Measure, Target } from './plan-targets'

const plan = loadMinimalPlan()
const target = plan.targets[0] as Target

function built(change: (copy: Target) => void = () => {}) {
  const copy = structuredClone(target)
  change(copy)
  const result = buildTargetExpressions(copy, plan)
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result
}

describe('buildTargetExpressions', () => {
  it('builds value, goal, milestones and the scope filter (with the plan exclusions)', () => {
    const result = built()
    expect(printExpression(result.value)).toBe('share(units, antt.recognized)')
    expect(printExpression(result.goal)).toBe('share(units, antt.recognized) >= 95%')
    expect(result.milestones.map((m) => [m.phase, printExpression(m.goal)])).toEqual([
      ['quy-1', 'share(units, antt.recognized) >= 50%'],
    ])
    expect(printExpression(result.scope)).toBe(
      'unit.kind in ["commune"] and not (unit.kind = "school" and if(unit.school_level in ["primary"], true, false))',
    )
  })

  it.each<[Measure, string]>([
    [
      {
        type: 'population_share',
        population: 'households',
        reached: 'propaganda.households_reached',
        total: 'unit.households',
      },
      'sum(units, propaganda.households_reached) / sum(units, unit.households)',
    ],
    [
      { type: 'ratio', numerator: 'crime.solved', denominator: 'crime.cases' },
      'sum(units, crime.solved) / sum(units, crime.cases)',
    ],
    [
      { type: 'count', condition: 'exemplary.recognized', outOf: null },
      'count(units, exemplary.recognized)',
    ],
    [
      {
        type: 'change_vs_baseline',
        value: 'crime.cases',
        baselineYear: 2023,
        direction: 'decrease',
      },
      '(target.baseline - sum(units, crime.cases)) / target.baseline',
    ],
    [
      {
        type: 'change_vs_baseline',
        value: 'crime.cases',
        baselineYear: 2023,
        direction: 'increase',
      },
      '(sum(units, crime.cases) - target.baseline) / target.baseline',
    ],
    [
      { type: 'reported_value', value: 'media.articles', aggregate: 'sum' },
      'sum(units, media.articles)',
    ],
  ])('measures %j', (measure, printed) => {
    expect(printExpression(built((copy) => (copy.measure = measure)).value)).toBe(printed)
  })

  it('writes a fraction threshold as a division', () => {
    expect(printExpression(built((copy) => (copy.threshold = '2/3')).goal)).toBe(
      'share(units, antt.recognized) >= 2 / 3',
    )
  })

  it('computes the target over units, in memory and as SQL', () => {
    const result = built((copy) => (copy.scope.area = 'rural'))
    const units = [
      { unit: { kind: 'commune', area: 'rural' }, antt: { recognized: true } },
      { unit: { kind: 'commune', area: 'rural' }, antt: { recognized: true } },
      { unit: { kind: 'commune', area: 'urban' }, antt: { recognized: false } },
      {
        unit: { kind: 'school', area: 'rural', school_level: 'primary' },
        antt: { recognized: false },
      },
    ]
    const inScope = units.filter(
      (row) => evaluate(result.scope, { collections: {}, values: row }) === true,
    )
    expect(inScope).toHaveLength(2)
    expect(evaluate(result.goal, { collections: { units: inScope } })).toBe(true)
    const sql = compileToSql(result.goal, {
      table: 'units',
      columns: {
        'antt.recognized': 'antt_recognized',
        'unit.kind': 'kind',
        'unit.area': 'area',
        'unit.school_level': 'school_level',
      },
      where: result.scope,
    })
    expect(sql.sql).toContain('WHERE')
    expect(sql.params).toEqual([0.95, 'commune', 'rural', 'school', 'primary', true, false])
  })

  it('keeps a unit whose excluded attribute is not recorded (a school of unknown level)', () => {
    const result = built((copy) => (copy.scope.unitKinds = ['school']))
    const unknownLevel = { unit: { kind: 'school', area: 'rural', school_level: null } }
    const primary = { unit: { kind: 'school', area: 'rural', school_level: 'primary' } }
    expect(evaluate(result.scope, { collections: {}, values: unknownLevel })).toBe(true)
    expect(evaluate(result.scope, { collections: {}, values: primary })).toBe(false)
  })

  it('returns the syntax error of a broken measure instead of throwing', () => {
    const broken = changePlan(plan, (copy) => {
      copy.targets[0]!.measure = { type: 'unit_share', condition: 'antt.recognized and' }
    })
    const result = buildTargetExpressions(broken.targets[0]!, broken)
    expect(result).toMatchObject({ ok: false, errors: [{ message: 'Công thức chưa kết thúc' }] })
  })
})
