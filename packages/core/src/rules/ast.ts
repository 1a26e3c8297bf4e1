// The expression language's syntax tree. Every node keeps its source span (character offsets
// into the formula text) so type errors can point at the exact place a person wrote.

export type Span = { start: number; end: number }

export const AGGREGATE_FUNCTIONS = ['count', 'sum', 'share', 'min', 'max'] as const
export const FUNCTION_NAMES = ['count', 'sum', 'share', 'min', 'max', 'if'] as const
export type FunctionName = (typeof FUNCTION_NAMES)[number]

export const ARITHMETIC_OPS = ['+', '-', '*', '/'] as const
export const EQUALITY_OPS = ['=', '!='] as const
export const ORDERING_OPS = ['<', '<=', '>', '>='] as const
export const LOGICAL_OPS = ['and', 'or'] as const
export type ArithmeticOp = (typeof ARITHMETIC_OPS)[number]
export type ComparisonOp = (typeof EQUALITY_OPS)[number] | (typeof ORDERING_OPS)[number]
export type LogicalOp = (typeof LOGICAL_OPS)[number]
export type BinaryOp = ArithmeticOp | ComparisonOp | LogicalOp

/** A percent literal keeps the number as written (90 for `90%`); its value is 0.9. */
export type NumberExpr = { kind: 'number'; value: number; percent: boolean; span: Span }
export type StringExpr = { kind: 'string'; value: string; span: Span }
export type BooleanExpr = { kind: 'boolean'; value: boolean; span: Span }
/** A field reference such as `antt.recognized`; dots are part of the name. */
export type FieldExpr = { kind: 'field'; name: string; span: Span }
export type UnaryExpr = { kind: 'unary'; op: '-' | 'not'; operand: Expr; span: Span }
export type BinaryExpr = { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; span: Span }
export type InExpr = { kind: 'in'; value: Expr; items: Expr[]; span: Span }
export type CallExpr = { kind: 'call'; name: FunctionName; args: Expr[]; span: Span }

export type Expr =
  NumberExpr | StringExpr | BooleanExpr | FieldExpr | UnaryExpr | BinaryExpr | InExpr | CallExpr

export type Value = number | string | boolean | null

/** An error located in the formula text (offsets), with a Vietnamese message. */
export type ExpressionError = { message: string; start: number; end: number }

export function isAggregateName(name: string): name is (typeof AGGREGATE_FUNCTIONS)[number] {
  return (AGGREGATE_FUNCTIONS as readonly string[]).includes(name)
}

export function isComparisonOp(op: BinaryOp): op is ComparisonOp {
  return op === '=' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>='
}

/** The numeric value of a number literal: percents are divided by 100. */
export function numberLiteralValue(node: NumberExpr): number {
  return node.percent ? node.value / 100 : node.value
}

/** Whether a call is an aggregate over a collection (first argument names a collection). */
export function isAggregateCall(node: CallExpr, collections: ReadonlySet<string>): boolean {
  const first = node.args[0]
  return (
    isAggregateName(node.name) &&
    first !== undefined &&
    first.kind === 'field' &&
    collections.has(first.name)
  )
}
