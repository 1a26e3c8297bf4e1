// The dashboard endpoints beyond the targets list: sub-unit ranking, late units to chase, the
// campaign year chosen by the user. A small world under legacy district 034 Bắc Quang (plan 000):
// registrations and reports written directly, numbers checked against each sub-unit's own
// dashboard and by hand.
import { compareVi, daysBetween, vietnamDateOf } from '@antq/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

type Ranked = {
  rank: number | null
  unit: { id: number; code: string; name: string }
  numerator: number | null
  denominator: number | null
  value: number | null
  status: string
}
type SubUnits = { targetId: string; year: number; scope: { id: number }; items: Ranked[] }
type Targets = {
  year: number
  years: number[]
  yearsWithData: number[]
  items: { targetId: string; numerator: number | null; denominator: number | null }[]
}
type LateRow = {
  unit: { id: number; code: string }
  managingUnit: { id: number; name: string } | null
  closedOn: string
  daysLate: number
  status: string | null
  returnReason: string | null
}
type LateList = { total: number; bySubUnit: { unit: { id: number }; count: number }[] }
type Late = {
  registration: LateList & { deadline: string | null; items: LateRow[] }
  report: LateList & { period: { id: string; deadline: string } | null; items: LateRow[] }
}

let context: TestContext
let owner: Client
const PLAN = 1 // 000-bac-quang-2024
const PLAN_KEY = '000-bac-quang-2024'
const id = (code: string) => findUnitId(context.deps, 'legacy', code)
let district = 0
let vietQuang = 0
let vinhTuy = 0
const VINH_TUY = ['KDC1', 'KDC2', 'KDC3', 'KDC4', 'CQ1', 'CQ2', 'DN1', 'TH3'].map(
  (c) => `01156.${c}`,
)

async function unitOf(code: string) {
  const unitId = await id(code)
  const unit = await context.deps.db
    .selectFrom('units')
    .select('path')
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow()
  return { unit_id: unitId, unit_path: unit.path }
}

async function register(codes: string[]) {
  for (const code of codes)
    await context.deps.db
      .insertInto('registrations')
      .values({
        ...{ plan_key: PLAN_KEY, plan_id: PLAN, year: 2024, ...(await unitOf(code)) },
        ...{ strives_for_antt: true, registered_by: 'test' },
      })
      .execute()
}

async function report(code: string, status: string, reason: string | null = null) {
  await context.deps.db
    .insertInto('reports')
    .values({
      ...{ plan_key: PLAN_KEY, plan_id: PLAN, period_id: '2024', ...(await unitOf(code)) },
      ...{ status, figures: '{}', return_reason: reason, updated_by: 'test' },
      updated_at: new Date('2024-12-01T00:00:00Z'),
    })
    .execute()
}

beforeAll(async () => {
  context = await createTestContext()
  owner = await signIn(context.app, 'congan.bacquang')
  district = await id('034')
  vietQuang = await id('01153')
  vinhTuy = await id('01156')
  await register([...VINH_TUY, '01156', '01153.KDC1', '01153.KDC2'])
  // Residential areas file no report under plan 000 (their commune reports for them).
  await report('01153.CQ1', 'submitted')
  await report('01153.CQ2', 'returned', 'Thiếu số cán bộ')
  await report('01153.DN1', 'draft')
})
afterAll(() => context.close())

const get = async <T>(url: string, client = owner) => {
  const response = await client.request({ method: 'GET', url })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<T>()
}
const subUnits = (scope: number, target = 'dang-ky-antt') =>
  get<SubUnits>(`/api/plans/${PLAN}/targets/${target}/sub-units?scopeUnitId=${scope}`)

