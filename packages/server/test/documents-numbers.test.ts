// The number registers under concurrent writers: each number is given once, in order, and a
// transaction that fails after taking one gives it back (the next writer gets it), so the
// issued sequence has no gaps and no repeats. On PostgreSQL the writers really wait on the
// register row; on PGlite they run one after another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import { takeDocumentNumber } from '../src/features/documents/document-numbers.repository'
import { findProvince } from './awards-fixture'
import { createTestContext, type TestContext } from './harness'

let context: TestContext
let issuerUnitId = 0

beforeAll(async () => {
  context = await createTestContext()
  issuerUnitId = (await findProvince(context.deps)).id
})
afterAll(() => context.close())

const take = (index: number, fail: boolean, date = '2025-03-01') =>
  context.deps.db
    .transaction()
    .execute(async (tx) => {
      const issued = await takeDocumentNumber(tx, SYSTEM_ACTOR, {
        issuerUnitId,
        issuerCode: 'UBND',
        kind: 'decision',
        date,
        entity: 'test',
        entityId: index,
      })
      if (fail) throw new Error('refused after taking a number')
      return issued.number
    })
    .catch(() => null)

describe('document number register', () => {
  it('gives every number once and in order, failed transactions giving theirs back', async () => {
    const results = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((i) => take(i, i % 3 === 1)))
    const issued = results.filter((number): number is string => number !== null)
    expect(issued).toHaveLength(5)
    expect([...issued].sort((a, b) => parseInt(a) - parseInt(b))).toEqual([
      '1/QĐ-UBND',
      '2/QĐ-UBND',
      '3/QĐ-UBND',
      '4/QĐ-UBND',
      '5/QĐ-UBND',
    ])
    const stored = await context.deps.db
      .selectFrom('issued_document_numbers')
      .select('sequence')
      .where('issuer_unit_id', '=', issuerUnitId)
      .orderBy('sequence')
      .execute()
    expect(stored.map((row) => row.sequence)).toEqual([1, 2, 3, 4, 5])
  })

  it('restarts each year and keeps kinds and issuers apart', async () => {
    expect(await take(10, false, '2026-01-02')).toBe('1/QĐ-UBND')
    expect(await take(11, false, '2025-12-31')).toBe('6/QĐ-UBND')
  })

  it('refuses to take a number outside a transaction', async () => {
    await expect(
      takeDocumentNumber(context.deps.db, SYSTEM_ACTOR, {
        issuerUnitId,
        issuerCode: 'UBND',
        kind: 'minutes',
        date: '2025-01-01',
        entity: 'test',
        entityId: 0,
      }),
    ).rejects.toThrow()
  })
})
