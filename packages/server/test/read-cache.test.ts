// The dashboard and sessions served from memory: a repeated GET runs no statement, and every
// kind of write is seen by the next request — through HTTP, through Kysely, from another
// connection (PostgreSQL), a logout, a password change, an expired session.
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

let now = new Date('2024-04-10T03:00:00Z') // before plan 000's registration deadline
let context: TestContext
let owner: Client
let commune = 0
let areas: number[] = []
const PLAN = 1 // 000-bac-quang-2024
const TARGET = 'dang-ky-antt'

type Targets = { items: { targetId: string; numerator: number | null }[] }
const dashboard = (client: Client = owner) =>
  client.request({ method: 'GET', url: `/api/plans/${PLAN}/targets?scopeUnitId=${commune}` })
async function numerator() {
  const response = await dashboard()
  expect(response.statusCode, response.body).toBe(200)
  return response.json<Targets>().items.find((item) => item.targetId === TARGET)?.numerator
}
const setNumerator = (value: number) =>
  sql`update target_values set numerator = ${value}
    where plan_id = ${PLAN} and scope_unit_id = ${commune} and target_id = ${TARGET}`

/** Waits until no notification of an earlier write is still on its way (PostgreSQL). */
async function settle() {
  for (let quiet = 0, last = -1; quiet < 4;) {
    const value = context.deps.cache.generation.value
    quiet = value === last ? quiet + 1 : 0
    last = value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

beforeAll(async () => {
  context = await createTestContext(() => now)
  owner = await signIn(context.app, 'congan.bacquang')
  const district = await findUnitId(context.deps, 'legacy', '034')
  const rows = await sql<{ commune: number; area: number }>`select c.id as commune, a.id as area
    from units c join units a on a.parent_id = c.id and a.kind = 'residential_area'
    where c.parent_id = ${district} and c.kind = 'commune' order by c.id, a.id`.execute(
    context.deps.db,
  )
  commune = rows.rows[0]?.commune ?? 0
  areas = rows.rows.filter((row) => row.commune === commune).map((row) => row.area)
  expect(areas.length).toBeGreaterThan(1)
})
afterAll(() => context.close())

describe('a repeated dashboard read', () => {
  it('runs no statement and leaves the data generation alone', async () => {
    // The first read of a scope computes its values (a write), so the second one is kept; on
    // PostgreSQL the write's notification arrives a little later and bumps once more.
    expect((await dashboard()).statusCode).toBe(200)
    await settle()
    const first = await dashboard()
    expect(first.statusCode).toBe(200)
    const generation = context.deps.cache.generation.value
    const db = context.deps.db
    context.deps.db = db.withPlugin({
      transformQuery: () => {
        throw new Error('a cached read ran a statement')
      },
      transformResult: ({ result }) => Promise.resolve(result),
    })
    try {
      const again = await dashboard()
      expect(again.statusCode, again.body).toBe(200)
      expect(again.body).toBe(first.body)
      expect(again.headers['content-type']).toBe('application/json; charset=utf-8')
    } finally {
      context.deps.db = db
    }
    expect(context.deps.cache.generation.value).toBe(generation)
  })
})

describe('the next read after a write', () => {
  it('sees a registration made through HTTP', async () => {
    const before = (await numerator()) ?? 0
    const response = await owner.request({
      method: 'PUT',
      url: `/api/plans/${PLAN}/registrations`,
      payload: {
        year: 2024,
        items: [{ unitId: areas[0], pledge: { takePart: true, strivesForAntt: true } }],
      },
    })
    expect(response.statusCode, response.body).toBe(200)
    expect(await numerator()).toBe(before + 1)
  })

  it('sees a write through Kysely: raw SQL and the query builder', async () => {
    await numerator()
    await setNumerator(41).execute(context.deps.db)
    expect(await numerator()).toBe(41)
    await context.deps.db
      .updateTable('target_values')
      .set({ numerator: 42 })
      .where('plan_id', '=', PLAN)
      .where('scope_unit_id', '=', commune)
      .where('target_id', '=', TARGET)
      .execute()
    expect(await numerator()).toBe(42)
  })

  // Needs a second connection while the transaction is open: PostgreSQL only (PGlite has one).
  it.skipIf(!process.env.ANTQ_TEST_PG_URL)(
    'sees a committed transaction, though a read between its write and its commit was kept',
    async () => {
      await settle()
      const before = (await numerator()) ?? 0
      await context.deps.db.transaction().execute(async (tx) => {
        await setNumerator(before + 50).execute(tx)
        // The dashboard reads through another connection: the old value, kept in the cache.
        expect(await numerator()).toBe(before)
      })
      // At once, not after PostgreSQL's notification: the commit itself moves the generation.
      expect(await numerator()).toBe(before + 50)
    },
  )

  it.skipIf(!process.env.ANTQ_TEST_PG_URL)(
    'sees a write from another PostgreSQL connection within 2 seconds',
    async () => {
      await numerator()
      const expected = ((await numerator()) ?? 0) + 100
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
        context.deps.db,
      )
      const url = new URL(process.env.ANTQ_TEST_PG_URL ?? '')
      url.pathname = `/${rows[0]?.name ?? ''}`
      const other = new pg.Client({ connectionString: url.toString(), user: url.username })
      await other.connect()
      try {
        await other.query(
          `update target_values set numerator = $4
            where plan_id = $1 and scope_unit_id = $2 and target_id = $3`,
          [PLAN, commune, TARGET, expected],
        )
      } finally {
        await other.end()
      }
      const deadline = Date.now() + 2000
      let seen = await numerator()
      while (seen !== expected && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        seen = await numerator()
      }
      expect(seen).toBe(expected)
    },
  )
})

describe('statements the generation counts as writes', () => {
  const moves = async (run: () => Promise<unknown>) => {
    await settle()
    const before = context.deps.cache.generation.value
    await run()
    return context.deps.cache.generation.value > before
  }
  it('counts writes, nested ones too, and not reads', async () => {
    const db = context.deps.db
    expect(await moves(() => sql`select created_at, last_login_at from accounts`.execute(db))).toBe(
      false,
    )
    expect(await moves(() => db.selectFrom('units').select('id').limit(1).execute())).toBe(false)
    expect(await moves(() => db.deleteFrom('sessions').where('id', '=', 'none').execute())).toBe(
      true,
    )
    const insert = db
      .insertInto('login_attempts')
      .values({ username: 'x', ip: '1', success: true, at: now })
    expect(await moves(() => sql`with x as (${insert} returning id) select 1`.execute(db))).toBe(
      true,
    )
    expect(
      await moves(() =>
        db
          .with('x', (qb) =>
            qb
              .insertInto('login_attempts')
              .values({ username: 'y', ip: '1', success: true, at: now })
              .returning('id'),
          )
          .selectFrom('x')
          .selectAll()
          .execute(),
      ),
    ).toBe(true)
  })
})

describe('sessions kept in memory', () => {
  const sessionOf = (client: Client) => client.request({ method: 'GET', url: '/api/auth/session' })

  it('logout: the same cookie answers 401 at once', async () => {
    const client = await signIn(context.app, 'congan.bacquang')
    expect((await dashboard(client)).statusCode).toBe(200)
    expect((await client.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204)
    expect(errorOf(await dashboard(client))).toEqual({ status: 401, code: 'UNAUTHENTICATED' })
  })

  it('password change: the other session answers 401 at once', async () => {
    const current = await signIn(context.app, 'canbo.bacquang')
    const other = await signIn(context.app, 'canbo.bacquang')
    expect((await sessionOf(other)).statusCode).toBe(200)
    const changed = await current.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'antq2025', newPassword: 'matkhaumoi2024' },
    })
    expect(changed.statusCode, changed.body).toBe(204)
    expect(errorOf(await sessionOf(other))).toEqual({ status: 401, code: 'UNAUTHENTICATED' })
    expect((await sessionOf(current)).statusCode).toBe(200)
  })

  it('an expired session answers 401 though nothing was written', async () => {
    expect((await sessionOf(owner)).statusCode).toBe(200)
    await settle()
    const generation = context.deps.cache.generation.value
    now = new Date(now.getTime() + 13 * 3600_000)
    expect(errorOf(await sessionOf(owner))).toEqual({ status: 401, code: 'UNAUTHENTICATED' })
    expect(context.deps.cache.generation.value).toBe(generation)
  })
})
