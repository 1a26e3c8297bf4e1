import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type TestContext } from './harness'
import { errorOf, type ErrorBody } from './helpers'

// A fixed clock the tests can move forward: sessions and the login window follow deps.now(),
// not the database server's clock.
const BASE = Date.parse('2025-07-01T02:00:00Z')
let offsetMs = 0
let context: TestContext
beforeAll(async () => {
  context = await createTestContext(() => new Date(BASE + offsetMs))
})
afterAll(() => context.close())

const login = (username: string, password: string) =>
  context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })

async function passwordHashOf(username: string) {
  const row = await context.deps.db
    .selectFrom('accounts')
    .select('password_hash')
    .where('username', '=', username)
    .executeTakeFirstOrThrow()
  return row.password_hash
}

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns the account and a CSRF token', async () => {
    const response = await login('admin', 'antq2025')
    expect(response.statusCode).toBe(200)
    const cookie = response.cookies.find((item) => item.name === 'antq_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(cookie?.value.length).toBeGreaterThan(30)
    const body = response.json<{ account: Record<string, unknown>; csrfToken: string }>()
    expect(body.csrfToken.length).toBeGreaterThan(20)
    expect(body.account).toMatchObject({
      username: 'admin',
      roles: ['admin'],
      scopeUnit: null,
      active: true,
    })
    expect(body.account.permissions).toContain('accounts:manage')
    expect(body.account.lastLoginAt).toBe(new Date(BASE).toISOString())
    expect(JSON.stringify(body)).not.toContain('argon2')
  })

  it('GET /api/auth/session returns the same account and CSRF token', async () => {
    const client = await signIn(context.app, 'canbo.bacquang')
    const response = await client.request({ method: 'GET', url: '/api/auth/session' })
    expect(response.statusCode).toBe(200)
    const body = response.json<{
      account: { username: string; scopeUnit: { code: string } }
      csrfToken: string
    }>()
    expect(body.csrfToken).toBe(client.csrfToken)
    expect(body.account.username).toBe('canbo.bacquang')
    expect(body.account.scopeUnit).toMatchObject({
      code: '01153',
      name: 'Xã Bắc Quang',
      kind: 'commune',
    })
  })

  it('accepts the username in any case', async () => {
    expect((await login('  ADMIN ', 'antq2025')).statusCode).toBe(200)
  })

  it('rejects a wrong password and an unknown user with the same Vietnamese answer', async () => {
    const wrong = await login('admin', 'sai-mat-khau-1')
    const unknown = await login('khong.ton.tai', 'antq2025')
    expect(errorOf(wrong)).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' })
    expect(wrong.json<ErrorBody>().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng')
    expect(unknown.statusCode).toBe(wrong.statusCode)
    // The same answer but for the request id, which names each request.
    const { requestId: _wrongId, ...wrongError } = wrong.json<{
      error: object & { requestId: string }
    }>().error
    const { requestId: _unknownId, ...unknownError } = unknown.json<{
      error: object & { requestId: string }
    }>().error
    expect(unknownError).toEqual(wrongError)
    expect(wrong.cookies).toHaveLength(0)
  })

  it('rejects an empty body as VALIDATION', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: {},
    })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
  })

  it('locks a username out after 5 failures, even with the right password, until the window passes', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('thuky.tuyenquang', `wrong-${i}`)).statusCode).toBe(401)
    const locked = await login('thuky.tuyenquang', 'antq2025')
    expect(errorOf(locked)).toEqual({ status: 429, code: 'RATE_LIMITED' })
    expect(locked.json<ErrorBody>().error.message).toMatch(/nhập sai quá nhiều lần/)
    // Another username from the same address is not locked.
    expect((await login('lanhdao.tuyenquang', 'antq2025')).statusCode).toBe(200)
    offsetMs = 16 * 60_000
    try {
      expect((await login('thuky.tuyenquang', 'antq2025')).statusCode).toBe(200)
    } finally {
      offsetMs = 0
    }
  })

  it('stores passwords as argon2id hashes', async () => {
    const rows = await context.deps.db
      .selectFrom('accounts')
      .select(['username', 'password_hash'])
      .execute()
    expect(rows.length).toBeGreaterThanOrEqual(7)
    for (const row of rows) expect(row.password_hash, row.username).toMatch(/^\$argon2id\$/)
  })
})

