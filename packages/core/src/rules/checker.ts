// Static type check of a formula against a field schema: unknown fields, wrong operand types,
// enum values that do not exist, misuse of aggregates. Errors carry the offending span.
import { isAggregateName, type CallExpr, type Expr, type ExpressionError } from './ast'
import {
  FIELD_TYPE_LABELS,
  suggestName,
  type FieldMap,
  type FieldSchema,
  type FieldType,
} from './field-schema'

export type ExprType = FieldType
export type CheckOptions = { expect?: 'number' | 'boolean' }
export type CheckResult = { type: ExprType | undefined; errors: ExpressionError[] }

type Scope = { row: FieldMap | undefined }
const NUMBER: ExprType = { type: 'number' }
const BOOLEAN: ExprType = { type: 'boolean' }

/**
 * Type-check a parsed formula.
 * @example checkExpression(ast, PLAN_FIELD_SCHEMA, { expect: 'boolean' }).errors // []
 */
export function checkExpression(
  ast: Expr,
  schema: FieldSchema,
  options: CheckOptions = {},
): CheckResult {
  const errors: ExpressionError[] = []
  const report = (node: Expr, message: string): undefined => {
    errors.push({ message, start: node.span.start, end: node.span.end })
    return undefined
  }

  const requireType = (node: Expr, scope: Scope, wanted: 'number' | 'boolean'): void => {
    const type = infer(node, scope)
    if (type && type.type !== wanted)
      report(
        node,
        `Cần giá trị ${FIELD_TYPE_LABELS[wanted]}, nhưng đây là ${FIELD_TYPE_LABELS[type.type]}`,
      )
  }

  const checkComparable = (left: Expr, right: Expr, scope: Scope, ordered: boolean): void => {
    const a = infer(left, scope)
    const b = infer(right, scope)
    if (!a || !b) return
    if (ordered) {
      if (a.type !== 'number') report(left, 'Chỉ so sánh lớn/nhỏ được giữa các số')
      else if (b.type !== 'number') report(right, 'Chỉ so sánh lớn/nhỏ được giữa các số')
      return
    }
    if (!isCompatible(a, b))
      report(
        right,
        `Không thể so sánh ${FIELD_TYPE_LABELS[a.type]} với ${FIELD_TYPE_LABELS[b.type]}`,
      )
    checkEnumLiteral(a, right)
    checkEnumLiteral(b, left)
  }

  const checkEnumLiteral = (type: ExprType, node: Expr): void => {
    if (type.type === 'enum' && node.kind === 'string' && !type.values.includes(node.value))
      report(node, `Giá trị "${node.value}" không thuộc danh mục: ${type.values.join(', ')}`)
  }

  const inferCall = (node: CallExpr, scope: Scope): ExprType | undefined => {
    const first = node.args[0]
    const collection = first?.kind === 'field' ? schema.collections[first.name] : undefined
    if (node.name === 'if') {
      const [condition, whenTrue, whenFalse, ...extra] = node.args
      if (!condition || !whenTrue || !whenFalse || extra.length > 0)
        return report(node, 'Hàm if cần đúng 3 đối số: if(điều kiện, khi đúng, khi sai)')
      requireType(condition, scope, 'boolean')
      const a = infer(whenTrue, scope)
      const b = infer(whenFalse, scope)
      if (a && b && !isCompatible(a, b)) return report(whenFalse, 'Hai nhánh của if phải cùng kiểu')
      return a?.type === 'enum' ? a : b?.type === 'enum' ? b : a
    }
    if (collection && isAggregateName(node.name)) {
      if (scope.row) return report(node, 'Không được lồng hàm tổng hợp trong hàm tổng hợp')
      const inner: Scope = { row: collection }
      const arity = node.name === 'count' ? [1, 2] : [2]
      if (!arity.includes(node.args.length))
        return report(
          node,
          `Hàm ${node.name} cần ${arity.join(' hoặc ')} đối số: ${node.name}(tập hợp, …)`,
        )
      const body = node.args[1]
      if (body)
        requireType(
          body,
          inner,
          node.name === 'count' || node.name === 'share' ? 'boolean' : 'number',
        )
      return NUMBER
    }
    if (node.name === 'min' || node.name === 'max') {
      if (node.args.length === 0) return report(node, `Hàm ${node.name} cần ít nhất 1 đối số`)
      for (const arg of node.args) requireType(arg, scope, 'number')
      return NUMBER
    }
    const names = Object.keys(schema.collections)
    if (names.length === 0)
      return report(node, `Không dùng hàm ${node.name} ở đây: công thức này tính cho từng đơn vị`)
    return report(
      first ?? node,
      `Đối số đầu của ${node.name} phải là một tập hợp (${names.join(', ')})`,
    )
  }

  const infer = (node: Expr, scope: Scope): ExprType | undefined => {
    switch (node.kind) {
      case 'number':
        return NUMBER
      case 'string':
        return { type: 'string' }
      case 'boolean':
        return BOOLEAN
      case 'field':
        return inferField(node.name, node, scope)
      case 'unary':
        requireType(node.operand, scope, node.op === 'not' ? 'boolean' : 'number')
        return node.op === 'not' ? BOOLEAN : NUMBER
      case 'in':
        for (const item of node.items) checkComparable(node.value, item, scope, false)
        return BOOLEAN
      case 'call':
        return inferCall(node, scope)
      case 'binary':
        if (node.op === 'and' || node.op === 'or') {
          requireType(node.left, scope, 'boolean')
          requireType(node.right, scope, 'boolean')
          return BOOLEAN
        }
        if (node.op === '=' || node.op === '!=') {
          checkComparable(node.left, node.right, scope, false)
          return BOOLEAN
        }
        if (node.op === '<' || node.op === '<=' || node.op === '>' || node.op === '>=') {
          checkComparable(node.left, node.right, scope, true)
          return BOOLEAN
        }
        requireType(node.left, scope, 'number')
        requireType(node.right, scope, 'number')
        return NUMBER
    }
  }

  const inferField = (name: string, node: Expr, scope: Scope): ExprType | undefined => {
    const found = scope.row?.[name] ?? schema.fields[name]
    if (found) return found
    if (schema.collections[name])
      return report(
        node,
        `'${name}' là một tập hợp, chỉ dùng làm đối số đầu của count, sum, share, min, max`,
      )
    const known = [...Object.keys(scope.row ?? {}), ...Object.keys(schema.fields)]
    const hint = suggestName(name, known)
    return report(node, `Trường không tồn tại: '${name}'${hint ? ` (có phải '${hint}'?)` : ''}`)
  }

  const type = infer(ast, { row: undefined })
  if (type && options.expect && type.type !== options.expect)
    report(
      ast,
      `Công thức phải cho giá trị ${FIELD_TYPE_LABELS[options.expect]}, nhưng cho ${FIELD_TYPE_LABELS[type.type]}`,
    )
  return { type: errors.length === 0 ? type : undefined, errors }
}

function isCompatible(a: ExprType, b: ExprType): boolean {
  const textual = (t: ExprType) => t.type === 'string' || t.type === 'enum'
  return a.type === b.type || (textual(a) && textual(b))
}
