// Issue 10 item 3: every write of registrations, reports and evaluations (and their imports)
// is refused outside the plan's period (OUTSIDE_PLAN_PERIOD) and after the campaign's end
// where the plan sets one (CAMPAIGN_ENDED), through the HTTP API, nothing written.
// Plan 000 (KH Bắc Quang) runs "năm 2024" only; plan 003 (KH Tây Ninh) IV.1: "Phong trào thi
// đua được triển khai, thực hiện từ nay đến hết ngày 31/12/2024" (deadline closes: campaign_end).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { countAudit, errorOf, multipart, type ErrorBody } from './helpers'
import { COMMUNE_FIGURES, legacyCommunes } from './reports-fixture'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
let now = new Date('2024-03-01T03:00:00Z')
let context: TestContext
let admin: Client
const plan = { p000: 0, p003: 0 }
const unit = { bacQuang: 0, tayNinh: 0 }

async function planOf(key: string) {
  return context.deps.db
    .selectFrom('plans')
    .select(['id', 'scope_path'])
    .where('plan_key', '=', key)
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow()
}

beforeAll(async () => {
  context = await createTestContext(() => now)
  admin = await signIn(context.app, 'admin')
  plan.p000 = (await planOf('000-bac-quang-2024')).id
  const p003 = await planOf('003-tay-ninh-2024')
  plan.p003 = p003.id
  const [commune] = await legacyCommunes(context.deps)
  if (!commune) throw new Error('no commune under 034')
  unit.bacQuang = commune.id
  const tayNinh = await context.deps.db
    .selectFrom('units')
    .select('id')
    .where('kind', '=', 'commune')
    .where('path', 'like', `${p003.scope_path ?? ''}%`)
    .orderBy('path')
    .executeTakeFirstOrThrow()
  unit.tayNinh = tayNinh.id
})
afterAll(() => context.close())

/** Move the clock (a session does not outlive a jump of months: sign in again). */
async function at(iso: string) {
  now = new Date(iso)
  admin = await signIn(context.app, 'admin')
}

