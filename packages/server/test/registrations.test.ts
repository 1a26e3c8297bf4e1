// Registering units for plan 000 (legacy district 034 Bắc Quang, deadline 20/4/2024): bulk
// registration by a commune clerk, the deadline and its extension, eligibility, scope, and the
// list of units still to register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf, type ErrorBody } from './helpers'

let now = new Date('2024-04-10T03:00:00Z')
let context: TestContext
let clerk: Client
let owner: Client
let planId: number
let communeId: number
let areaIds: number[]
let otherAreaId: number
const pledge = { takePart: true, strivesForAntt: true }

async function childrenOf(parentId: number, kind: string) {
  const rows = await context.deps.db
    .selectFrom('units')
    .select('id')
    .where('parent_id', '=', parentId)
    .where('kind', '=', kind)
    .orderBy('id')
    .execute()
  return rows.map((row) => row.id)
}

beforeAll(async () => {
  context = await createTestContext(() => now)
  const plan = await context.deps.db
    .selectFrom('plans')
    .select('id')
    .where('plan_key', '=', '000-bac-quang-2024')
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow()
  planId = plan.id
  const communes = await childrenOf(await findUnitId(context.deps, 'legacy', '034'), 'commune')
  const withAreas = []
  for (const id of communes)
    if ((await childrenOf(id, 'residential_area')).length > 0) withAreas.push(id)
  communeId = withAreas[0] ?? 0
  areaIds = await childrenOf(communeId, 'residential_area')
  otherAreaId = (await childrenOf(withAreas[1] ?? 0, 'residential_area'))[0] ?? 0
  const admin = await signIn(context.app, 'admin')
  const created = await admin.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      username: 'canbo.xa034',
      fullName: 'Cán bộ xã',
      password: 'matkhaurieng2024',
      roles: ['unit_clerk'],
      scopeUnitId: communeId,
    },
  })
  expect(created.statusCode).toBe(200)
  clerk = await signIn(context.app, 'canbo.xa034', 'matkhaurieng2024')
  owner = await signIn(context.app, 'congan.bacquang')
})
afterAll(() => context.close())

const put = (client: Client, items: { unitId: number; pledge: object }[]) =>
  client.request({
    method: 'PUT',
    url: `/api/plans/${planId}/registrations`,
    payload: { year: 2024, items },
  })

type ListBody = {
  registrations: { unit: { id: number } }[]
  notRegistered: { id: number }[]
  notRegisteredTotal: number
  bySubUnit: { unit: { id: number }; eligible: number; registered: number; notRegistered: number }[]
  excluded: { reason: string; count: number }[]
  extensions: { unitIds: number[] | null; until: string }[]
}
const list = async (client: Client, unitId?: number) =>
  (
    await client.request({
      method: 'GET',
      url: `/api/plans/${planId}/registrations?year=2024${unitId ? `&unitId=${unitId}` : ''}`,
    })
  ).json<ListBody>()

