import { ROLE_PERMISSIONS } from '@antq/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

type AccountView = {
  id: number
  username: string
  fullName: string
  roles: string[]
  scopeUnit: { id: number; code: string } | null
  active: boolean
  lastLoginAt: string | null
  permissions: string[]
}

let context: TestContext
let admin: Client
let commune: number
beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
  commune = await findUnitId(context.deps, '2025', '01153')
})
afterAll(() => context.close())

const create = (client: Client, payload: Record<string, unknown>) =>
  client.request({ method: 'POST', url: '/api/accounts', payload })
const update = (client: Client, id: number, payload: Record<string, unknown>) =>
  client.request({ method: 'PATCH', url: `/api/accounts/${id}`, payload })
const list = async (client: Client, q = '') =>
  (await client.request({ method: 'GET', url: `/api/accounts?q=${encodeURIComponent(q)}` })).json<{
    items: AccountView[]
  }>().items
const login = (username: string, password: string) =>
  context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
const auditFor = (id: number) =>
  context.deps.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', 'account')
    .where('entity_id', '=', String(id))
    .where('action', 'like', 'account.%')
    .orderBy('id')
    .execute()

const NEW_ACCOUNT = {
  username: 'CanBo.NamQuang',
  fullName: 'Nông Thị Hoa',
  password: 'MatKhauRieng2025',
  roles: ['unit_clerk'],
}

describe('POST /api/accounts', () => {
  let created: AccountView
  it('creates a scoped account that can sign in, and audits it without the password', async () => {
    const response = await create(admin, { ...NEW_ACCOUNT, scopeUnitId: commune })
    expect(response.statusCode).toBe(200)
    created = response.json<AccountView>()
    expect(created).toMatchObject({
      username: 'canbo.namquang',
      fullName: 'Nông Thị Hoa',
      roles: ['unit_clerk'],
      active: true,
      lastLoginAt: null,
    })
    expect(created.scopeUnit).toMatchObject({ id: commune, code: '01153', name: 'Xã Bắc Quang' })
    expect(created.permissions).toEqual([...ROLE_PERMISSIONS.unit_clerk])
    const row = await context.deps.db
      .selectFrom('accounts')
      .select('password_hash')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow()
    expect(row.password_hash).toMatch(/^\$argon2id\$/)
    expect((await login('canbo.namquang', 'MatKhauRieng2025')).statusCode).toBe(200)
    const [entry] = await auditFor(created.id)
    expect(entry).toMatchObject({
      action: 'account.create',
      actor_name: 'admin',
      unit_id: commune,
      after: expect.objectContaining({ username: 'canbo.namquang' }),
    })
    expect(JSON.stringify(entry)).not.toMatch(/argon2|MatKhau2025/)
  })

  it('lists the new account and finds it by username or by name without accents', async () => {
    expect((await list(admin)).map((item) => item.username)).toContain('canbo.namquang')
    expect((await list(admin, 'namquang')).map((item) => item.id)).toEqual([created.id])
    expect((await list(admin, 'nong thi hoa')).map((item) => item.id)).toEqual([created.id])
    expect(await list(admin, '%')).toEqual([])
  })

  it('refuses a taken username with 409 DUPLICATE, whatever its case', async () => {
    for (const username of ['canbo.bacquang', 'CANBO.BACQUANG']) {
      const response = await create(admin, { ...NEW_ACCOUNT, username, scopeUnitId: commune })
      expect(errorOf(response)).toEqual({ status: 409, code: 'DUPLICATE' })
    }
  })

  it('refuses bad input', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ username: 'ab' }, 400, 'VALIDATION'],
      [{ username: 'có dấu' }, 400, 'VALIDATION'],
      [{ roles: [] }, 400, 'VALIDATION'],
      [{ roles: ['superuser'] }, 400, 'VALIDATION'],
      [{ scopeUnitId: 99999999 }, 400, 'VALIDATION'],
      [{ isAdmin: true }, 400, 'VALIDATION'],
      [{ password: 'ngan' }, 422, 'WEAK_PASSWORD'],
    ]
    for (const [change, status, code] of cases) {
      const response = await create(admin, {
        ...NEW_ACCOUNT,
        username: 'moi.tao',
        scopeUnitId: commune,
        ...change,
      })
      expect({ change, ...errorOf(response) }).toEqual({ change, status, code })
    }
    expect(await list(admin, 'moi.tao')).toEqual([])
  })
})

