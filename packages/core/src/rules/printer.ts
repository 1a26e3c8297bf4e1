// Canonical text for an AST: minimal parentheses, double-quoted strings, `=` for equality.
// print(parse(text)) is stable, and parse(print(ast)) gives back the same tree (tested).
import type { Expr } from './ast'
import { BINDING_POWER, COMPARISON_POWER, NEGATE_BINDING_POWER, NOT_BINDING_POWER } from './grammar'

const ATOM_POWER = 100

/**
 * Print an expression as formula text.
 * @example printExpression(parseExpression('share( units,antt.recognized )>=95%').ast) // 'share(units, antt.recognized) >= 95%'
 */
export function printExpression(node: Expr): string {
  switch (node.kind) {
    case 'number':
      return `${printNumber(node.value)}${node.percent ? '%' : ''}`
    case 'string':
      return `"${node.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
    case 'boolean':
      return node.value ? 'true' : 'false'
    case 'field':
      return node.name
    case 'unary': {
      const power = node.op === 'not' ? NOT_BINDING_POWER : NEGATE_BINDING_POWER
      const operand = wrap(node.operand, power, false)
      return node.op === 'not' ? `not ${operand}` : `-${operand}`
    }
    case 'binary': {
      const power = BINDING_POWER[node.op]
      return `${wrap(node.left, power, false)} ${node.op} ${wrap(node.right, power, true)}`
    }
    case 'in':
      return `${wrap(node.value, COMPARISON_POWER, false)} in [${node.items.map(printExpression).join(', ')}]`
    case 'call':
      return `${node.name}(${node.args.map(printExpression).join(', ')})`
  }
}

function precedence(node: Expr): number {
  if (node.kind === 'binary') return BINDING_POWER[node.op]
  if (node.kind === 'in') return COMPARISON_POWER
  if (node.kind === 'unary') return node.op === 'not' ? NOT_BINDING_POWER : NEGATE_BINDING_POWER
  return ATOM_POWER
}

// A child needs parentheses when it binds more loosely than its parent; on the right of a
// left-associative operator, and on either side of a comparison, equal power also needs them.
function wrap(child: Expr, parentPower: number, isRight: boolean): string {
  const power = precedence(child)
  const text = printExpression(child)
  // `-(-5)` rather than `--5`, which reads like a comment marker.
  const doubleMinus =
    child.kind === 'unary' && child.op === '-' && parentPower === NEGATE_BINDING_POWER
  const needs =
    doubleMinus ||
    power < parentPower ||
    (power === parentPower && (isRight || parentPower === COMPARISON_POWER))
  return needs ? `(${text})` : text
}

function printNumber(value: number): string {
  const text = String(value)
  if (!/e/i.test(text)) return text
  return value.toFixed(20).replace(/\.?0+$/, '')
}