describe('registrations before the deadline', () => {
  it('registers a commune’s residential areas in bulk, one audit entry per unit', async () => {
    expect(areaIds.length).toBeGreaterThan(1)
    const response = await put(
      clerk,
      areaIds.map((unitId) => ({ unitId, pledge })),
    )
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toEqual({ created: areaIds.length, updated: 0, unchanged: 0 })
    const audits = await context.deps.db
      .selectFrom('audit_log')
      .select(['unit_id', 'after'])
      .where('action', '=', 'registration.create')
      .execute()
    expect(audits.map((row) => row.unit_id).sort()).toEqual([...areaIds].sort())
    const again = await put(clerk, [{ unitId: areaIds[0] ?? 0, pledge: { takePart: true } }])
    expect(again.json()).toEqual({ created: 0, updated: 1, unchanged: 0 })
  })

  it('lists registrations and the units still to register, counted per sub-unit', async () => {
    const body = await list(clerk)
    expect(body.registrations.map((item) => item.unit.id).sort()).toEqual([...areaIds].sort())
    expect(body.notRegistered.map((unit) => unit.id)).toContain(communeId)
    expect(body.notRegistered.some((unit) => areaIds.includes(unit.id))).toBe(false)
    const district = await list(owner)
    const row = district.bySubUnit.find((item) => item.unit.id === communeId)
    expect(row).toMatchObject({ registered: areaIds.length })
    expect(row && row.eligible - row.registered).toBe(row?.notRegistered)
    expect(district.excluded.some((group) => group.reason.includes('VI.1'))).toBe(true)
  })

  it('refuses a primary school with the plan’s reason', async () => {
    const school = await context.deps.db
      .selectFrom('units')
      .select('id')
      .where('school_level', '=', 'primary')
      .where('path', 'like', `%.${communeId}.%`)
      .executeTakeFirstOrThrow()
    const response = await put(owner, [{ unitId: school.id, pledge: { takePart: true } }])
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(response.json<ErrorBody>().error.message).toContain(
      'Không thuộc đối tượng theo kế hoạch',
    )
  })

  it('refuses another commune’s unit to a clerk (OUT_OF_SCOPE), writing nothing', async () => {
    const response = await put(clerk, [
      { unitId: communeId, pledge },
      { unitId: otherAreaId, pledge },
    ])
    expect(errorOf(response)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    expect((await list(clerk)).registrations.some((item) => item.unit.id === communeId)).toBe(false)
  })
})

describe('after the deadline', () => {
  it('refuses with the deadline, until an extension covers the unit (audited)', async () => {
    now = new Date('2024-04-25T03:00:00Z')
    // Sessions follow the clock: sign in again on the later day.
    clerk = await signIn(context.app, 'canbo.xa034', 'matkhaurieng2024')
    owner = await signIn(context.app, 'congan.bacquang')
    const late = await put(clerk, [{ unitId: communeId, pledge }])
    expect(errorOf(late)).toEqual({ status: 409, code: 'DEADLINE_PASSED' })
    expect(late.json<ErrorBody>().error.message).toBe('Đã hết hạn đăng ký ngày 20/04/2024')
    const denied = await clerk.request({
      method: 'POST',
      url: `/api/plans/${planId}/extensions`,
      payload: {
        closes: 'registration',
        year: 2024,
        unitIds: [communeId],
        until: '2024-04-30',
        reason: 'Lũ',
      },
    })
    expect(errorOf(denied)).toEqual({ status: 403, code: 'FORBIDDEN' })
    const early = await owner.request({
      method: 'POST',
      url: `/api/plans/${planId}/extensions`,
      payload: {
        closes: 'registration',
        year: 2024,
        unitIds: null,
        until: '2024-04-15',
        reason: 'x',
      },
    })
    expect(early.json<ErrorBody>().error.message).toBe(
      'Ngày gia hạn phải sau hạn đăng ký 20/04/2024',
    )
    const granted = await owner.request({
      method: 'POST',
      url: `/api/plans/${planId}/extensions`,
      payload: {
        closes: 'registration',
        year: 2024,
        unitIds: [communeId],
        until: '2024-04-30',
        reason: 'Mưa lũ chia cắt',
      },
    })
    expect(granted.statusCode, granted.body).toBe(200)
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select(['unit_id', 'reason'])
      .where('action', '=', 'registration.extend')
      .execute()
    expect(audit).toEqual([{ unit_id: communeId, reason: 'Mưa lũ chia cắt' }])
    expect((await put(clerk, [{ unitId: communeId, pledge }])).statusCode).toBe(200)
    const other = await put(clerk, [{ unitId: areaIds[1] ?? 0, pledge: { takePart: true } }])
    expect(errorOf(other)).toEqual({ status: 409, code: 'DEADLINE_PASSED' })
    expect((await list(clerk)).extensions).toMatchObject([
      { unitIds: [communeId], until: '2024-04-30' },
    ])
  })
})