describe('sub-units of a scope, ranked', () => {
  it('ranks the district’s communes by value, ties sharing a rank in Vietnamese order', async () => {
    const body = await subUnits(district)
    expect(body.year).toBe(2024)
    const codes = body.items.map((item) => item.unit.code)
    expect(codes.slice(0, 2)).toEqual(['01156', '01153'])
    expect(body.items[0]).toMatchObject({ rank: 1, value: 1, status: 'met' })
    expect(body.items[1]?.rank).toBe(2)
    const zeros = body.items.filter((item) => item.value === 0)
    expect(zeros.length).toBeGreaterThan(1)
    expect(new Set(zeros.map((item) => item.rank)).size).toBe(1)
    expect(zeros[0]?.rank).toBe(body.items.length - zeros.length + 1)
    const names = zeros.map((item) => item.unit.name)
    expect(names).toEqual([...names].sort(compareVi))
  })

  it('gives each sub-unit the numbers of its own dashboard', async () => {
    const body = await subUnits(district)
    for (const item of body.items) {
      const own = await get<Targets>(`/api/plans/${PLAN}/targets?scopeUnitId=${item.unit.id}`)
      const value = own.items.find((each) => each.targetId === 'dang-ky-antt')
      expect({ numerator: item.numerator, denominator: item.denominator }).toEqual({
        numerator: value?.numerator,
        denominator: value?.denominator,
      })
    }
  })

  it('computes non-scope sub-units (a commune’s residential areas) on the fly', async () => {
    const body = await subUnits(vietQuang)
    const byCode = new Map(body.items.map((item) => [item.unit.code, item]))
    expect(byCode.get('01153.KDC1')).toMatchObject({ rank: 1, numerator: 1, denominator: 1 })
    expect(byCode.get('01153.KDC2')).toMatchObject({ rank: 1, value: 1 })
    expect(byCode.get('01153.KDC3')).toMatchObject({ rank: 3, numerator: 0, value: 0 })
  })

  it('refuses an unknown target and a scope outside the actor’s subtree', async () => {
    const unknown = await owner.request({
      method: 'GET',
      url: `/api/plans/${PLAN}/targets/khong-co/sub-units`,
    })
    expect(errorOf(unknown)).toEqual({ status: 404, code: 'NOT_FOUND' })
    // Legacy Việt Quang merged into the clerk's commune (ADR 011); Vĩnh Tuy did not.
    const clerk = await signIn(context.app, 'canbo.bacquang')
    for (const url of [
      `/api/plans/${PLAN}/targets/dang-ky-antt/sub-units?scopeUnitId=${district}`,
      `/api/plans/${PLAN}/late-units?scopeUnitId=${vinhTuy}`,
    ])
      expect(errorOf(await clerk.request({ method: 'GET', url }))).toEqual({
        status: 403,
        code: 'OUT_OF_SCOPE',
      })
  })
})

