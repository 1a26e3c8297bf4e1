// Parse and type-check in one step: what plan validation and the web editor's live preview
// need. Returns the AST only when the formula is both well-formed and well-typed.
import type { Expr, ExpressionError } from './ast'
import { checkExpression, type CheckOptions } from './checker'
import type { FieldSchema } from './field-schema'
import { parseExpression } from './parser'

export type FormulaResult = { ok: true; ast: Expr } | { ok: false; errors: ExpressionError[] }

/**
 * @example compileFormula('antt.recognized and movement.class = "xuat_sac"', schema, { expect: 'boolean' })
 */
export function compileFormula(
  source: string,
  schema: FieldSchema,
  options: CheckOptions = {},
): FormulaResult {
  const parsed = parseExpression(source)
  if (!parsed.ok) return { ok: false, errors: [parsed.error] }
  const checked = checkExpression(parsed.ast, schema, options)
  return checked.errors.length === 0
    ? { ok: true, ast: parsed.ast }
    : { ok: false, errors: checked.errors }
}

/** 1-based line and column of an offset in a (possibly multi-line) formula. */
export function locateOffset(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 }
}
