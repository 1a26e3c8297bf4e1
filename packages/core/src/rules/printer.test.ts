import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ARITHMETIC_OPS,
  EQUALITY_OPS,
  FUNCTION_NAMES,
  LOGICAL_OPS,
  ORDERING_OPS,
  type Expr,
} from './ast'
import { parseExpression } from './parser'
import { printExpression } from './printer'
import { KEYWORDS } from './tokenizer'

const SPAN = { start: 0, end: 0 }
const part = fc
  .stringMatching(/^[a-z_][a-z0-9_]{0,6}$/)
  .filter((name) => !(KEYWORDS as readonly string[]).includes(name))

/** Any syntax tree the grammar can express (spans are not compared). */
const arbitraryExpr: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('number' as const),
      value: fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100),
      percent: fc.boolean(),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('string' as const),
      value: fc.string({ unit: 'grapheme' }),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('boolean' as const),
      value: fc.boolean(),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('field' as const),
      name: fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.')),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('unary' as const),
      op: fc.constantFrom('-' as const, 'not' as const),
      operand: tie('expr'),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('binary' as const),
      op: fc.constantFrom(...ARITHMETIC_OPS, ...EQUALITY_OPS, ...ORDERING_OPS, ...LOGICAL_OPS),
      left: tie('expr'),
      right: tie('expr'),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('in' as const),
      value: tie('expr'),
      items: fc.array(tie('expr'), { minLength: 1, maxLength: 3 }),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('call' as const),
      name: fc.constantFrom(...FUNCTION_NAMES),
      args: fc.array(tie('expr'), { minLength: 1, maxLength: 3 }),
      span: fc.constant(SPAN),
    }),
  ),
})).expr

/** The tree without positions, for comparing a reparsed tree with the original. */
function stripSpans(node: Expr): unknown {
  return JSON.parse(
    JSON.stringify(node, (key, value: unknown) => (key === 'span' ? undefined : value)),
  )
}

describe('printExpression', () => {
  it('round-trips: parse(print(ast)) is the same tree', () => {
    fc.assert(
      fc.property(arbitraryExpr, (ast) => {
        const text = printExpression(ast)
        const parsed = parseExpression(text)
        if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`)
        expect(stripSpans(parsed.ast)).toEqual(stripSpans(ast))
      }),
      { numRuns: 500 },
    )
  })

  it('is stable: printing a reparsed tree gives the same text', () => {
    fc.assert(
      fc.property(arbitraryExpr, (ast) => {
        const text = printExpression(ast)
        const parsed = parseExpression(text)
        expect(parsed.ok && printExpression(parsed.ast)).toBe(text)
      }),
      { numRuns: 200 },
    )
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = parseExpression(text)
        expect(typeof result.ok).toBe('boolean')
      }),
      { numRuns: 1000 },
    )
  })
})
