// The compiled SQL and the in-memory evaluator must agree on every formula and every data set:
// random well-typed formulas over random unit rows (with nulls) run on a real PostgreSQL
// (PGlite, the server's embedded engine) and in evaluate().
import { PGlite } from '@electric-sql/pglite'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Expr, Value } from '../src/rules/ast'
import { binary, call, field, isOneOf, negate, num, percent, str } from '../src/rules/builders'
import { checkExpression } from '../src/rules/checker'
import { evaluate } from '../src/rules/evaluator'
import { BOOLEAN, enumOf, NUMBER, type FieldSchema } from '../src/rules/field-schema'
import { printExpression } from '../src/rules/printer'
import { compileToSql } from '../src/rules/sql-compiler'

const CLASSES = ['x', 'y', 'z']
const ROW = { a: NUMBER, b: NUMBER, flag: BOOLEAN, cls: enumOf(CLASSES) }
const SCHEMA: FieldSchema = { fields: { k: NUMBER, on: BOOLEAN }, collections: { units: ROW } }
const COLUMNS = { a: 'a', b: 'b', flag: 'flag', cls: 'cls' }

type Row = { a: number | null; b: number; flag: boolean | null; cls: string | null }
const arbitraryRow: fc.Arbitrary<Row> = fc.record({
  a: fc.option(fc.integer({ min: -20, max: 20 }), { nil: null }),
  b: fc.integer({ min: -5, max: 30 }).map((n) => n / 2),
  flag: fc.option(fc.boolean(), { nil: null }),
  cls: fc.option(fc.constantFrom(...CLASSES), { nil: null }),
})

const literal = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map(num),
  fc.integer({ min: 0, max: 100 }).map(percent),
)
const arithmetic = fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const)
const ordering = fc.constantFrom(
  '<' as const,
  '<=' as const,
  '>' as const,
  '>=' as const,
  '=' as const,
  '!=' as const,
)

/** Number and boolean formulas for one row (inside an aggregate) or for the whole table. */
const { tableNumber, tableBoolean } = fc.letrec<{
  rowNumber: Expr
  rowBoolean: Expr
  tableNumber: Expr
  tableBoolean: Expr
}>((tie) => ({
  rowNumber: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(field('a'), field('b'), field('k')),
    literal,
    fc.tuple(arithmetic, tie('rowNumber'), tie('rowNumber')).map(([op, l, r]) => binary(op, l, r)),
    fc
      .tuple(tie('rowBoolean'), tie('rowNumber'), tie('rowNumber'))
      .map(([c, l, r]) => call('if', c, l, r)),
    tie('rowNumber').map((operand): Expr => ({
      kind: 'unary',
      op: '-',
      operand,
      span: { start: 0, end: 0 },
    })),
  ),
  rowBoolean: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(field('flag'), field('on')),
    fc.constantFrom(...CLASSES).map((value) => binary('=', field('cls'), str(value))),
    fc.subarray(CLASSES, { minLength: 1 }).map((values) => isOneOf(field('cls'), values)),
    fc.tuple(ordering, tie('rowNumber'), tie('rowNumber')).map(([op, l, r]) => binary(op, l, r)),
    fc
      .tuple(fc.constantFrom('and' as const, 'or' as const), tie('rowBoolean'), tie('rowBoolean'))
      .map(([op, l, r]) => binary(op, l, r)),
    tie('rowBoolean').map(negate),
  ),
  tableNumber: fc.oneof(
    { depthSize: 'small' },
    fc.constant(call('count', field('units'))),
    tie('rowBoolean').map((c) => call('count', field('units'), c)),
    tie('rowBoolean').map((c) => call('share', field('units'), c)),
    tie('rowNumber').map((n) => call('sum', field('units'), n)),
    fc
      .tuple(fc.constantFrom('min' as const, 'max' as const), tie('rowNumber'))
      .map(([name, n]) => call(name, field('units'), n)),
    fc
      .tuple(
        fc.constantFrom('min' as const, 'max' as const),
        tie('tableNumber'),
        tie('tableNumber'),
      )
      .map(([name, l, r]) => call(name, l, r)),
    fc
      .tuple(arithmetic, tie('tableNumber'), tie('tableNumber'))
      .map(([op, l, r]) => binary(op, l, r)),
    literal,
    fc.constant(field('k')),
  ),
  tableBoolean: fc.oneof(
    fc
      .tuple(ordering, tie('tableNumber'), tie('tableNumber'))
      .map(([op, l, r]) => binary(op, l, r)),
    fc
      .tuple(
        fc.constantFrom('and' as const, 'or' as const),
        tie('tableBoolean'),
        tie('tableBoolean'),
      )
      .map(([op, l, r]) => binary(op, l, r)),
  ),
}))

function same(a: Value, b: unknown): boolean {
  if (a === null || b === null) return a === b
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
  return a === b
}

describe('compiled SQL agrees with evaluate()', () => {
  let db: PGlite
  beforeAll(async () => {
    db = await PGlite.create()
    await db.exec('CREATE TABLE units (a float8, b float8 NOT NULL, flag boolean, cls text)')
  })
  afterAll(async () => {
    await db.close()
  })

  for (const [name, formula] of [
    ['numbers', tableNumber],
    ['conditions', tableBoolean],
  ] as const) {
    it(`on random ${name}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          formula,
          fc.array(arbitraryRow, { maxLength: 8 }),
          fc.integer({ min: -3, max: 6 }),
          fc.boolean(),
          async (ast, rows, k, on) => {
            expect(checkExpression(ast, SCHEMA).errors).toEqual([])
            const expected = evaluate(ast, { values: { k, on }, collections: { units: rows } })
            const { sql, params } = compileToSql(ast, {
              table: 'units',
              columns: COLUMNS,
              values: { k, on },
            })
            await db.exec('DELETE FROM units')
            for (const row of rows)
              await db.query('INSERT INTO units (a, b, flag, cls) VALUES ($1, $2, $3, $4)', [
                row.a,
                row.b,
                row.flag,
                row.cls,
              ])
            const result = await db.query<{ value: unknown }>(sql, params)
            const actual = result.rows[0]?.value ?? null
            if (!same(expected, actual))
              throw new Error(
                `${printExpression(ast)}\nSQL ${sql}\nevaluate: ${String(expected)}, SQL: ${JSON.stringify(actual)}`,
              )
          },
        ),
        { numRuns: 400 },
      )
    })
  }
})
