// Evaluate a formula over plain data. Missing values are null and propagate the way SQL NULL
// does (Kleene logic for and/or/not, null arithmetic, NULLIF-style division by zero), so the
// result here equals the result of the compiled SQL on the same rows.
import { AppError } from '../errors/app-error'
import { numberLiteralValue, type CallExpr, type Expr, type Value } from './ast'

export type Row = Readonly<Record<string, unknown>>
export type EvaluationContext = {
  /** Scalar fields: flat (`{ 'antt.recognized': true }`) or nested (`{ antt: { recognized: true } }`). */
  values?: Row
  /** Collections an aggregate ranges over; each row is flat or nested like `values`. */
  collections?: Readonly<Record<string, readonly Row[]>>
}

/**
 * Evaluate a type-checked formula. Throws AppError VALIDATION only for a formula that would
 * not pass checkExpression (e.g. an aggregate over a collection missing from the schema).
 * @example evaluate(parse('share(units, antt.recognized) >= 50%'), { collections: { units: [{ antt: { recognized: true } }] } }) // true
 */
export function evaluate(ast: Expr, context: EvaluationContext): Value {
  return evaluateNode(ast, context, undefined)
}

function evaluateNode(node: Expr, context: EvaluationContext, row: Row | undefined): Value {
  switch (node.kind) {
    case 'number':
      return numberLiteralValue(node)
    case 'string':
    case 'boolean':
      return node.value
    case 'field':
      return readField(node.name, context, row)
    case 'unary': {
      const value = evaluateNode(node.operand, context, row)
      if (value === null) return null
      return node.op === 'not' ? !asBoolean(value) : -asNumber(value)
    }
    case 'in': {
      const value = evaluateNode(node.value, context, row)
      if (value === null) return null
      const items = node.items.map((item) => evaluateNode(item, context, row))
      if (items.some((item) => item === value)) return true
      return items.includes(null) ? null : false
    }
    case 'call':
      return evaluateCall(node, context, row)
    case 'binary': {
      const left = evaluateNode(node.left, context, row)
      const right = evaluateNode(node.right, context, row)
      return applyBinary(node.op, left, right)
    }
  }
}

function applyBinary(op: string, left: Value, right: Value): Value {
  if (op === 'and') {
    if (left === false || right === false) return false
    return left === null || right === null ? null : true
  }
  if (op === 'or') {
    if (left === true || right === true) return true
    return left === null || right === null ? null : false
  }
  if (left === null || right === null) return null
  switch (op) {
    case '=':
      return left === right
    case '!=':
      return left !== right
    case '<':
      return asNumber(left) < asNumber(right)
    case '<=':
      return asNumber(left) <= asNumber(right)
    case '>':
      return asNumber(left) > asNumber(right)
    case '>=':
      return asNumber(left) >= asNumber(right)
    case '+':
      return asNumber(left) + asNumber(right)
    case '-':
      return asNumber(left) - asNumber(right)
    case '*':
      return asNumber(left) * asNumber(right)
    default:
      return asNumber(right) === 0 ? null : asNumber(left) / asNumber(right)
  }
}

function evaluateCall(node: CallExpr, context: EvaluationContext, row: Row | undefined): Value {
  const [first, second, third] = node.args
  if (node.name === 'if') {
    const condition = first ? evaluateNode(first, context, row) : null
    const branch = condition === true ? second : third
    return branch ? evaluateNode(branch, context, row) : null
  }
  const rows = first?.kind === 'field' ? context.collections?.[first.name] : undefined
  if (rows === undefined && (node.name === 'count' || node.name === 'sum' || node.name === 'share'))
    throw new AppError('VALIDATION', `Không có dữ liệu cho tập hợp của hàm ${node.name}`)
  if (rows === undefined) {
    // min/max over scalars skip nulls, as SQL LEAST/GREATEST do.
    const values = node.args.map((arg) => evaluateNode(arg, context, row)).filter(isPresent)
    if (values.length === 0) return null
    return node.name === 'min' ? Math.min(...values.map(asNumber)) : Math.max(...values.map(asNumber))
  }
  const perRow = rows.map((each) => (second ? evaluateNode(second, context, each) : true))
  switch (node.name) {
    case 'count':
      return perRow.filter((value) => value === true).length
    case 'share':
      return rows.length === 0 ? null : perRow.filter((value) => value === true).length / rows.length
    case 'sum':
      return perRow.filter(isPresent).reduce<number>((total, value) => total + asNumber(value), 0)
    default: {
      const numbers = perRow.filter(isPresent).map(asNumber)
      if (numbers.length === 0) return null
      return node.name === 'min' ? Math.min(...numbers) : Math.max(...numbers)
    }
  }
}

function readField(name: string, context: EvaluationContext, row: Row | undefined): Value {
  const fromRow = row ? lookup(row, name) : undefined
  if (fromRow !== undefined) return fromRow
  return lookup(context.values ?? {}, name) ?? null
}

function lookup(source: Row, name: string): Value | undefined {
  if (name in source) return normalize(source[name])
  let current: unknown = source
  for (const part of name.split('.')) {
    if (current === null || typeof current !== 'object' || !(part in current)) return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return normalize(current)
}

function normalize(value: unknown): Value | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value
  return null
}

function isPresent(value: Value): value is number | string | boolean {
  return value !== null
}

function asNumber(value: Value): number {
  return typeof value === 'number' ? value : Number(value)
}

function asBoolean(value: Value): boolean {
  return value === true
}
