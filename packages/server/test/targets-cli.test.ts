// `antq targets PLAN [--scope UNIT_CODE] [--year YYYY] [--json]` on the seeded database: the
// command's output as runTargets prints it. Plan 002 (Lục Ngạn, 2020–2025) gets the district's
// yearly reports of 2022 and 2023 written directly, so each year's figure is known by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseTargetsArgs, targetsOutput } from '../src/cli/commands/targets'
import { createTestContext, type TestContext } from './harness'

type Output = {
  planId: number
  year: number
  scope: { code: string }
  items: { id: string; numerator: number | null; denominator: number | null }[]
}

const PLAN = '002-luc-ngan-2020-2025'
let context: TestContext

beforeAll(async () => {
  context = await createTestContext(() => new Date('2026-03-01T03:00:00Z'))
  const plan = await context.deps.db
    .selectFrom('plans')
    .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
    .select(['plans.id', 'units.id as unit_id', 'units.path'])
    .where('plans.plan_key', '=', PLAN)
    .where('plans.status', '=', 'published')
    .executeTakeFirstOrThrow()
  for (const [year, broadcasts] of [
    [2022, 12],
    [2023, 5],
  ] as const)
    await context.deps.db
      .insertInto('reports')
      .values({
        ...{ plan_key: PLAN, plan_id: plan.id, period_id: String(year) },
        ...{ unit_id: plan.unit_id, unit_path: plan.path, status: 'accepted' },
        figures: JSON.stringify({ 'media.district_broadcasts': broadcasts }),
        ...{ updated_by: 'test', updated_at: new Date(`${year}-12-01T00:00:00Z`) },
      })
      .execute()
  // II.5's broadcasts are the activity log's (ADR 020): one row per broadcast, in its year.
  for (const [year, count] of [
    [2022, 12],
    [2023, 5],
  ] as const)
    await context.deps.db
      .insertInto('activities')
      .values(
        Array.from({ length: count }, (_, index) => ({
          ...{ unit_id: plan.unit_id, held_on: `${year}-06-${10 + index}` },
          ...{ kind: 'district_broadcast', audience: 'public', reached: null },
          ...{ title: `Tin phát sóng ${index + 1}`, recorded_by: 'test' },
          recorded_at: new Date(`${year}-06-30T00:00:00Z`),
        })),
      )
      .execute()
})
afterAll(() => context.close())

const run = async (...args: string[]) => targetsOutput(context.deps, parseTargetsArgs(args))
const json = async (...args: string[]) => JSON.parse(await run(...args, '--json')) as Output
const broadcasts = (output: Output) =>
  output.items.find((item) => item.id === 'tin-bai-huyen')?.numerator

describe('antq targets --year', () => {
  it('computes the year asked for, each with its own reports', async () => {
    const y2022 = await json(PLAN, '--year', '2022')
    expect(y2022.year).toBe(2022)
    expect(broadcasts(y2022)).toBe(12)
    const y2023 = await json(PLAN, '--year', '2023')
    expect(y2023.year).toBe(2023)
    expect(broadcasts(y2023)).toBe(5)
    expect(broadcasts(await json(PLAN, '--year', '2021'))).toBe(0)
  })

  it('prints the year in the heading of the text output', async () => {
    const lines = (await run(PLAN, '--year', '2022')).split('\n')
    expect(lines[0]).toMatch(/^002-luc-ngan-2020-2025 — .+, năm 2022$/)
    // A count reads as a count, its goal beside it (issue 10 S5), never "12/—".
    expect(lines.find((line) => line.startsWith('tin-bai-huyen\t'))?.split('\t')[2]).toMatch(
      /^12 > 80 · /,
    )
  })

  it('shows the dashboard’s default year without --year: the latest year with data', async () => {
    // The plan ended in 2025 and today is after it: its latest year with data (2023 here),
    // as the dashboard shows (targets-year.ts defaultYear), not an empty 2025.
    expect((await json(PLAN)).year).toBe(2023)
  })

  it('refuses a year outside the plan’s period, in Vietnamese', async () => {
    for (const year of ['2019', '2026', '22'])
      await expect(run(PLAN, '--year', year)).rejects.toMatchObject({
        code: 'VALIDATION',
        message: `Năm "${year}" không thuộc thời gian thực hiện kế hoạch (2020–2025)`,
      })
    await expect(run('000-bac-quang-2024', '--year', '2023')).rejects.toMatchObject({
      message: 'Năm "2023" không thuộc thời gian thực hiện kế hoạch (năm 2024)',
    })
  })
})
