import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../src/db/migrate'
import { createTestContext, type TestContext } from './harness'

let context: TestContext
beforeAll(async () => {
  context = await createTestContext()
})
afterAll(() => context.close())

describe('GET /api/health', () => {
  it('answers with the database kind and schema version', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      status: 'ok',
      database: process.env.ANTQ_TEST_PG_URL ? 'postgres' : 'pglite',
      schemaVersion: SCHEMA_VERSION,
    })
  })
})