describe('late units to chase', () => {
  const today = () => vietnamDateOf(new Date())

  it('lists units not registered by 20/04/2024 with their managing unit and days late', async () => {
    const body = await get<Late>(`/api/plans/${PLAN}/late-units?scopeUnitId=${vietQuang}`)
    expect(body.registration.deadline).toBe('2024-04-20')
    const codes = body.registration.items.map((item) => item.unit.code)
    expect(codes).toContain('01153.KDC3')
    expect(codes).not.toContain('01153.KDC1')
    const kdc3 = body.registration.items.find((item) => item.unit.code === '01153.KDC3')
    expect(kdc3).toMatchObject({
      closedOn: '2024-04-20',
      daysLate: daysBetween('2024-04-20', today()),
      managingUnit: { id: vietQuang },
    })
    expect(body.registration.total).toBe(body.registration.items.length)
  })

  it('lists the missing, draft and returned reports of the latest closed period', async () => {
    const body = await get<Late>(`/api/plans/${PLAN}/late-units?scopeUnitId=${vietQuang}`)
    expect(body.report.period).toMatchObject({ id: '2024', deadline: '2024-12-14' })
    const byCode = new Map(body.report.items.map((item) => [item.unit.code, item]))
    expect(byCode.has('01153.CQ1')).toBe(false)
    expect(byCode.get('01153.CQ2')).toMatchObject({
      status: 'returned',
      returnReason: 'Thiếu số cán bộ',
      daysLate: daysBetween('2024-12-14', today()),
    })
    expect(byCode.get('01153.DN1')?.status).toBe('draft')
    expect(byCode.get('01153.TH3')?.status).toBeNull()
    expect(byCode.get('01153')?.managingUnit?.id).toBe(district)
  })

  // Việt Quang's TH1 (mầm non), TH2 (tiểu học) and TH4 (nhà trẻ) are outside plan 000 (mục VI.1):
  // they may neither register nor report, so neither list chases them.
  it('chases no unit the plan excludes, for registration or for reports', async () => {
    const body = await get<Late>(`/api/plans/${PLAN}/late-units?scopeUnitId=${vietQuang}`)
    const codes = (list: { items: LateRow[] }) => list.items.map((item) => item.unit.code).sort()
    const under = (list: string) => list.split(' ').map((suffix) => `01153${suffix}`)
    const registration =
      ' .CQ1 .CQ2 .DN1 .DN2 .DN3 .KDC3 .KDC4 .KDC5 .KDC6 .KDC7 .KDC8 .TC1 .TC2 .TH3'
    expect(codes(body.registration)).toEqual(under(registration))
    expect(body.registration.total).toBe(15)
    expect(codes(body.report)).toEqual(under(' .CQ2 .DN1 .DN2 .DN3 .TC1 .TC2 .TH3'))
    expect(body.report.total).toBe(8)
  })

  it('counts late units per direct sub-unit of the scope', async () => {
    const body = await get<Late>(`/api/plans/${PLAN}/late-units?scopeUnitId=${district}`)
    const count = (list: LateList, unitId: number) =>
      list.bySubUnit.find((row) => row.unit.id === unitId)?.count ?? 0
    const atVinhTuy = await get<Late>(`/api/plans/${PLAN}/late-units?scopeUnitId=${vinhTuy}`)
    expect(count(body.registration, vinhTuy)).toBe(atVinhTuy.registration.total)
    expect(count(body.report, vietQuang)).toBeGreaterThan(0)
    const sum = body.registration.bySubUnit.reduce((total, row) => total + row.count, 0)
    expect(sum).toBe(body.registration.total)
  })

  it('leaves out a unit whose deadline was extended past today', async () => {
    const kdc4 = await id('01153.KDC4')
    const extend = (closes: string, year: number) =>
      context.deps.db
        .insertInto('deadline_extensions')
        .values({
          ...{ plan_key: PLAN_KEY, closes, year, unit_ids: JSON.stringify([kdc4]) },
          ...{ scope_path: null, until: '2099-12-31', reason: 'Thử gia hạn' },
          ...{ granted_by: 'test', granted_at: new Date() },
        })
        .execute()
    await extend('registration', 2024)
    const th3 = await id('01153.TH3')
    await context.deps.db
      .insertInto('deadline_extensions')
      .values({
        ...{ plan_key: PLAN_KEY, closes: 'report:2024', year: 2024 },
        ...{ unit_ids: JSON.stringify([th3]), scope_path: null, until: '2099-12-31' },
        ...{ reason: 'Thử gia hạn', granted_by: 'test', granted_at: new Date() },
      })
      .execute()
    const body = await get<Late>(`/api/plans/${PLAN}/late-units?scopeUnitId=${vietQuang}`)
    const codes = (list: { items: LateRow[] }) => list.items.map((item) => item.unit.code)
    expect(codes(body.registration)).not.toContain('01153.KDC4')
    expect(codes(body.registration)).toContain('01153.KDC5')
    expect(codes(body.report)).not.toContain('01153.TH3')
    expect(codes(body.report)).toContain('01153.DN2')
    expect(body.report.total).toBe(7)
  })

  it('refuses a period that is not closed', async () => {
    const response = await owner.request({
      method: 'GET',
      url: `/api/plans/${PLAN}/late-units?periodId=2030-Q1`,
    })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
  })
})

describe('the campaign year', () => {
  const planIdOf = async (key: string) =>
    (
      await context.deps.db
        .selectFrom('plans')
        .select('id')
        .where('plan_key', '=', key)
        .where('status', '=', 'published')
        .executeTakeFirstOrThrow()
    ).id

  it('defaults to the latest year with data, and takes the year asked for', async () => {
    const lucNgan = await planIdOf('002-luc-ngan-2020-2025')
    const admin = await signIn(context.app, 'admin')
    const before = await get<Targets>(`/api/plans/${lucNgan}/targets`, admin)
    expect(before.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025])
    expect(before.year).toBe(2025)
    const issuer = await context.deps.db
      .selectFrom('plans')
      .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
      .select(['units.id', 'units.path'])
      .where('plans.id', '=', lucNgan)
      .executeTakeFirstOrThrow()
    await context.deps.db
      .insertInto('registrations')
      .values({
        ...{ plan_key: '002-luc-ngan-2020-2025', plan_id: lucNgan, year: 2022 },
        ...{ unit_id: issuer.id, unit_path: issuer.path, registered_by: 'test' },
      })
      .execute()
    const after = await get<Targets>(`/api/plans/${lucNgan}/targets`, admin)
    expect({ year: after.year, withData: after.yearsWithData }).toEqual({
      year: 2022,
      withData: [2022],
    })
    const asked = await get<Targets>(`/api/plans/${lucNgan}/targets?year=2021`, admin)
    expect(asked.year).toBe(2021)
    const outside = await admin.request({
      method: 'GET',
      url: `/api/plans/${lucNgan}/targets?year=2019`,
    })
    expect(errorOf(outside)).toEqual({ status: 400, code: 'VALIDATION' })
  })
})
