// A target as formulas over `units` giving its numerator and denominator (TargetValue), so the
// server can compute each level's fraction (compileToSql) and aggregate levels by adding them.
// A change against a baseline year reads each unit's baseline figure (`baseline.<field>`, as
// the report form asks for it), so a level's baseline is the sum of its units'; with
// `target.baseline` set to that sum, the plan's own value formula gives the same number.
import type { Expr, ExpressionError } from '../rules/ast'
import { binary, bool, call, field, num } from '../rules/builders'
import { evaluate, type Row } from '../rules/evaluator'
import { parseExpression } from '../rules/parser'
import { buildTargetExpressions, isKnown, sumOfTerms } from '../plans/plan-target-expression'
import type { Plan } from '../plans/plan-schema'
import type { Target } from '../plans/plan-targets'
import { BASELINE_PREFIX } from './campaign-report-fields'
import type { TargetValue } from './campaign-target-values'

export type TargetFraction = {
  numerator: Expr
  denominator: Expr | null
  scope: Expr
  /** How many units in scope have no value for the total (S2 "thiếu số liệu"); null: n/a. */
  missing: Expr | null
}

const UNITS = field('units')

/** The numerator, denominator and scope of a target as formulas over `units`. */
export function buildTargetFraction(
  target: Target,
  plan: Pick<Plan, 'exclusions'>,
): ({ ok: true } & TargetFraction) | { ok: false; errors: ExpressionError[] } {
  const built = buildTargetExpressions(target, plan)
  if (!built.ok) return built
  const errors: ExpressionError[] = []
  const parse = (source: string): Expr => {
    const parsed = parseExpression(source)
    if (parsed.ok) return parsed.ast
    errors.push(parsed.error)
    return { kind: 'boolean', value: false, span: parsed.error }
  }
  const sum = (source: string): Expr => call('sum', UNITS, sumOfTerms(parse(source)))
  // A unit whose total has no known term: counted as missing data, not silently left out.
  const missingOf = (source: string): Expr =>
    call('count', UNITS, call('if', isKnown(sumOfTerms(parse(source))), bool(false), bool(true)))
  const { measure } = target
  let fraction: { numerator: Expr; denominator: Expr | null; missing?: Expr }
  switch (measure.type) {
    case 'unit_share': {
      // "trong đó" (S3): of the units meeting `among`, a unit counts only if it meets both.
      const among = measure.among ? parse(measure.among) : null
      const condition = parse(measure.condition)
      fraction = among
        ? {
            numerator: call('count', UNITS, binary('and', condition, among)),
            denominator: call('count', UNITS, among),
          }
        : { numerator: call('count', UNITS, condition), denominator: call('count', UNITS) }
      break
    }
    case 'count':
      fraction = { numerator: call('count', UNITS, parse(measure.condition)), denominator: null }
      break
    case 'population_share':
      fraction = {
        numerator: sum(measure.reached),
        denominator: sum(measure.total),
        missing: missingOf(measure.total),
      }
      break
    case 'ratio':
      fraction = {
        numerator: sum(measure.numerator),
        denominator: sum(measure.denominator),
        missing: missingOf(measure.denominator),
      }
      break
    case 'reported_value':
      fraction = {
        numerator: call(measure.aggregate, UNITS, parse(measure.value)),
        denominator: null,
      }
      break
    case 'change_vs_baseline': {
      // Unit by unit, so a unit with only one of its two figures counts in neither sum (and
      // a level's change is the sum of its units' changes over the sum of their baselines).
      const current = parse(measure.value)
      const baseline = toBaseline(parse(measure.value))
      const change =
        measure.direction === 'decrease'
          ? binary('-', baseline, current)
          : binary('-', current, baseline)
      const counted = binary('+', baseline, binary('*', num(0), current))
      fraction = { numerator: call('sum', UNITS, change), denominator: call('sum', UNITS, counted) }
      break
    }
  }
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, ...fraction, missing: fraction.missing ?? null, scope: built.scope }
}

/**
 * A target's value over unit rows (each flat or nested, as the evaluator reads them): rows out
 * of the target's scope are left out. Used for previews and tests; the server runs the same
 * formulas as SQL.
 */
export function computeTargetValue(fraction: TargetFraction, rows: readonly Row[]): TargetValue {
  const units = rows.filter((row) => evaluate(fraction.scope, { values: row }) === true)
  const read = (expr: Expr): number | null => {
    const value = evaluate(expr, { collections: { units } })
    return typeof value === 'number' ? value : null
  }
  return {
    numerator: read(fraction.numerator),
    denominator: fraction.denominator && read(fraction.denominator),
  }
}

/** The same formula over the baseline figures: every field `x` read as `baseline.x`. */
function toBaseline(node: Expr): Expr {
  switch (node.kind) {
    case 'field':
      return { ...node, name: `${BASELINE_PREFIX}${node.name}` }
    case 'unary':
      return { ...node, operand: toBaseline(node.operand) }
    case 'binary':
      return { ...node, left: toBaseline(node.left), right: toBaseline(node.right) }
    case 'in':
      return { ...node, value: toBaseline(node.value), items: node.items.map(toBaseline) }
    case 'call':
      return { ...node, args: node.args.map(toBaseline) }
    case 'number':
    case 'string':
    case 'boolean':
      return node
  }
}