describe('PATCH /api/accounts/:id', () => {
  let id: number
  beforeAll(async () => {
    id = (
      await create(admin, { ...NEW_ACCOUNT, username: 'canbo.suadoi', scopeUnitId: commune })
    ).json<AccountView>().id
  })

  it('changes roles, ends the account’s sessions and audits before, after and reason', async () => {
    const session = await signIn(context.app, 'canbo.suadoi', 'MatKhauRieng2025')
    const response = await update(admin, id, {
      roles: ['unit_clerk', 'leader'],
      fullName: 'Nông Văn Sửa',
      reason: 'Bổ nhiệm lãnh đạo',
    })
    expect(response.statusCode).toBe(200)
    expect(response.json<AccountView>()).toMatchObject({
      roles: ['unit_clerk', 'leader'],
      fullName: 'Nông Văn Sửa',
    })
    expect(response.json<AccountView>().permissions).toContain('decisions:sign')
    expect(errorOf(await session.request({ method: 'GET', url: '/api/auth/session' }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    })
    const entry = (await auditFor(id)).at(-1)
    expect(entry).toMatchObject({
      action: 'account.update',
      reason: 'Bổ nhiệm lãnh đạo',
      unit_id: commune,
      before: expect.objectContaining({ roles: ['unit_clerk'] }),
      after: expect.objectContaining({ roles: ['unit_clerk', 'leader'] }),
    })
  })

  it('deactivates and reactivates an account', async () => {
    expect(
      (await update(admin, id, { active: false, reason: 'Nghỉ việc' })).json<AccountView>().active,
    ).toBe(false)
    expect(errorOf(await login('canbo.suadoi', 'MatKhauRieng2025'))).toEqual({
      status: 401,
      code: 'INVALID_CREDENTIALS',
    })
    expect((await update(admin, id, { active: true })).json<AccountView>().active).toBe(true)
    expect((await login('canbo.suadoi', 'MatKhauRieng2025')).statusCode).toBe(200)
  })

  it('resets a password, checking its strength, and never writes it to the audit log', async () => {
    expect(errorOf(await update(admin, id, { password: 'yeu' }))).toEqual({
      status: 422,
      code: 'WEAK_PASSWORD',
    })
    expect(
      (await update(admin, id, { password: 'DatLai2025', reason: 'Quên mật khẩu' })).statusCode,
    ).toBe(200)
    expect(errorOf(await login('canbo.suadoi', 'MatKhauRieng2025'))).toEqual({
      status: 401,
      code: 'INVALID_CREDENTIALS',
    })
    expect((await login('canbo.suadoi', 'DatLai2025')).statusCode).toBe(200)
    const entry = (await auditFor(id)).at(-1)
    expect(entry).toMatchObject({ action: 'account.update_password', reason: 'Quên mật khẩu' })
    expect(JSON.stringify(entry)).not.toMatch(/argon2|DatLai2025/)
  })

  it('refuses unknown fields, an unknown account and locking oneself out', async () => {
    expect(errorOf(await update(admin, id, { username: 'doi.ten' }))).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
    expect(errorOf(await update(admin, 99999999, { active: true }))).toEqual({
      status: 404,
      code: 'NOT_FOUND',
    })
    const self = (await admin.request({ method: 'GET', url: '/api/auth/session' })).json<{
      account: AccountView
    }>().account
    expect(errorOf(await update(admin, self.id, { active: false }))).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
  })
})

describe('who may manage accounts', () => {
  it('refuses every role without accounts:manage', async () => {
    for (const username of [
      'congan.tuyenquang',
      'canbo.bacquang',
      'thuky.tuyenquang',
      'lanhdao.tuyenquang',
    ]) {
      const client = await signIn(context.app, username)
      expect({
        username,
        ...errorOf(await client.request({ method: 'GET', url: '/api/accounts' })),
      }).toEqual({ username, status: 403, code: 'FORBIDDEN' })
      expect(
        errorOf(await create(client, { ...NEW_ACCOUNT, username: 'tu.tao', scopeUnitId: commune })),
      ).toEqual({ status: 403, code: 'FORBIDDEN' })
    }
  })

  it('keeps a provincial administrator inside its province', async () => {
    const province = await findUnitId(context.deps, '2025', '08')
    await create(admin, {
      username: 'quantri.tuyenquang',
      fullName: 'Quản trị Tuyên Quang',
      password: 'QuanTri2025',
      roles: ['admin'],
      scopeUnitId: province,
    })
    const local = await signIn(context.app, 'quantri.tuyenquang', 'QuanTri2025')
    const visible = (await list(local)).map((item) => item.username)
    expect(visible).toContain('canbo.bacquang')
    expect(visible).not.toContain('admin')
    expect(visible).not.toContain('congan.bacquang')
    const elsewhere = await findUnitId(context.deps, '2025', '24')
    expect(
      errorOf(
        await create(local, { ...NEW_ACCOUNT, username: 'ngoai.tinh', scopeUnitId: elsewhere }),
      ),
    ).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    expect(
      errorOf(await create(local, { ...NEW_ACCOUNT, username: 'toan.quoc', scopeUnitId: null })),
    ).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    const national = (await list(admin, 'admin')).find((item) => item.username === 'admin')
    const legacyOwner = (await list(admin, 'congan.bacquang'))[0]
    expect(errorOf(await update(local, national?.id ?? 0, { roles: ['leader'] }))).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
    expect(errorOf(await update(local, legacyOwner?.id ?? 0, { active: false }))).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
    const clerk = (await list(local, 'canbo.bacquang'))[0]
    expect(errorOf(await update(local, clerk?.id ?? 0, { scopeUnitId: elsewhere }))).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
    expect(
      (await update(local, clerk?.id ?? 0, { fullName: 'Hoàng Văn Nam (sửa)' })).statusCode,
    ).toBe(200)
  })
})