describe('CSRF', () => {
  it('refuses a write with a session but without or with a wrong x-csrf-token', async () => {
    const client = await signIn(context.app, 'congan.tuyenquang')
    const missing = await context.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: client.cookie },
    })
    expect(errorOf(missing)).toEqual({ status: 403, code: 'CSRF' })
    expect(missing.json<ErrorBody>().error.message).toBe(
      'Phiên làm việc không hợp lệ, vui lòng tải lại trang',
    )
    const wrong = await client.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': 'forged' },
    })
    expect(errorOf(wrong)).toEqual({ status: 403, code: 'CSRF' })
    const patch = await client.request({
      method: 'PATCH',
      url: '/api/units/3',
      headers: { 'x-csrf-token': 'forged' },
      payload: { reason: 'thử nghiệm', households: 1 },
    })
    expect(errorOf(patch)).toEqual({ status: 403, code: 'CSRF' })
    // The session survived the refused writes.
    expect((await client.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200)
  })
})

describe('sessions', () => {
  it('logout ends the session and clears the cookie', async () => {
    const client = await signIn(context.app, 'congan.tuyenquang')
    const response = await client.request({ method: 'POST', url: '/api/auth/logout' })
    expect(response.statusCode).toBe(204)
    const cleared = response.cookies.find((item) => item.name === 'antq_session')
    expect(cleared?.value).toBe('')
    const after = await client.request({ method: 'GET', url: '/api/auth/session' })
    expect(errorOf(after)).toEqual({ status: 401, code: 'UNAUTHENTICATED' })
  })

  it('expires a session after 12 hours', async () => {
    const client = await signIn(context.app, 'congan.tuyenquang')
    offsetMs = 13 * 3600_000
    try {
      const response = await client.request({ method: 'GET', url: '/api/auth/session' })
      expect(errorOf(response)).toEqual({ status: 401, code: 'UNAUTHENTICATED' })
    } finally {
      offsetMs = 0
    }
  })

  it('records the login in the audit log', async () => {
    await signIn(context.app, 'canbo.hagiang1')
    const entry = await context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('action', '=', 'auth.login')
      .where('actor_name', '=', 'canbo.hagiang1')
      .executeTakeFirst()
    expect(entry).toBeDefined()
  })
})

describe('POST /api/auth/password', () => {
  const NEW_PASSWORD = 'MatKhauMoi2025'

  it('rejects a wrong current password and a weak new one', async () => {
    const client = await signIn(context.app, 'canbo.hagiang1')
    const wrong = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'sai-roi-1', newPassword: NEW_PASSWORD },
    })
    expect(errorOf(wrong)).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' })
    expect(wrong.json<ErrorBody>().error.message).toBe('Mật khẩu hiện tại không đúng')
    for (const weak of ['ngan1', 'chikhongcoso', '1234567890']) {
      const response = await client.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: 'antq2025', newPassword: weak },
      })
      expect(errorOf(response)).toEqual({ status: 422, code: 'WEAK_PASSWORD' })
      expect(response.json<ErrorBody>().error.message).toBe(
        'Mật khẩu mới phải có ít nhất 8 ký tự, gồm chữ và số',
      )
    }
    expect((await login('canbo.hagiang1', 'antq2025')).statusCode).toBe(200)
  })

  it('changes the password, keeps this session and ends the others', async () => {
    const before = await passwordHashOf('canbo.hagiang1')
    const current = await signIn(context.app, 'canbo.hagiang1')
    const other = await signIn(context.app, 'canbo.hagiang1')
    const response = await current.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'antq2025', newPassword: NEW_PASSWORD },
    })
    expect(response.statusCode).toBe(204)
    expect((await current.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(
      200,
    )
    expect(errorOf(await other.request({ method: 'GET', url: '/api/auth/session' }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    })
    expect(errorOf(await login('canbo.hagiang1', 'antq2025'))).toEqual({
      status: 401,
      code: 'INVALID_CREDENTIALS',
    })
    expect((await login('canbo.hagiang1', NEW_PASSWORD)).statusCode).toBe(200)
    const after = await passwordHashOf('canbo.hagiang1')
    expect(after).toMatch(/^\$argon2id\$/)
    expect(after).not.toBe(before)
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'auth.password_change')
      .execute()
    expect(audit).toHaveLength(1)
  })
})

describe('inactive accounts', () => {
  it('cannot log in, and lose their open sessions when deactivated', async () => {
    const admin = await signIn(context.app, 'admin')
    const victim = await signIn(context.app, 'congan.bacquang')
    const id = (await victim.request({ method: 'GET', url: '/api/auth/session' })).json<{
      account: { id: number }
    }>().account.id
    const patch = await admin.request({
      method: 'PATCH',
      url: `/api/accounts/${id}`,
      payload: { active: false, reason: 'Nghỉ hưu' },
    })
    expect(patch.statusCode).toBe(200)
    expect(errorOf(await victim.request({ method: 'GET', url: '/api/auth/session' }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    })
    const response = await login('congan.bacquang', 'antq2025')
    expect(errorOf(response)).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' })
    expect(response.json<ErrorBody>().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng')
  })
})
