// Evaluate a formula over plain data. Missing values are null and propagate the way SQL NULL
// does (Kleene logic for and/or/not, null arithmetic, NULLIF-style division by zero), so the
// result here equals the result of the compiled SQL on the same rows.
import { AppError } from '../errors/app-error'
import { numberLiteralValue, type CallExpr, type Expr, type Value } from './ast'

export type Row = Readonly<Record<string, unknown>>
type Scope = { row: Row; fields: ReadonlySet<string> } | undefined
export type EvaluationContext = {
  /** Scalar fields: flat (`{ 'antt.recognized': true }`) or nested (`{ antt: { recognized: true } }`). */
  values?: Row
  /**
   * Collections an aggregate ranges over; each row is flat or nested like `values`. Inside an
   * aggregate a name that any row carries is a row field (absent in a row: null, like a SQL
   * column); other names read `values`.
   */
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

function evaluateNode(node: Expr, context: EvaluationContext, scope: Scope): Value {
  switch (node.kind) {
    case 'number':
      return numberLiteralValue(node)
    case 'string':
    case 'boolean':
      return node.value
    case 'field':
      return readField(node.name, context, scope)
    case 'unary': {
      const value = evaluateNode(node.operand, context, scope)
      if (value === null) return null
      return node.op === 'not' ? !asBoolean(value) : -asNumber(value)
    }
    case 'in': {
      const value = evaluateNode(node.value, context, scope)
      if (value === null) return null
      const items = node.items.map((item) => evaluateNode(item, context, scope))
      if (items.some((item) => item === value)) return true
      return items.includes(null) ? null : false
    }
    case 'call':
      return evaluateCall(node, context, scope)
    case 'binary': {
      const left = evaluateNode(node.left, context, scope)
      const right = evaluateNode(node.right, context, scope)
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

function evaluateCall(node: CallExpr, context: EvaluationContext, scope: Scope): Value {
  const [first, second, third] = node.args
  if (node.name === 'if') {
    const condition = first ? evaluateNode(first, context, scope) : null
    const branch = condition === true ? second : third
    return branch ? evaluateNode(branch, context, scope) : null
  }
  const rows = first?.kind === 'field' ? context.collections?.[first.name] : undefined
  if (rows === undefined && (node.name === 'count' || node.name === 'sum' || node.name === 'share'))
    throw new AppError('VALIDATION', `Không có dữ liệu cho tập hợp của hàm ${node.name}`)
  if (rows === undefined) {
    // min/max over scalars skip nulls, as SQL LEAST/GREATEST do.
    const values = node.args.map((arg) => evaluateNode(arg, context, scope)).filter(isPresent)
    if (values.length === 0) return null
    return node.name === 'min'
      ? Math.min(...values.map(asNumber))
      : Math.max(...values.map(asNumber))
  }
  const fields = new Set(rows.flatMap((each) => fieldNames(each)))
  const perRow = rows.map((each) =>
    second ? evaluateNode(second, context, { row: each, fields }) : true,
  )
  switch (node.name) {
    case 'count':
      return perRow.filter((value) => value === true).length
    case 'share':
      return rows.length === 0
        ? null
        : perRow.filter((value) => value === true).length / rows.length
    case 'sum':
      return perRow.filter(isPresent).reduce<number>((total, value) => total + asNumber(value), 0)
    case 'min':
    case 'max': {
      const numbers = perRow.filter(isPresent).map(asNumber)
      if (numbers.length === 0) return null
      return node.name === 'min' ? Math.min(...numbers) : Math.max(...numbers)
    }
  }
}

function readField(name: string, context: EvaluationContext, scope: Scope): Value {
  if (scope?.fields.has(name)) return lookup(scope.row, name) ?? null
  return lookup(context.values ?? {}, name) ?? null
}

/** Dotted names of a row's leaves: `{ unit: { kind } }` → `unit.kind`. */
function fieldNames(row: unknown, prefix = ''): string[] {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return prefix ? [prefix] : []
  return Object.entries(row).flatMap(([key, value]) =>
    fieldNames(value, prefix ? `${prefix}.${key}` : key),
  )
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
