// Secure by default (issue 15 item 4, ADR 027): a login ends after 30 minutes without a request
// and 12 hours after it began, its last request written at most once a minute without dropping
// the read cache; demo accounts outside demo mode change their password before anything else;
// new passwords have 10 characters and are not common; a strict CSP; a production server that
// does not say it is behind HTTPS refuses to start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assertServable, loadConfig } from '../src/config'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

let clock = new Date('2026-03-02T01:00:00Z')
let context: TestContext
beforeAll(async () => {
  context = await createTestContext(() => clock)
})
afterAll(() => context.close())

const advance = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000)
}
const session = (client: Client) => client.request({ method: 'GET', url: '/api/auth/session' })

describe('login lifetimes', () => {
  it('ends a login idle for 30 minutes, and slides while it is used', async () => {
    const client = await signIn(context.app, 'canbo.bacquang')
    advance(29)
    expect((await session(client)).statusCode).toBe(200)
    advance(29)
    expect((await session(client)).statusCode).toBe(200)
    advance(31)
    expect(errorOf(await session(client))).toEqual({ status: 401, code: 'UNAUTHENTICATED' })
  })

  it('ends a login 12 hours after it began however busy', async () => {
    const client = await signIn(context.app, 'canbo.hagiang1')
    for (let minutes = 0; minutes < 12 * 60 - 25; minutes += 25) {
      advance(25)
      expect((await session(client)).statusCode).toBe(200)
    }
    advance(30)
    expect(errorOf(await session(client))).toEqual({ status: 401, code: 'UNAUTHENTICATED' })
  })

  it('writes the last request at most once a minute, without dropping cached reads', async () => {
    const client = await signIn(context.app, 'congan.tuyenquang')
    const lastSeen = async () =>
      (
        await context.deps.db
          .selectFrom('sessions')
          .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
          .select('sessions.last_seen_at')
          .where('accounts.username', '=', 'congan.tuyenquang')
          .executeTakeFirstOrThrow()
      ).last_seen_at.getTime()
    await session(client)
    const first = await lastSeen()
    advance(0.5)
    await session(client)
    expect(await lastSeen()).toBe(first)
    advance(1)
    const generation = context.deps.cache.generation.value
    await session(client)
    expect(await lastSeen()).toBe(clock.getTime())
    expect(context.deps.cache.generation.value).toBe(generation)
  })
})

describe('demo accounts outside demo mode', () => {
  it('must change the published password first, then are real accounts', async () => {
    context.deps.auth = { idleMinutes: 30, maxHours: 12, demoMode: false }
    try {
      const login = await context.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'lanhdao.tuyenquang', password: 'antq2025' },
      })
      expect(login.json<{ mustChangePassword: boolean }>().mustChangePassword).toBe(true)
      const client = await signIn(context.app, 'lanhdao.tuyenquang')
      expect(errorOf(await client.request({ method: 'GET', url: '/api/units/roots' }))).toEqual({
        status: 403,
        code: 'PASSWORD_CHANGE_REQUIRED',
      })
      expect((await session(client)).json<{ mustChangePassword: boolean }>()).toMatchObject({
        mustChangePassword: true,
      })
      const change = (newPassword: string) =>
        client.request({
          method: 'POST',
          url: '/api/auth/password',
          payload: { currentPassword: 'antq2025', newPassword },
        })
      expect(errorOf(await change('antq2025-moi'))).toEqual({
        status: 422,
        code: 'COMMON_PASSWORD',
      })
      expect((await change('Lanh-dao-Tuyen-Quang')).statusCode).toBe(204)
      expect((await client.request({ method: 'GET', url: '/api/units/roots' })).statusCode).toBe(
        200,
      )
      const account = await context.deps.db
        .selectFrom('accounts')
        .select('demo')
        .where('username', '=', 'lanhdao.tuyenquang')
        .executeTakeFirstOrThrow()
      expect(account.demo).toBe(false)
    } finally {
      context.deps.auth = undefined
    }
  })
})

describe('new passwords', () => {
  it.each([
    ['Ngan-1', 'WEAK_PASSWORD'],
    ['password12', 'COMMON_PASSWORD'],
    ['Qwerty2025!', 'COMMON_PASSWORD'],
    ['matkhau123', 'COMMON_PASSWORD'],
    ['antq2025antq', 'COMMON_PASSWORD'],
  ])('refuses %s (%s)', async (newPassword, code) => {
    const client = await signIn(context.app, 'thuky.tuyenquang')
    const response = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'antq2025', newPassword },
    })
    expect(errorOf(response)).toEqual({ status: 422, code })
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(
      /Mật khẩu|mật khẩu/,
    )
  })
})

describe('headers and start-up', () => {
  it('sends a strict Content-Security-Policy, nosniff and a referrer policy', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' })
    const csp = String(response.headers['content-security-policy'])
    for (const directive of ["script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"])
      expect(csp).toContain(directive)
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['referrer-policy']).toBe('same-origin')
  })

  it('refuses to serve in production unless HTTPS is stated or explicitly opted out of', () => {
    expect(() => assertServable(loadConfig({ NODE_ENV: 'production' }))).toThrow(/PUBLIC_URL/)
    for (const env of [
      { PUBLIC_URL: 'https://antq.example.vn' },
      { COOKIE_SECURE: 'true' },
      { COOKIE_SECURE: 'false' },
    ])
      expect(() => assertServable(loadConfig({ NODE_ENV: 'production', ...env }))).not.toThrow()
    expect(() => assertServable(loadConfig({}))).not.toThrow()
    expect(loadConfig({ NODE_ENV: 'production' }).auth).toEqual({
      idleMinutes: 30,
      maxHours: 12,
      demoMode: false,
    })
    expect(loadConfig({}).auth.demoMode).toBe(true)
  })
})
