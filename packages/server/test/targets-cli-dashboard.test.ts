// Issue 10 item 8: `npx antq targets PLAN --year Y --json` for every seed plan and every year of
// its period says what the dashboard (GET /api/plans/:id/targets?year=Y, the issuer's scope)
// shows: the same year, scope, and for every target the same numerator, denominator, value and
// status — both what the dashboard showed before the command recomputed and what it shows
// after. Without --year, the CLI and the dashboard pick the same default year (targets-year.ts
// defaultYear: the plan's current year if it has data, else its latest year with data). Today is
// fixed at 7/12/2026, after every demo year, so every default year's status is final: met,
// missed, no data or not applicable — never on track or at risk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseTargetsArgs, targetsOutput } from '../src/cli/commands/targets'
import { seedDemoCampaign } from '../src/demo/seed-campaign'
import { createTestContext, signIn, type Client, type TestContext } from './harness'

type Item = {
  numerator: number | null
  denominator: number | null
  value: number | null
  status: string
}
type CliOutput = { year: number; scope: { id: number }; items: (Item & { id: string })[] }
type Dashboard = {
  year: number
  years: number[]
  scope: { id: number }
  items: (Item & { targetId: string })[]
}

const PLAN_KEYS = [
  '000-bac-quang-2024',
  '001-quang-tri-dien-hinh',
  '002-luc-ngan-2020-2025',
  '003-tay-ninh-2024',
  '004-dong-thap-2024',
]
let context: TestContext
let admin: Client
const planIds = new Map<string, number>()
const demoYear = new Map<string, number>()

beforeAll(async () => {
  context = await createTestContext(() => new Date('2026-12-07T03:00:00Z'))
  for (const summary of await seedDemoCampaign(context.deps, { planKeys: PLAN_KEYS }))
    demoYear.set(summary.planKey, summary.year)
  admin = await signIn(context.app, 'admin')
  for (const row of await context.deps.db
    .selectFrom('plans')
    .select(['id', 'plan_key'])
    .where('status', '=', 'published')
    .execute())
    planIds.set(row.plan_key, row.id)
}, 300_000)
afterAll(() => context.close())

const cli = async (...args: string[]) =>
  JSON.parse(await targetsOutput(context.deps, parseTargetsArgs([...args, '--json']))) as CliOutput

async function dashboard(planKey: string, year?: number) {
  const query = year === undefined ? '' : `?year=${year}`
  const response = await admin.request({
    method: 'GET',
    url: `/api/plans/${planIds.get(planKey)}/targets${query}`,
  })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<Dashboard>()
}

/** Each target as "numerator/denominator = value status", keyed by id: a diff reads at once. */
const shown = (items: readonly (Item & { id?: string; targetId?: string })[]) =>
  Object.fromEntries<string>(
    items.map((item) => [
      item.id ?? item.targetId ?? '',
      `${item.numerator}/${item.denominator} = ${item.value === null ? null : Number(item.value.toFixed(9))} ${item.status}`,
    ]),
  )

describe('antq targets --json and the dashboard agree', () => {
  for (const planKey of PLAN_KEYS)
    it(`${planKey}: every year of the plan's period`, async () => {
      const { years } = await dashboard(planKey)
      expect(years.length).toBeGreaterThan(0)
      for (const year of years) {
        const before = await dashboard(planKey, year)
        const output = await cli(planKey, '--year', String(year))
        const after = await dashboard(planKey, year)
        expect([output.year, before.year, after.year]).toEqual([year, year, year])
        expect(output.scope.id).toBe(before.scope.id)
        const label = `${planKey} ${year}`
        expect(shown(before.items), `${label}: the dashboard before the CLI`).toEqual(
          shown(output.items),
        )
        expect(shown(after.items), `${label}: the dashboard after the CLI`).toEqual(
          shown(output.items),
        )
      }
    }, 300_000)

  it('picks the same default year: each plan’s demo year, every status final', async () => {
    for (const planKey of PLAN_KEYS) {
      const output = await cli(planKey)
      const shownYear = (await dashboard(planKey)).year
      expect(output.year, planKey).toBe(shownYear)
      // The demo year (2024; 2023 for 001, open-ended from 2023) is each plan's only year with
      // data: 000, 003, 004 are 2024 plans, 001 and 002 are past their data year.
      expect(output.year, planKey).toBe(demoYear.get(planKey))
      expect(output.year, planKey).toBe(planKey.startsWith('001') ? 2023 : 2024)
      for (const item of output.items)
        expect(['met', 'missed', 'no_data', 'not_applicable'], item.id).toContain(item.status)
    }
  }, 300_000)
})
