import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf, type ErrorBody } from './helpers'

type View = {
  id: number
  name: string
  households: number | null
  areaType: string | null
  subtype: string | null
  childCount: number
  rowVersion: number
}

let context: TestContext
let clerk: Client
beforeAll(async () => {
  context = await createTestContext()
  // Names and classes of units ANTQ's users create are edited by the police running the
  // movement (plan owners); a clerk only reports figures (units-register-guard.test.ts).
  clerk = await signIn(context.app, 'congan.tuyenquang')
})
afterAll(() => context.close())

const patch = (id: number, payload: Record<string, unknown>) =>
  clerk.request({ method: 'PATCH', url: `/api/units/${id}`, payload })
const read = async (id: number) =>
  (await clerk.request({ method: 'GET', url: `/api/units/${id}` })).json<View>()
const auditOf = (id: number) =>
  context.deps.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', 'unit')
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute()

describe('PATCH /api/units/:id', () => {
  it('changes the fields, bumps rowVersion and appends an audit entry with before, after and reason', async () => {
    const id = await findUnitId(context.deps, '2025', '01153.KDC1')
    const before = await read(id)
    expect(before.rowVersion).toBe(1)
    const response = await patch(id, {
      name: 'Thôn An Bình',
      households: 480,
      areaType: 'urban',
      rowVersion: 1,
      reason: 'Sáp nhập thôn theo nghị quyết',
    })
    expect(response.statusCode).toBe(200)
    expect(response.json<View>()).toMatchObject({
      id,
      name: 'Thôn An Bình',
      households: 480,
      areaType: 'urban',
      rowVersion: 2,
    })
    expect(await read(id)).toMatchObject({ name: 'Thôn An Bình', households: 480, rowVersion: 2 })
    const entries = await auditOf(id)
    expect(entries).toHaveLength(1)
    const entry = entries[0]
    expect(entry).toMatchObject({
      action: 'unit.update',
      actor_name: 'congan.tuyenquang',
      reason: 'Sáp nhập thôn theo nghị quyết',
      unit_id: id,
    })
    expect(entry?.before).toMatchObject({
      name: before.name,
      households: before.households,
      areaType: 'rural',
    })
    expect(entry?.after).toMatchObject({ name: 'Thôn An Bình', households: 480, areaType: 'urban' })
  })

  it('keeps Vietnamese order after a rename', async () => {
    const commune = await findUnitId(context.deps, '2025', '01153')
    const children = await clerk.request({
      method: 'GET',
      url: `/api/units/${commune}/children?kind=residential_area`,
    })
    expect(children.json<{ items: { name: string }[] }>().items[0]?.name).toBe('Thôn An Bình')
  })

  it('stores names normalised, so accent-insensitive search still finds them', async () => {
    const id = await findUnitId(context.deps, '2025', '01153.KDC2')
    const response = await patch(id, {
      name: '  Thôn   Bản Đông  '.normalize('NFD'),
      reason: 'Đổi tên thôn',
    })
    expect(response.json<View>().name).toBe('Thôn Bản Đông')
    const search = await clerk.request({ method: 'GET', url: '/api/units/search?q=ban%20dong' })
    expect(search.json<{ items: { id: number }[] }>().items.map((item) => item.id)).toContain(id)
  })

  it('answers with the real child count of the unit', async () => {
    const commune = await findUnitId(context.deps, '2025', '01153')
    const before = await read(commune)
    expect(before.childCount).toBeGreaterThan(0)
    const response = await patch(commune, { households: 5120, reason: 'Số liệu thống kê năm 2025' })
    expect(response.json<View>().childCount).toBe(before.childCount)
  })

  it('refuses a stale rowVersion with 409 CONFLICT and changes nothing', async () => {
    const id = await findUnitId(context.deps, '2025', '01153.KDC3')
    expect(
      (await patch(id, { households: 100, rowVersion: 1, reason: 'Lần sửa thứ nhất' })).statusCode,
    ).toBe(200)
    const stale = await patch(id, { households: 200, rowVersion: 1, reason: 'Lần sửa thứ hai' })
    expect(errorOf(stale)).toEqual({ status: 409, code: 'CONFLICT' })
    expect(stale.json<ErrorBody>().error.message).toMatch(/người khác thay đổi/)
    expect(await read(id)).toMatchObject({ households: 100, rowVersion: 2 })
    expect(await auditOf(id)).toHaveLength(1)
  })

  it('requires a reason', async () => {
    const id = await findUnitId(context.deps, '2025', '01153.KDC4')
    for (const payload of [
      { households: 10 },
      { households: 10, reason: '' },
      { households: 10, reason: ' a ' },
    ]) {
      const response = await patch(id, payload)
      expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
    }
    const missing = await patch(id, { households: 10 })
    expect(missing.json<ErrorBody>().error.details.map((detail) => detail.path)).toContain('reason')
    expect((await read(id)).rowVersion).toBe(1)
  })

  it('refuses unknown fields, negative or fractional counts and bad enums', async () => {
    const id = await findUnitId(context.deps, '2025', '01153.KDC4')
    const bad: Record<string, unknown>[] = [
      { code: 'X1' },
      { parentId: 1 },
      { path: '1.' },
      { version: 'legacy' },
      { households: -1 },
      { staff: 1.5 },
      { pupils: '12' },
      { areaType: 'suburban' },
      { schoolLevel: 'phd' },
      { name: '' },
    ]
    for (const fields of bad) {
      const response = await patch(id, { ...fields, reason: 'Thử dữ liệu sai' })
      expect({ fields, ...errorOf(response) }).toEqual({ fields, status: 400, code: 'VALIDATION' })
    }
    expect((await read(id)).rowVersion).toBe(1)
  })

  it("refuses a subtype that does not belong to the unit's kind", async () => {
    const id = await findUnitId(context.deps, '2025', '01153.KDC4')
    for (const subtype of ['phuong', 'constructor', 'toString']) {
      const response = await patch(id, { subtype, reason: 'Đổi phân loại' })
      expect({ subtype, ...errorOf(response) }).toEqual({
        subtype,
        status: 400,
        code: 'VALIDATION',
      })
    }
    expect(
      (await patch(id, { subtype: 'ban', reason: 'Đổi phân loại' })).json<View>().subtype,
    ).toBe('ban')
  })

  it('answers 404 for an unknown unit', async () => {
    const admin = await signIn(context.app, 'admin')
    const response = await admin.request({
      method: 'PATCH',
      url: '/api/units/99999999',
      payload: { households: 1, reason: 'Không có' },
    })
    expect(errorOf(response)).toEqual({ status: 404, code: 'NOT_FOUND' })
  })

  it('is forbidden to a role without units:write', async () => {
    const leader = await signIn(context.app, 'lanhdao.tuyenquang')
    const id = await findUnitId(context.deps, '2025', '01153.KDC5')
    expect(
      errorOf(
        await leader.request({
          method: 'PATCH',
          url: `/api/units/${id}`,
          payload: { households: 1, reason: 'Thử quyền' },
        }),
      ),
    ).toEqual({ status: 403, code: 'FORBIDDEN' })
  })

  it('writes the change and its audit entry in one transaction', async () => {
    const id = await findUnitId(context.deps, '2025', '01153.KDC5')
    // Make the audit insert fail for one marked reason: the unit change must roll back with it.
    await sql`create function test_fail_audit() returns trigger language plpgsql as $$
      begin if new.reason = 'LỖI GHI NHẬT KÝ' then raise exception 'audit write failed'; end if; return new; end $$`.execute(
      context.deps.db,
    )
    await sql`create trigger test_fail_audit before insert on audit_log for each row execute function test_fail_audit()`.execute(
      context.deps.db,
    )
    try {
      const response = await patch(id, { households: 999, reason: 'LỖI GHI NHẬT KÝ' })
      expect(errorOf(response)).toEqual({ status: 500, code: 'INTERNAL' })
      expect(await read(id)).toMatchObject({ rowVersion: 1 })
      expect((await read(id)).households).not.toBe(999)
      expect(await auditOf(id)).toHaveLength(0)
    } finally {
      await sql`drop trigger test_fail_audit on audit_log`.execute(context.deps.db)
    }
  })
})
