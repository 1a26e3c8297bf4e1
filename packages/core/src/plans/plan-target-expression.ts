// Turn a target's measure, scope and goal into formulas: the measured value (an aggregate over
// `units`), the goal (value compared with the threshold) and the row filter for the scope.
// The server compiles these with compileToSql; the web app evaluates them for previews.
import type { Expr, ExpressionError } from '../rules/ast'
import {
  allOf,
  binary,
  call,
  field,
  isOneOf,
  isTrue,
  negate,
  num,
  percent,
  str,
} from '../rules/builders'
import { parseExpression } from '../rules/parser'
import type { Threshold } from './plan-primitives'
import type { Plan } from './plan-schema'
import type { Exclusion } from './plan-subjects'
import type { Measure, Target } from './plan-targets'

export type TargetExpressions = {
  value: Expr
  goal: Expr
  scope: Expr
  milestones: { due: string | null; phase: string | null; goal: Expr }[]
}
export type TargetExpressionResult =
  ({ ok: true } & TargetExpressions) | { ok: false; errors: ExpressionError[] }

const UNITS = field('units')

/**
 * @example buildTargetExpressions(plan.targets[0], plan) // value: share(units, antt.recognized), goal: … >= 95%
 */
export function buildTargetExpressions(
  target: Target,
  plan: Pick<Plan, 'exclusions'>,
): TargetExpressionResult {
  const errors: ExpressionError[] = []
  const parse = (source: string): Expr => {
    const parsed = parseExpression(source)
    if (parsed.ok) return parsed.ast
    errors.push(parsed.error)
    return { kind: 'boolean', value: false, span: parsed.error }
  }
  const value = measureValue(target.measure, parse)
  const goalOf = (comparator: Target['comparator'], threshold: Threshold): Expr =>
    binary(comparator === '=' ? '=' : comparator, value, thresholdExpr(threshold))
  const filters: Expr[] = [isOneOf(field('unit.kind'), target.scope.unitKinds)]
  if (target.scope.area) filters.push(binary('=', field('unit.area'), str(target.scope.area)))
  if (target.scope.where) filters.push(parse(target.scope.where))
  for (const exclusion of plan.exclusions) {
    const excluded = exclusionFilter(exclusion)
    if (
      excluded &&
      exclusion.appliesTo.some((effect) => effect === 'targets' || effect === 'registration')
    )
      filters.push(negate(excluded))
  }
  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    value,
    goal: goalOf(target.comparator, target.threshold),
    scope: allOf(filters),
    milestones: target.milestones.map((milestone) => ({
      due: milestone.due,
      phase: milestone.phase,
      goal: goalOf(milestone.comparator, milestone.threshold),
    })),
  }
}

function measureValue(measure: Measure, parse: (source: string) => Expr): Expr {
  switch (measure.type) {
    case 'unit_share': {
      if (!measure.among) return call('share', UNITS, parse(measure.condition))
      // "trong đó": a share of the units meeting `among`, not of every unit in scope.
      const among = parse(measure.among)
      return binary(
        '/',
        call('count', UNITS, binary('and', parse(measure.condition), among)),
        call('count', UNITS, among),
      )
    }
    case 'count':
      return call('count', UNITS, parse(measure.condition))
    case 'population_share':
      return binary(
        '/',
        call('sum', UNITS, sumOfTerms(parse(measure.reached))),
        call('sum', UNITS, sumOfTerms(parse(measure.total))),
      )
    case 'ratio':
      return binary(
        '/',
        call('sum', UNITS, sumOfTerms(parse(measure.numerator))),
        call('sum', UNITS, sumOfTerms(parse(measure.denominator))),
      )
    case 'reported_value':
      return call(measure.aggregate, UNITS, parse(measure.value))
    case 'change_vs_baseline': {
      const current = call('sum', UNITS, parse(measure.value))
      const baseline = field('target.baseline')
      const change =
        measure.direction === 'decrease'
          ? binary('-', baseline, current)
          : binary('-', current, baseline)
      return binary('/', change, baseline)
    }
  }
}

/** Whether a value is known (not null): `x >= x` is null exactly when x is, in SQL and here. */
export function isKnown(value: Expr): Expr {
  return binary('>=', value, value)
}

/** The terms of a sum `a + b + c` (anything else is one term). */
function termsOf(node: Expr): Expr[] {
  if (node.kind === 'binary' && node.op === '+')
    return [...termsOf(node.left), ...termsOf(node.right)]
  return [node]
}

/**
 * A unit's total term by term (S2): an empty term counts 0 while another term has a value
 * (staff + empty pupils = staff); with no term known the total is null, so the unit is counted
 * as missing data (missingUnitsOf), never added as 0 silently. SQL's `a + NULL` is NULL, which
 * dropped the whole unit.
 * @example sumOfTerms(parse('unit.staff + unit.pupils')) // if(staff >= staff or pupils >= pupils, if(staff >= staff, staff, 0) + …, staff)
 */
export function sumOfTerms(total: Expr): Expr {
  const terms = termsOf(total)
  const [first] = terms
  if (terms.length === 1 || !first) return total
  const orZero = (term: Expr) => call('if', isKnown(term), term, num(0))
  const anyKnown = terms.map(isKnown).reduce((all, each) => binary('or', all, each))
  const summed = terms.map(orZero).reduce((all, each) => binary('+', all, each))
  return call('if', anyKnown, summed, first)
}

/** `90%` → 90% literal, `2/3` → 2 / 3, `16` → 16. */
export function thresholdExpr(threshold: Threshold): Expr {
  if (typeof threshold === 'number') return num(threshold)
  if (threshold.endsWith('%')) return percent(Number(threshold.slice(0, -1)))
  const [numerator, denominator] = threshold.split('/').map(Number)
  return binary('/', num(numerator ?? 0), num(denominator ?? 1))
}

// A unit whose level, size or subtype is not recorded is not excluded: without isTrue the
// unknown value would make the whole scope filter unknown and drop the unit from the target.
function exclusionFilter(exclusion: Exclusion): Expr | undefined {
  const { match } = exclusion
  const kind = (value: string) => binary('=', field('unit.kind'), str(value))
  switch (match.kind) {
    case 'school':
      return binary(
        'and',
        kind('school'),
        isTrue(isOneOf(field('unit.school_level'), match.schoolLevels)),
      )
    case 'enterprise':
      return binary(
        'and',
        kind('enterprise'),
        isTrue(isOneOf(field('unit.enterprise_size'), match.enterpriseSizes)),
      )
    case 'agency':
      return binary('and', kind('agency'), isTrue(isOneOf(field('unit.subtype'), match.subtypes)))
    case 'person':
      return undefined
  }
}
