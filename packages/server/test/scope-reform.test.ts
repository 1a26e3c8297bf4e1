// Across the 2025 reform (issue 10 item 7, ADR 011): a 2025 province's plan owner reads the
// legacy plans and campaign data of the units merged into it (unit_merges), never writes them,
// and a province the legacy units did not merge into is still refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoNominations } from '../src/demo/seed-nominations'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

const PLAN_KEY = '000-bac-quang-2024'
const OUT_OF_SCOPE = { status: 403, code: 'OUT_OF_SCOPE' }

let context: TestContext
let tuyenQuang: Client
let bacNinh: Client
let plan000 = 0
let plan002 = 0
const ids = { district: 0, vietQuang: 0, agency: 0, lucNgan: 0 }

async function planId(key: string) {
  const row = await context.deps.db
    .selectFrom('plans')
    .select('id')
    .where('plan_key', '=', key)
    .orderBy('version', 'desc')
    .executeTakeFirstOrThrow()
  return row.id
}

async function pathOf(id: number) {
  const row = await context.deps.db
    .selectFrom('units')
    .select('path')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return row.path
}

/** A registration and a submitted report of 2024, written by the legacy clerk's side. */
async function seedLegacyCampaign() {
  const unit = { unit_id: ids.agency, unit_path: await pathOf(ids.agency) }
  await context.deps.db
    .insertInto('registrations')
    .values({
      ...{ plan_key: PLAN_KEY, plan_id: plan000, year: 2024, ...unit },
      ...{ strives_for_antt: true, registered_by: 'canbo.xadongyen' },
    })
    .execute()
  await context.deps.db
    .insertInto('reports')
    .values({
      ...{ plan_key: PLAN_KEY, plan_id: plan000, period_id: '2024', ...unit },
      ...{ status: 'submitted', figures: '{}', updated_by: 'canbo.xadongyen' },
      updated_at: new Date('2024-12-01T00:00:00Z'),
    })
    .execute()
}

beforeAll(async () => {
  context = await createTestContext()
  plan000 = await planId(PLAN_KEY)
  plan002 = await planId('002-luc-ngan-2020-2025')
  ids.district = await findUnitId(context.deps, 'legacy', '034')
  ids.vietQuang = await findUnitId(context.deps, 'legacy', '01153')
  ids.agency = await findUnitId(context.deps, 'legacy', '01153.CQ1')
  ids.lucNgan = await findUnitId(context.deps, 'legacy', '219')
  await seedLegacyCampaign()
  await seedDemoNominations(context.deps)
  tuyenQuang = await signIn(context.app, 'congan.tuyenquang')
  // A plan owner of Tỉnh Bắc Ninh (2025): legacy Bắc Giang (Lục Ngạn) merged into it, Hà Giang
  // (Bắc Quang) did not.
  const admin = await signIn(context.app, 'admin')
  const created = await admin.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      ...{ username: 'congan.bacninh', fullName: 'Lê Văn Bắc', password: 'BacNinh@2025x' },
      ...{ roles: ['plan_owner'], scopeUnitId: await findUnitId(context.deps, '2025', '24') },
    },
  })
  expect(created.statusCode, created.body).toBe(200)
  bacNinh = await signIn(context.app, 'congan.bacninh', 'BacNinh@2025x')
})
afterAll(() => context.close())

const get = (client: Client, url: string) => client.request({ method: 'GET', url })

