// `antq demo campaign`: a deterministic demo year for the seed plans, written once (a second
// run changes nothing), whose targets read back through the API with consistent numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findAnttExclusion } from '@antq/core'
import { seedDemoCampaign, type CampaignSummary } from '../src/demo/seed-campaign'
import { toUnitProfile } from '../src/features/units/unit-profile'
import { createTestContext, findUnitId, signIn, type TestContext } from './harness'

type TargetItem = {
  targetId: string
  numerator: number | null
  denominator: number | null
  value: number | null
  status: string
}
type Targets = { scope: { id: number }; year: number; items: TargetItem[] }

const PLAN_000 = '000-bac-quang-2024'
let first: TestContext
let second: TestContext
let summaries: CampaignSummary[]

beforeAll(async () => {
  ;[first, second] = await Promise.all([createTestContext(), createTestContext()])
  summaries = await seedDemoCampaign(first.deps)
}, 180_000)
afterAll(async () => {
  await first.close()
  await second.close()
})

async function counts(context: TestContext) {
  const count = async (table: 'registrations' | 'evaluations' | 'reports' | 'audit_log') =>
    Number(
      (
        await context.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const computed = await context.deps.db
    .selectFrom('target_values')
    .select((eb) => eb.fn.max('computed_at').as('at'))
    .executeTakeFirstOrThrow()
  return {
    registrations: await count('registrations'),
    evaluations: await count('evaluations'),
    reports: await count('reports'),
    audit: await count('audit_log'),
    computedAt: String(computed.at),
  }
}

async function targetsOf(context: TestContext): Promise<Targets> {
  const admin = await signIn(context.app, 'admin')
  const planId = (
    await context.deps.db
      .selectFrom('plans')
      .select('id')
      .where('plan_key', '=', PLAN_000)
      .executeTakeFirstOrThrow()
  ).id
  const response = await admin.request({ method: 'GET', url: `/api/plans/${planId}/targets` })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<Targets>()
}

describe('demo campaign', () => {
  it('seeds every published plan with most units registered and recognised', () => {
    expect(summaries.map((summary) => summary.planKey)).toHaveLength(5)
    for (const summary of summaries) {
      expect(summary.skipped).toBe(false)
      expect(summary.registered).toBeGreaterThan(summary.eligible * 0.9)
      expect(summary.registered).toBeLessThanOrEqual(summary.eligible)
      expect(summary.recognised).toBeGreaterThan(0)
      expect(Object.values(summary.targets).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    }
  })

  // Issue 10: no target of a seed plan is blank everywhere. At the issuer, in the demo year,
  // every target has a value (the demo register holds a unit for each, e.g. plan 001's
  // provincial and district agencies, "cấp tỉnh quản lý" / "thuộc cấp huyện quản lý").
  it('gives every target of the five seed plans a value at the issuer in the demo year', async () => {
    for (const summary of summaries) {
      const plan = await first.deps.db
        .selectFrom('plans')
        .select(['id', 'issuer_unit_id', 'definition'])
        .where('plan_key', '=', summary.planKey)
        .where('status', '=', 'published')
        .executeTakeFirstOrThrow()
      const rows = await first.deps.db
        .selectFrom('target_values')
        .select(['target_id', 'value'])
        .where('plan_id', '=', plan.id)
        .where('scope_unit_id', '=', plan.issuer_unit_id ?? 0)
        .where('period_id', '=', String(summary.year))
        .execute()
      const targets = (plan.definition as { targets: { id: string }[] }).targets
      expect(rows.map((row) => row.target_id).sort(), summary.planKey).toEqual(
        targets.map((target) => target.id).sort(),
      )
      const blank = rows.filter((row) => row.value === null).map((row) => row.target_id)
      expect(blank, summary.planKey).toEqual([])
    }
  })

  // TT 124 Art. 2 (and QĐ 510, QĐ 9745 over the same bodies): no excluded unit is evaluated,
  // classified or pledged to build an exemplary unit in the demo year (issue 10 S1).
  it('gives no unit outside TT 124 an ANTT evaluation, a movement class or an exemplary pledge', async () => {
    const units = await first.deps.db
      .selectFrom('units')
      .select(['id', 'kind', 'subtype', 'school_level', 'enterprise_size'])
      .where('kind', 'in', ['agency', 'enterprise', 'school', 'organisation'])
      .execute()
    const excluded = units
      .filter((unit) => findAnttExclusion(toUnitProfile(unit)) !== undefined)
      .map((unit) => unit.id)
    expect(excluded.length).toBeGreaterThan(0)
    const evaluated = await first.deps.db
      .selectFrom('evaluations')
      .select(['unit_id', 'kind'])
      .where('unit_id', 'in', excluded)
      .where('kind', 'in', ['antt', 'movement', 'exemplary'])
      .execute()
    expect(evaluated).toEqual([])
    const pledged = await first.deps.db
      .selectFrom('registrations')
      .select('unit_id')
      .where('unit_id', 'in', excluded)
      .where((eb) => eb.or([eb('builds_exemplary', '=', true), eb('strives_for_antt', '=', true)]))
      .execute()
    expect(pledged).toEqual([])
  })

  it('changes nothing when run again', async () => {
    const before = await counts(first)
    expect(before.registrations).toBeGreaterThan(0)
    const again = await seedDemoCampaign(first.deps)
    expect(again.every((summary) => summary.skipped)).toBe(true)
    expect(again.map(({ skipped: _, ...rest }) => rest)).toEqual(
      summaries.map(({ skipped: _, ...rest }) => rest),
    )
    expect(await counts(first)).toEqual(before)
  })

  it('gives plan 000 targets with a status at the issuer, the same on every run', async () => {
    const targets = await targetsOf(first)
    expect(targets.scope.id).toBe(await findUnitId(first.deps, 'legacy', '034'))
    expect(targets.year).toBe(2024)
    expect(targets.items.length).toBeGreaterThan(0)
    for (const item of targets.items) {
      expect(item.status, item.targetId).toMatch(/^(met|on_track|at_risk|missed)$/)
      if (item.denominator !== null && item.numerator !== null)
        expect(item.numerator, item.targetId).toBeLessThanOrEqual(item.denominator)
    }
    expect(targets.items.some((item) => (item.numerator ?? 0) > 0)).toBe(true)

    await seedDemoCampaign(second.deps, { planKeys: [PLAN_000] })
    const numbers = (t: Targets) =>
      t.items.map(({ targetId, numerator, denominator, value, status }) => ({
        ...{ targetId, numerator, denominator, value, status },
      }))
    expect(numbers(await targetsOf(second))).toEqual(numbers(targets))
  }, 120_000)
})
