// Login limits that cannot be turned against users (issue 15 item 1): failures lock out the
// source that failed, never the account's owner at another source; an office behind one proxy
// is told apart by X-Forwarded-For only when that proxy is configured (TRUST_PROXY); every
// failed or refused login and every logout is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOGIN_LIMITS } from '@antq/core'
import { loadConfig } from '../src/config'
import { createTestContext, signIn, type TestContext } from './harness'
import { errorOf } from './helpers'

let behindProxy: TestContext
let direct: TestContext
beforeAll(async () => {
  // app.inject comes from 127.0.0.1: here that is the configured proxy.
  behindProxy = await createTestContext(undefined, { trustProxy: ['127.0.0.1'], hsts: true })
  direct = await createTestContext()
})
afterAll(async () => {
  await behindProxy.close()
  await direct.close()
})

const login = (context: TestContext, username: string, password: string, source?: string) =>
  context.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: source ? { 'x-forwarded-for': source } : {},
  })

async function auditActions(context: TestContext, name: string) {
  const rows = await context.deps.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'after'])
    .where('actor_name', '=', name)
    .orderBy('id')
    .execute()
  return rows
}

describe('login limits', () => {
  it("locks the failing source out of the account, never the owner's own source", async () => {
    const attacker = '203.0.113.7'
    for (let i = 0; i < LOGIN_LIMITS.perSourceAndAccount; i++)
      expect((await login(behindProxy, 'admin', `sai-${i}`, attacker)).statusCode).toBe(401)
    const refused = await login(behindProxy, 'admin', 'antq2025', attacker)
    expect(errorOf(refused)).toEqual({ status: 429, code: 'RATE_LIMITED' })
    // The owner, at the office, signs in with the right password.
    expect((await login(behindProxy, 'admin', 'antq2025', '198.51.100.20')).statusCode).toBe(200)
    const actions = (await auditActions(behindProxy, 'admin')).map((row) => row.action)
    expect(actions.filter((action) => action === 'auth.login_failed')).toHaveLength(5)
    expect(actions).toContain('auth.login_refused')
    expect(actions.at(-1)).toBe('auth.login')
    expect(refused.headers['strict-transport-security']).toBe('max-age=31536000')
  })

  it('a source with many failures over many accounts still signs in an account it has not failed on', async () => {
    const office = '192.0.2.44'
    for (let i = 0; i < LOGIN_LIMITS.perSource; i++)
      expect((await login(behindProxy, `khong.co.${i}`, 'sai', office)).statusCode).toBe(401)
    expect((await login(behindProxy, 'canbo.bacquang', 'antq2025', office)).statusCode).toBe(200)
    // One guess per account from the crowded source: the second is refused unchecked.
    expect((await login(behindProxy, 'thuky.tuyenquang', 'sai-1', office)).statusCode).toBe(401)
    const second = await login(behindProxy, 'thuky.tuyenquang', 'antq2025', office)
    expect(errorOf(second)).toEqual({ status: 429, code: 'RATE_LIMITED' })
    const unknown = await auditActions(behindProxy, 'khong.co.0')
    expect(unknown).toEqual([
      { action: 'auth.login_failed', actor_id: null, after: { ip: office } },
    ])
  })

  it('ignores a forged X-Forwarded-For without a configured proxy', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perSourceAndAccount; i++)
      await login(direct, 'lanhdao.tuyenquang', `sai-${i}`, `10.0.0.${i}`)
    const refused = await login(direct, 'lanhdao.tuyenquang', 'antq2025', '10.9.9.9')
    expect(errorOf(refused)).toEqual({ status: 429, code: 'RATE_LIMITED' })
  })

  it('audits a logout, and API data is never cached', async () => {
    const client = await signIn(direct.app, 'admin')
    const session = await client.request({ method: 'GET', url: '/api/auth/session' })
    expect(session.headers['cache-control']).toBe('no-store')
    expect((await client.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204)
    expect((await auditActions(direct, 'admin')).at(-1)?.action).toBe('auth.logout')
  })
})

describe('production defaults', () => {
  it('sends secure cookies in production unless explicitly opted out, and parses TRUST_PROXY', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true)
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false)
    expect(loadConfig({}).cookieSecure).toBe(false)
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' }).trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
    ])
    expect(() => loadConfig({ TRUST_PROXY: 'mọi nơi' })).toThrow(/TRUST_PROXY/)
  })
})
