// Seen when it fails (issue 15 item 3): the health check reports the database, the migrations,
// the scheduler and the data generation; every request has an id, returned to the client and
// stored on the audit entries it writes; a server error is logged with its stack and that id.
import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { Database } from '../src/db/schema'
import { createTestContext, type TestContext } from './harness'

/** The newest migration file, read from the folder rather than copied here. */
const LATEST_MIGRATION = readdirSync(new URL('../src/db/migrations/', import.meta.url))
  .filter((name) => /^\d{4}-.*\.ts$/.test(name))
  .sort()
  .at(-1)
  ?.replace(/\.ts$/, '')

const logLines: string[] = []
let context: TestContext
beforeAll(async () => {
  context = await createTestContext(undefined, {
    logger: { level: 'warn', stream: { write: (line) => logLines.push(line) } },
  })
})
afterAll(() => context.close())

/** Makes every use of the database throw until `restore` is called. */
function breakDatabase() {
  const deps = context.deps as { db: Kysely<Database> }
  const saved = deps.db
  deps.db = new Proxy(saved, {
    get: () => {
      throw new Error('cơ sở dữ liệu hỏng (thử)')
    },
  })
  return () => (deps.db = saved)
}

describe('GET /api/health', () => {
  it('reports the database, migrations, scheduler and data generation', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBe(200)
    const health = response.json<Record<string, unknown>>()
    expect(health).toMatchObject({
      status: 'ok',
      database: { kind: process.env.ANTQ_TEST_PG_URL ? 'postgres' : 'pglite', ok: true },
      migrations: {
        upToDate: true,
        pending: [],
        latestApplied: LATEST_MIGRATION,
        latestKnown: LATEST_MIGRATION,
      },
      // A test app runs no timer (tests drive runSchedulerTick) and has no SMTP (ADR 029).
      scheduler: { status: 'tắt', email: 'chưa cấu hình', pendingEmails: 0 },
      dataGeneration: expect.any(Number),
    })
    const migrations = health.migrations as { applied: number; known: number }
    expect(migrations.applied).toBe(migrations.known)
    expect(health.schemaVersion).toBe(migrations.applied)
  })

  it('answers 503 and says the database is down when it does not answer', async () => {
    const restore = breakDatabase()
    try {
      const response = await context.app.inject({ method: 'GET', url: '/api/health' })
      expect(response.statusCode).toBe(503)
      expect(response.json()).toMatchObject({ status: 'degraded', database: { ok: false } })
    } finally {
      restore()
    }
  })
})

describe('request ids', () => {
  it('stores the request id on the audit entries the request writes', async () => {
    const requestId = 'kiemtra-audit-0001'
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-request-id': requestId },
      payload: { username: 'admin', password: 'sai-mat-khau' },
    })
    expect(response.statusCode).toBe(401)
    expect(response.headers['x-request-id']).toBe(requestId)
    expect(response.json<{ error: { requestId: string } }>().error.requestId).toBe(requestId)
    const entries = await context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'request_id'])
      .where('request_id', '=', requestId)
      .execute()
    expect(entries).toEqual([{ action: 'auth.login_failed', request_id: requestId }])
  })

  it('logs every server error with its stack and request id', async () => {
    const restore = breakDatabase()
    let response
    try {
      response = await context.app.inject({
        method: 'GET',
        url: '/api/units',
        headers: { cookie: 'antq_session=bat-ky' },
      })
    } finally {
      restore()
    }
    expect(response.statusCode).toBe(500)
    const body = response.json<{ error: { code: string; message: string; requestId: string } }>()
    expect(body.error).toMatchObject({
      code: 'INTERNAL',
      message: 'Đã có lỗi xảy ra, vui lòng thử lại',
    })
    const logged = logLines
      .map((line) => JSON.parse(line) as { reqId?: string; msg?: string; err?: { stack?: string } })
      .find((line) => line.reqId === body.error.requestId && line.msg === 'server error')
    expect(logged?.err?.stack).toContain('cơ sở dữ liệu hỏng (thử)')
    expect(logged?.err?.stack).toMatch(/\n\s+at /)
  })
})
