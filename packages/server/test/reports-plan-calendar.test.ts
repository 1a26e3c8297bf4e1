// Issue 10 item 4: reporting follows the plan's own calendar. Plan 001 (KH Quảng Trị) IV.1:
// "Báo cáo kết quả triển khai kèm danh sách đăng ký … (trước ngày 30/3)" and "báo cáo kết quả
// thực hiện hàng năm (trước ngày 25/10)" — two reports a year on those dates, no NĐ 09/2019
// quarters; plans that set no date keep NĐ 09/2019's. A plan covering 2024 opens on 2024.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

let context: TestContext
let admin: Client
const ids: Record<string, number> = {}

beforeAll(async () => {
  context = await createTestContext(() => new Date('2026-12-07T03:00:00Z'))
  admin = await signIn(context.app, 'admin')
  const rows = await context.deps.db
    .selectFrom('plans')
    .select(['id', 'plan_key'])
    .where('status', '=', 'published')
    .execute()
  for (const row of rows) ids[row.plan_key.slice(0, 3)] = row.id
})
afterAll(() => context.close())

type Periods = { year: number; items: { id: string; deadline: string; label: string }[] }
const periods = async (plan: string, year?: number) => {
  const response = await admin.request({
    method: 'GET',
    url: `/api/plans/${ids[plan]}/report-periods${year ? `?year=${year}` : ''}`,
  })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<Periods>()
}

describe('the periods a plan asks reports for', () => {
  it('are plan 001’s own two reports, due 30/3 and 25/10', async () => {
    const body = await periods('001', 2024)
    expect(body.items.map((item) => [item.id, item.deadline])).toEqual([
      ['2024-R1', '2024-03-30'],
      ['2024-R2', '2024-10-25'],
    ])
    expect(body.items[1]?.label).toContain('Báo cáo kết quả thực hiện hằng năm năm 2024')
    const quarter = await admin.request({
      method: 'GET',
      url: `/api/plans/${ids['001']}/reports?periodId=2024-Q1`,
    })
    expect(errorOf(quarter)).toEqual({ status: 404, code: 'NOT_FOUND' })
  })

  it('are NĐ 09/2019’s for a plan that sets no report date (000)', async () => {
    const body = await periods('000', 2024)
    expect(body.items.map((item) => item.id)).toEqual(
      expect.arrayContaining(['2024-Q1', '2024-H1', '2024-9M', '2024']),
    )
  })

  it('open on the plan’s current year, else its latest (today 07/12/2026)', async () => {
    expect((await periods('000')).year).toBe(2024)
    expect((await periods('003')).year).toBe(2024)
    expect((await periods('002')).year).toBe(2025)
    expect((await periods('001')).year).toBe(2026)
  })

  it('refuses a year the plan does not cover', async () => {
    const response = await admin.request({
      method: 'GET',
      url: `/api/plans/${ids['000']}/report-periods?year=2026`,
    })
    expect(errorOf(response)).toEqual({ status: 400, code: 'OUTSIDE_PLAN_PERIOD' })
  })
})

describe('the late list', () => {
  it('chases only the periods plan 001 asks for', async () => {
    const response = await admin.request({
      method: 'GET',
      url: `/api/plans/${ids['001']}/late-units?year=2024`,
    })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<{ report: { period: { id: string }; periods: { id: string }[] } }>()
    expect(body.report.periods.map((period) => period.id)).toEqual(['2024-R2', '2024-R1'])
    expect(body.report.period.id).toBe('2024-R2')
  })

  it('chases no plan 003 period before its first day (25/03/2024)', async () => {
    const response = await admin.request({
      method: 'GET',
      url: `/api/plans/${ids['003']}/late-units?year=2024`,
    })
    const body = response.json<{ report: { periods: { id: string }[] } }>()
    expect(body.report.periods.map((period) => period.id)).not.toContain('2024-Q1')
    expect(body.report.periods.map((period) => period.id)).toContain('2024')
  })
})
