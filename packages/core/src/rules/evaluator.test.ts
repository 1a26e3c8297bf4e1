import { describe, expect, it } from 'vitest'
import type { Value } from './ast'
import { evaluate, type EvaluationContext } from './evaluator'
import { parseExpression } from './parser'

const UNITS = [
  {
    unit: { kind: 'commune', households: 100 },
    antt: { recognized: true },
    movement: { class: 'xuat_sac' },
  },
  {
    unit: { kind: 'commune', households: 50 },
    antt: { recognized: false },
    movement: { class: 'yeu' },
  },
  {
    'unit.kind': 'school',
    'unit.households': null,
    'antt.recognized': true,
    'movement.class': 'kha',
  },
  { unit: { kind: 'school' }, antt: { recognized: null } },
]
const CONTEXT: EvaluationContext = {
  values: {
    unit: { households: 40 },
    'antt.recognized': true,
    missing: null,
    zero: 0,
    'target.baseline': 200,
  },
  collections: { units: UNITS, empty: [] },
}

function run(source: string, context: EvaluationContext = CONTEXT): Value {
  const parsed = parseExpression(source)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return evaluate(parsed.ast, context)
}

describe('evaluate', () => {
  it.each<[string, Value]>([
    ['1 + 2 * 3', 7],
    ['95%', 0.95],
    ['2/3 > 66%', true],
    ['unit.households / 8', 5],
    ['antt.recognized and unit.households >= 40', true],
    ['"kha" in ["xuat_sac", "kha"]', true],
    ['if(unit.households > 10, "nhieu", "it")', 'nhieu'],
    ['min(3, unit.households, 7)', 3],
    ['max(3, unit.households, 7)', 40],
    ['count(units)', 4],
    ['count(units, antt.recognized)', 2],
    ['share(units, antt.recognized)', 0.5],
    ['share(units, antt.recognized) >= 50%', true],
    ['sum(units, unit.households)', 150],
    ['min(units, unit.households)', 50],
    ['max(units, unit.households)', 100],
    ['count(units, movement.class in ["xuat_sac", "kha"])', 2],
    ['count(units, unit.kind = "school" and antt.recognized)', 1],
    ['(target.baseline - sum(units, unit.households)) / target.baseline', 0.25],
  ])('%s = %j', (source, expected) => {
    expect(run(source)).toBe(expected)
  })

  it.each<[string, Value]>([
    ['missing + 1', null],
    ['missing = 1', null],
    ['not missing', null],
    ['missing and false', false],
    ['missing and true', null],
    ['missing or true', true],
    ['missing or false', null],
    ['missing in [1, 2]', null],
    ['if(missing, 1, 2)', 2],
    ['min(missing, 4)', 4],
    ['max(missing, missing)', null],
    ['unit.households / zero', null],
    ['nothing.here', null],
    ['share(empty, antt.recognized)', null],
    ['sum(empty, unit.households)', 0],
    ['count(empty)', 0],
    ['min(empty, unit.households)', null],
  ])('null semantics follow SQL: %s = %j', (source, expected) => {
    expect(run(source)).toBe(expected)
  })

  it('reads rows before scalars inside an aggregate', () => {
    expect(run('sum(units, unit.households + 0)')).toBe(150)
    expect(run('unit.households')).toBe(40)
  })

  it('refuses an aggregate over a collection it was not given', () => {
    expect(() => run('share(nothing, antt.recognized)')).toThrow('Không có dữ liệu cho tập hợp')
  })
})