describe('the plan owner of Tỉnh Tuyên Quang (2025) reads legacy Bắc Quang’s plan 000', () => {
  it('lists plan 000 and opens it', async () => {
    const list = await get(tuyenQuang, '/api/plans')
    const keys = list.json<{ items: { key: string }[] }>().items.map((item) => item.key)
    expect(keys).toContain(PLAN_KEY)
    expect((await get(tuyenQuang, `/api/plans/${plan000}`)).statusCode).toBe(200)
  })

  it('opens its targets dashboard at the issuer and at a legacy commune', async () => {
    const issuer = await get(tuyenQuang, `/api/plans/${plan000}/targets?year=2024`)
    expect(issuer.statusCode, issuer.body).toBe(200)
    const body = issuer.json<{ scope: { id: number }; items: { targetId: string }[] }>()
    expect(body.scope.id).toBe(ids.district)
    expect(body.items.length).toBeGreaterThan(0)
    const commune = await get(
      tuyenQuang,
      `/api/plans/${plan000}/targets?year=2024&scopeUnitId=${ids.vietQuang}`,
    )
    expect(commune.statusCode, commune.body).toBe(200)
    const late = await get(tuyenQuang, `/api/plans/${plan000}/late-units?year=2024`)
    expect(late.statusCode, late.body).toBe(200)
  })

  it('opens a legacy commune’s reports with the submitted one', async () => {
    const response = await get(
      tuyenQuang,
      `/api/plans/${plan000}/reports?periodId=2024&unitId=${ids.vietQuang}`,
    )
    expect(response.statusCode, response.body).toBe(200)
    const items = response.json<{ items: { unit: { id: number }; status: string | null }[] }>()
    expect(items.items.find((item) => item.unit.id === ids.agency)?.status).toBe('submitted')
  })

  it('reads the registrations, evaluations and nominations of the legacy units', async () => {
    const registrations = await get(tuyenQuang, `/api/plans/${plan000}/registrations?year=2024`)
    expect(registrations.statusCode, registrations.body).toBe(200)
    const listed = registrations.json<{ scope: { id: number }; registrations: unknown[] }>()
    expect(listed.scope.id).toBe(ids.district)
    expect(listed.registrations).toHaveLength(1)
    const evaluations = await get(tuyenQuang, `/api/units/${ids.agency}/evaluations`)
    expect(evaluations.statusCode, evaluations.body).toBe(200)
    const nominations = await get(tuyenQuang, `/api/nominations?unitId=${ids.district}`)
    expect(nominations.statusCode, nominations.body).toBe(200)
  })

  it('lists plan 000’s nominations as the district does, opens one and its documents', async () => {
    const url = `/api/nominations?planId=${plan000}&year=2024`
    const district = await signIn(context.app, 'congan.bacquang')
    type List = { total: number; items: { id: number }[] }
    const theirs = (await get(district, url)).json<List>()
    const ours = (await get(tuyenQuang, url)).json<List>()
    expect(theirs.total).toBeGreaterThan(0)
    expect(ours.items.map((item) => item.id)).toEqual(theirs.items.map((item) => item.id))
    const id = ours.items[0]?.id ?? 0
    expect((await get(tuyenQuang, `/api/nominations/${id}`)).statusCode).toBe(200)
    const document = await get(tuyenQuang, `/api/documents/award-list/${id}?format=xlsx`)
    expect(document.statusCode, document.body.slice(0, 200)).toBe(200)
    expect(errorOf(await get(bacNinh, `/api/nominations/${id}`))).toEqual(OUT_OF_SCOPE)
    expect(errorOf(await get(bacNinh, `/api/documents/award-list/${id}?format=xlsx`))).toEqual(
      OUT_OF_SCOPE,
    )
    expect((await get(bacNinh, url)).json<List>().total).toBe(0)
  })

  it('does not write them: a past legacy plan is read, not run, from the new province', async () => {
    const accept = await tuyenQuang.request({
      method: 'POST',
      url: `/api/plans/${plan000}/reports/${ids.agency}/2024/actions`,
      payload: { action: 'accept' },
    })
    expect(errorOf(accept).status).toBe(403)
    const register = await tuyenQuang.request({
      method: 'PUT',
      url: `/api/plans/${plan000}/registrations`,
      payload: { year: 2024, items: [{ unitId: ids.vietQuang, pledge: { takePart: true } }] },
    })
    expect(errorOf(register).status).toBe(403)
    const status = await context.deps.db
      .selectFrom('reports')
      .select('status')
      .where('unit_id', '=', ids.agency)
      .executeTakeFirstOrThrow()
    expect(status.status).toBe('submitted')
  })

  it('keeps the legacy unit register closed (units:read stays in its own subtree)', async () => {
    expect(errorOf(await get(tuyenQuang, `/api/units/${ids.vietQuang}`))).toEqual(OUT_OF_SCOPE)
  })

  it('is refused legacy Lục Ngạn (Bắc Giang merged into Bắc Ninh, not Tuyên Quang)', async () => {
    expect(errorOf(await get(tuyenQuang, `/api/plans/${plan002}/targets`))).toEqual(OUT_OF_SCOPE)
    expect(
      errorOf(await get(tuyenQuang, `/api/plans/${plan002}/targets?scopeUnitId=${ids.lucNgan}`)),
    ).toEqual(OUT_OF_SCOPE)
  })
})

describe('the plan owner of Tỉnh Bắc Ninh (2025)', () => {
  it('is refused plan 000’s data: Hà Giang did not merge into Bắc Ninh', async () => {
    expect(errorOf(await get(bacNinh, `/api/plans/${plan000}/targets`))).toEqual(OUT_OF_SCOPE)
    for (const url of [
      `/api/plans/${plan000}/targets?scopeUnitId=${ids.vietQuang}`,
      `/api/plans/${plan000}/reports?periodId=2024&unitId=${ids.vietQuang}`,
      `/api/plans/${plan000}/registrations?year=2024&unitId=${ids.district}`,
      `/api/units/${ids.agency}/evaluations`,
      `/api/nominations?unitId=${ids.district}`,
    ])
      expect(errorOf(await get(bacNinh, url)), url).toEqual(OUT_OF_SCOPE)
    const registrations = await get(bacNinh, `/api/plans/${plan000}/registrations?year=2024`)
    expect(registrations.json<{ registrations: unknown[] }>().registrations).toEqual([])
  })

  it('reads plan 002 of legacy Lục Ngạn, merged into it', async () => {
    const response = await get(bacNinh, `/api/plans/${plan002}/targets?year=2024`)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json<{ scope: { id: number } }>().scope.id).toBe(ids.lucNgan)
  })
})

describe('a 2025 commune clerk (Xã Bắc Quang)', () => {
  it('reads the legacy communes merged into its commune, not their neighbours', async () => {
    const clerk = await signIn(context.app, 'canbo.bacquang')
    const own = await get(
      clerk,
      `/api/plans/${plan000}/reports?periodId=2024&unitId=${ids.vietQuang}`,
    )
    expect(own.statusCode, own.body).toBe(200)
    const dongYen = await findUnitId(context.deps, 'legacy', '01216')
    expect(
      errorOf(await get(clerk, `/api/plans/${plan000}/targets?scopeUnitId=${dongYen}`)),
    ).toEqual(OUT_OF_SCOPE)
    expect(
      errorOf(await get(clerk, `/api/plans/${plan000}/targets?scopeUnitId=${ids.district}`)),
    ).toEqual(OUT_OF_SCOPE)
  })
})