const count = async (table: 'registrations' | 'reports' | 'evaluations') =>
  Number(
    (
      await context.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

const register = (planId: number, year: number, unitId: number) =>
  admin.request({
    method: 'PUT',
    url: `/api/plans/${planId}/registrations`,
    payload: { year, items: [{ unitId, pledge: { takePart: true } }] },
  })
// Plan 000's commune form; other plans' drafts are saved empty (a draft may be).
const saveReport = (planId: number, unitId: number, periodId: string) =>
  admin.request({
    method: 'PUT',
    url: `/api/plans/${planId}/reports/${unitId}/${periodId}`,
    payload: { figures: planId === plan.p000 ? COMMUNE_FIGURES : {} },
  })
const evaluate = (unitId: number, year: number) =>
  admin.request({
    method: 'PUT',
    url: `/api/units/${unitId}/evaluations/antt/${year}`,
    payload: { answers: {}, reason: 'thử' },
  })

async function download(url: string) {
  const response = await admin.request({ method: 'GET', url })
  expect(response.statusCode, response.body).toBe(200)
  return response.rawPayload
}
const upload = (url: string, bytes: Uint8Array) =>
  admin.request({ method: 'POST', url, ...multipart('tep.xlsx', bytes, XLSX) })

function expectRefused(response: Awaited<ReturnType<typeof register>>, code: string, text: string) {
  expect(errorOf(response)).toEqual({
    status: code === 'OUTSIDE_PLAN_PERIOD' ? 400 : 409,
    code,
  })
  expect(response.json<ErrorBody>().error.message).toContain(text)
}

describe('a year the plan does not cover (plan 000: năm 2024)', () => {
  it('refuses a registration, a report, an evaluation and both imports, writing nothing', async () => {
    const before = {
      registrations: await count('registrations'),
      reports: await count('reports'),
      evaluations: await count('evaluations'),
      audit: await countAudit(context.deps),
    }
    const outside = 'Năm 2025 nằm ngoài thời gian thực hiện kế hoạch (năm 2024)'
    expectRefused(await register(plan.p000, 2025, unit.bacQuang), 'OUTSIDE_PLAN_PERIOD', outside)
    expectRefused(
      await register(plan.p000, 2023, unit.bacQuang),
      'OUTSIDE_PLAN_PERIOD',
      'Năm 2023 nằm ngoài',
    )
    expectRefused(
      await saveReport(plan.p000, unit.bacQuang, '2025-Q1'),
      'OUTSIDE_PLAN_PERIOD',
      outside,
    )
    expectRefused(await evaluate(unit.bacQuang, 2025), 'OUTSIDE_PLAN_PERIOD', outside)
    const template = await download(`/api/plans/${plan.p000}/registrations/template?year=2024`)
    expectRefused(
      await upload(`/api/plans/${plan.p000}/registrations/import?year=2025`, template),
      'OUTSIDE_PLAN_PERIOD',
      outside,
    )
    const book = await download(
      `/api/plans/${plan.p000}/reports/export?periodId=2024-Q1&unitId=${unit.bacQuang}`,
    )
    expectRefused(
      await upload(`/api/plans/${plan.p000}/reports/import?periodId=2025-Q1`, book),
      'OUTSIDE_PLAN_PERIOD',
      outside,
    )
    expect({
      registrations: await count('registrations'),
      reports: await count('reports'),
      evaluations: await count('evaluations'),
      audit: await countAudit(context.deps),
    }).toEqual(before)
  })

  it('takes the same writes for the plan’s own year', async () => {
    expect((await saveReport(plan.p000, unit.bacQuang, '2024-Q1')).statusCode).toBe(200)
    expect((await evaluate(unit.bacQuang, 2024)).statusCode).toBe(200)
  })

  it('offers no period before plan 003’s first day (25/03/2024) and refuses one by id', async () => {
    const periods = await admin.request({
      method: 'GET',
      url: `/api/plans/${plan.p003}/report-periods?year=2024`,
    })
    const ids = periods.json<{ items: { id: string }[] }>().items.map((item) => item.id)
    expect(ids).not.toContain('2024-Q1')
    expect(ids).toContain('2024-Q2')
    expectRefused(
      await saveReport(plan.p003, unit.tayNinh, '2024-Q1'),
      'OUTSIDE_PLAN_PERIOD',
      'Quý I năm 2024 nằm ngoài thời gian thực hiện kế hoạch (25/03/2024–31/12/2024)',
    )
  })
})

describe('after the campaign’s end (plan 003: "đến hết ngày 31/12/2024")', () => {
  it('takes writes up to 31/12/2024', async () => {
    await at('2024-12-10T03:00:00Z')
    const saved = await saveReport(plan.p003, unit.tayNinh, '2024')
    expect(saved.statusCode, saved.body).toBe(200)
    await at('2024-12-31T10:00:00Z') // 17:00 in Vietnam, the last day
    const registered = await register(plan.p003, 2024, unit.tayNinh)
    expect(registered.statusCode, registered.body).toBe(200)
  })

  it('refuses every write from 01/01/2025, nothing written', async () => {
    await at('2025-01-02T03:00:00Z')
    const before = {
      registrations: await count('registrations'),
      evaluations: await count('evaluations'),
      audit: await countAudit(context.deps),
    }
    const ended = 'Đợt thi đua đã kết thúc ngày 31/12/2024'
    expectRefused(await register(plan.p003, 2024, unit.tayNinh), 'CAMPAIGN_ENDED', ended)
    expectRefused(await saveReport(plan.p003, unit.tayNinh, '2024'), 'CAMPAIGN_ENDED', ended)
    const action = await admin.request({
      method: 'POST',
      url: `/api/plans/${plan.p003}/reports/${unit.tayNinh}/2024/actions`,
      payload: { action: 'submit' },
    })
    expectRefused(action, 'CAMPAIGN_ENDED', ended)
    expectRefused(await evaluate(unit.tayNinh, 2024), 'CAMPAIGN_ENDED', ended)
    const template = await download(`/api/plans/${plan.p003}/registrations/template?year=2024`)
    expectRefused(
      await upload(`/api/plans/${plan.p003}/registrations/import?year=2024`, template),
      'CAMPAIGN_ENDED',
      ended,
    )
    const book = await download(
      `/api/plans/${plan.p003}/reports/export?periodId=2024&unitId=${unit.tayNinh}`,
    )
    expectRefused(
      await upload(`/api/plans/${plan.p003}/reports/import?periodId=2024`, book),
      'CAMPAIGN_ENDED',
      ended,
    )
    expect({
      registrations: await count('registrations'),
      evaluations: await count('evaluations'),
      audit: await countAudit(context.deps),
    }).toEqual(before)
    const report = await context.deps.db
      .selectFrom('reports')
      .select(['status', 'row_version'])
      .where('unit_id', '=', unit.tayNinh)
      .where('period_id', '=', '2024')
      .executeTakeFirstOrThrow()
    expect(report).toEqual({ status: 'draft', row_version: 1 })
  })
})
