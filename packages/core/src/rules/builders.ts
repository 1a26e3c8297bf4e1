// Tiny AST builders for tests, seeds and code that assembles formulas (e.g. from a target's
// measure). Spans are zero: built nodes have no source text.
import type { BinaryOp, Expr, FunctionName } from './ast'

const NO_SPAN = { start: 0, end: 0 }

/** @example field('antt.recognized') */
export function field(name: string): Expr {
  return { kind: 'field', name, span: NO_SPAN }
}

/** @example num(20) */
export function num(value: number): Expr {
  return { kind: 'number', value, percent: false, span: NO_SPAN }
}

/** @example percent(95) // 95% */
export function percent(value: number): Expr {
  return { kind: 'number', value, percent: true, span: NO_SPAN }
}

/** @example str('xuat_sac') */
export function str(value: string): Expr {
  return { kind: 'string', value, span: NO_SPAN }
}

/** @example binary('>=', call('share', field('units'), field('antt.recognized')), percent(95)) */
export function binary(op: BinaryOp, left: Expr, right: Expr): Expr {
  return { kind: 'binary', op, left, right, span: NO_SPAN }
}

/** @example call('count', field('units'), field('exemplary.recognized')) */
export function call(name: FunctionName, ...args: Expr[]): Expr {
  return { kind: 'call', name, args, span: NO_SPAN }
}

/** @example isOneOf(field('unit.kind'), ['commune', 'agency']) */
export function isOneOf(value: Expr, items: readonly string[]): Expr {
  return { kind: 'in', value, items: items.map(str), span: NO_SPAN }
}

/** @example allOf([a, b]) // a and b; an empty list is `true` */
export function allOf(parts: readonly Expr[]): Expr {
  const [first, ...rest] = parts
  if (!first) return { kind: 'boolean', value: true, span: NO_SPAN }
  return rest.reduce((left, right) => binary('and', left, right), first)
}

/** @example negate(field('antt.recognized')) // not antt.recognized */
export function negate(operand: Expr): Expr {
  return { kind: 'unary', op: 'not', operand, span: NO_SPAN }
}

/** true / false literal. */
export function bool(value: boolean): Expr {
  return { kind: 'boolean', value, span: NO_SPAN }
}

/**
 * The condition with an unknown (null) result read as false, as SQL's CASE WHEN does.
 * @example isTrue(isOneOf(field('unit.school_level'), ['primary'])) // false for a school of unknown level
 */
export function isTrue(condition: Expr): Expr {
  return call('if', condition, bool(true), bool(false))
}
