import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf, vnDate } from './helpers'

type Entry = {
  id: number
  at: string
  actor: string
  actorUsername: string
  action: string
  actionLabel: string
  unit: { id: number; code: string; name: string; kind: string } | null
  before: unknown
  after: unknown
  reason: string | null
}
type Page = { items: Entry[]; total: number }

let context: TestContext
let admin: Client
let ids: {
  bacQuang: number
  bacQuangArea: number
  haGiang1: number
  haGiang1Area: number
  tuyenQuang: number
}
beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
  const find = (code: string) => findUnitId(context.deps, '2025', code)
  ids = {
    bacQuang: await find('01153'),
    bacQuangArea: await find('01153.KDC1'),
    haGiang1: await find('00694'),
    haGiang1Area: await find('00694.KDC1'),
    tuyenQuang: await find('08'),
  }
  // One edit in each commune, by that commune's clerk.
  const bacQuang = await signIn(context.app, 'canbo.bacquang')
  const haGiang = await signIn(context.app, 'canbo.hagiang1')
  for (const [client, id] of [
    [bacQuang, ids.bacQuangArea],
    [haGiang, ids.haGiang1Area],
  ] as const) {
    const response = await client.request({
      method: 'PATCH',
      url: `/api/units/${id}`,
      payload: { households: 777, reason: 'Rà soát số hộ' },
    })
    expect(response.statusCode).toBe(200)
  }
})
afterAll(() => context.close())

const query = async (params: string, client = admin) => {
  const response = await client.request({ method: 'GET', url: `/api/audit?${params}` })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<Page>()
}

describe('GET /api/audit', () => {
  it('lists entries newest first with actor, action, unit, before, after and reason', async () => {
    const page = await query('')
    expect(page.total).toBeGreaterThanOrEqual(page.items.length)
    expect(page.items.map((item) => item.id)).toEqual(
      [...page.items.map((item) => item.id)].sort((a, b) => b - a),
    )
    const edit = page.items.find((item) => item.unit?.id === ids.haGiang1Area)
    expect(edit).toMatchObject({
      // People by full name, actions in words (issue 13 item 3); the codes stay beside them.
      actor: 'Lò Thị Mai',
      actorUsername: 'canbo.hagiang1',
      action: 'unit.update',
      actionLabel: 'Sửa đơn vị',
      reason: 'Rà soát số hộ',
      unit: { id: ids.haGiang1Area, code: '00694.KDC1', kind: 'residential_area' },
      before: expect.objectContaining({ households: expect.any(Number) }),
      after: expect.objectContaining({ households: 777 }),
    })
    expect(new Date(edit?.at ?? '').toISOString()).toBe(edit?.at)
  })

  it('filters by unit, including everything under it', async () => {
    const commune = await query(`unitId=${ids.bacQuang}`)
    expect(commune.items.map((item) => item.unit?.id)).toEqual([ids.bacQuangArea])
    expect(commune.total).toBe(1)
    const province = await query(`unitId=${ids.tuyenQuang}`)
    expect(province.items.map((item) => item.unit?.id).sort()).toEqual(
      [ids.bacQuangArea, ids.haGiang1Area].sort(),
    )
    expect(
      (await query(`unitId=${ids.haGiang1Area}`)).items.map((item) => item.actorUsername),
    ).toEqual(['canbo.hagiang1'])
  })

  it('filters by person, by part of the username or the full name', async () => {
    const exact = await query('actor=canbo.bacquang')
    expect(exact.items.length).toBeGreaterThan(0)
    expect(exact.items.every((item) => item.actorUsername === 'canbo.bacquang')).toBe(true)
    const partial = await query('actor=hagiang')
    expect(partial.items.every((item) => item.actorUsername === 'canbo.hagiang1')).toBe(true)
    const byName = await query(`actor=${encodeURIComponent('Thị Mai')}`)
    expect(byName.items.map((item) => item.actorUsername)).toContain('canbo.hagiang1')
    expect(partial.items.map((item) => item.action)).toContain('unit.update')
    expect((await query('actor=%25')).items).toEqual([])
  })

  it('filters by a date range in Vietnam time', async () => {
    const today = await query(`from=${vnDate()}&to=${vnDate()}&unitId=${ids.tuyenQuang}`)
    expect(today.total).toBe(2)
    expect((await query(`from=${vnDate(1)}`)).total).toBe(0)
    expect((await query(`to=${vnDate(-1)}&unitId=${ids.tuyenQuang}`)).total).toBe(0)
    expect((await query(`from=${vnDate(-1)}&to=${vnDate(1)}&unitId=${ids.tuyenQuang}`)).total).toBe(
      2,
    )
  })

  it('pages the results', async () => {
    const all = await query('pageSize=200')
    const second = await query('page=2&pageSize=1')
    expect(second.total).toBe(all.total)
    expect(second.items).toEqual([all.items[1]])
  })

  it('refuses malformed filters', async () => {
    for (const params of [
      'from=01/07/2025',
      'from=2025-13-45',
      'to=2025-02-30',
      'unitId=abc',
      'pageSize=1000',
      'page=0',
    ]) {
      const response = await admin.request({ method: 'GET', url: `/api/audit?${params}` })
      expect({ params, ...errorOf(response) }).toEqual({ params, status: 400, code: 'VALIDATION' })
    }
  })

  it('is open to a council secretary within its province', async () => {
    const secretary = await signIn(context.app, 'thuky.tuyenquang')
    const page = await query('', secretary)
    expect(page.items.map((item) => item.unit?.id).sort()).toEqual(
      [ids.bacQuangArea, ids.haGiang1Area].sort(),
    )
  })
})

describe('audit_log', () => {
  it('is append-only: the database refuses to change or delete an entry', async () => {
    const first = await context.deps.db
      .selectFrom('audit_log')
      .select(['id', 'reason'])
      .orderBy('id')
      .executeTakeFirstOrThrow()
    await expect(
      context.deps.db
        .updateTable('audit_log')
        .set({ reason: 'sửa lén' })
        .where('id', '=', first.id)
        .execute(),
    ).rejects.toThrow(/append-only/)
    await expect(
      context.deps.db.deleteFrom('audit_log').where('id', '=', first.id).execute(),
    ).rejects.toThrow(/append-only/)
    await expect(
      sql`update audit_log set actor_name = 'ai đó'`.execute(context.deps.db),
    ).rejects.toThrow(/append-only/)
    const again = await context.deps.db
      .selectFrom('audit_log')
      .select(['id', 'reason'])
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow()
    expect(again).toEqual(first)
  })
})
