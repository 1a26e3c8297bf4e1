// `antq targets PLAN --json` and the dashboard API agree on the demo database: for every seed
// plan, without a year, the same default year (targets-year.ts defaultYear: the plan's current
// year if it has data, else its latest year with data) and, target by target, the same
// numerator, denominator, value and status. Today (7/12/2026) is after every demo year, so every
// status is final: met, missed, no data or not applicable — never on track or at risk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseTargetsArgs, targetsOutput } from '../src/cli/commands/targets'
import { seedDemoCampaign } from '../src/demo/seed-campaign'
import { createTestContext, signIn, type Client, type TestContext } from './harness'

type CliItem = {
  id: string
  numerator: number | null
  denominator: number | null
  value: number | null
  status: string
}
type CliOutput = { planId: number; year: number; scope: { id: number }; items: CliItem[] }
type ApiOutput = {
  year: number
  scope: { id: number }
  items: (Omit<CliItem, 'id'> & { targetId: string })[]
}

const PLANS = [
  '000-bac-quang-2024',
  '001-quang-tri-dien-hinh',
  '002-luc-ngan-2020-2025',
  '003-tay-ninh-2024',
  '004-dong-thap-2024',
]
let context: TestContext
let admin: Client
const demoYear = new Map<string, number>()

beforeAll(async () => {
  context = await createTestContext(() => new Date('2026-12-07T03:00:00Z'))
  for (const summary of await seedDemoCampaign(context.deps, { planKeys: PLANS }))
    demoYear.set(summary.planKey, summary.year)
  admin = await signIn(context.app, 'admin')
}, 300_000)
afterAll(() => context.close())

async function dashboard(planId: number) {
  const response = await admin.request({ method: 'GET', url: `/api/plans/${planId}/targets` })
  expect(response.statusCode, response.body).toBe(200)
  const body = response.json<ApiOutput>()
  const items = body.items.map(({ targetId, numerator, denominator, value, status }) => ({
    ...{ id: targetId, numerator, denominator, value, status },
  }))
  return { year: body.year, scope: body.scope.id, items }
}

describe('antq targets and the dashboard', () => {
  it.each(PLANS)('%s: same default year, values and statuses', async (plan) => {
    const before = await dashboard(
      (
        await context.deps.db
          .selectFrom('plans')
          .select('id')
          .where('plan_key', '=', plan)
          .where('status', '=', 'published')
          .executeTakeFirstOrThrow()
      ).id,
    )
    const cli = JSON.parse(await targetsOutput(context.deps, parseTargetsArgs([plan, '--json'])))
    const { planId, year, scope, items } = cli as CliOutput
    // Each plan's demo year (2024; 2023 for 001, open-ended from 2023) is its only year with
    // data: 000, 003, 004 are 2024 plans, 001 and 002 are past their data year.
    expect(year).toBe(demoYear.get(plan))
    expect(year).toBe(plan.startsWith('001') ? 2023 : 2024)
    const rows = items.map(({ id, numerator, denominator, value, status }) => ({
      ...{ id, numerator, denominator, value, status },
    }))
    expect({ year, scope: scope.id, items: rows }).toEqual(before)
    // Read again after the CLI stored its computation: still the same.
    expect(await dashboard(planId)).toEqual(before)
    for (const row of rows)
      expect(['met', 'missed', 'no_data', 'not_applicable'], row.id).toContain(row.status)
  })
})
