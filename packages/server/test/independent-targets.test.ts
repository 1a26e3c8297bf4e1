// Issue 10 item 8, "a check anyone can run": for each seed plan, every target computed again
// from the raw tables by SQL written from the plan's own clauses (test/independent/plan-00N.sql.ts,
// not the engine, its SQL compiler, core's formulas or the plan YAML's), compared with what the
// product stores for the demo year at every scope: numerator, denominator, value (to 1e-9) and
// status. The recompute runs through the product as `npx antq targets PLAN --year Y` does. A
// mismatch prints plan, target, scope, expected vs engine (test/independent/MISMATCHES.md
// explains the ones found before the fixes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseTargetsArgs, targetsOutput } from '../src/cli/commands/targets'
import { seedDemoCampaign, type CampaignSummary } from '../src/demo/seed-campaign'
import { createTestContext, type TestContext } from './harness'
import {
  comparePlan,
  countMismatches,
  formatMismatches,
  type IndependentPlan,
} from './independent/compare'
import { PLAN_000 } from './independent/plan-000.sql'
import { PLAN_001 } from './independent/plan-001.sql'
import { PLAN_002 } from './independent/plan-002.sql'
import { PLAN_003 } from './independent/plan-003.sql'
import { PLAN_004 } from './independent/plan-004.sql'

const PLANS: readonly IndependentPlan[] = [PLAN_000, PLAN_001, PLAN_002, PLAN_003, PLAN_004]
let context: TestContext
let summaries: CampaignSummary[]

beforeAll(async () => {
  context = await createTestContext()
  summaries = await seedDemoCampaign(context.deps)
}, 300_000)
afterAll(() => context.close())

describe('every target of the seed plans, computed from the plans’ words', () => {
  it('covers every target of every seed plan', async () => {
    for (const plan of PLANS) {
      const { items } = JSON.parse(
        await targetsOutput(context.deps, parseTargetsArgs([plan.planKey, '--json'])),
      ) as { items: { id: string }[] }
      expect(plan.targets.map((target) => target.id).sort()).toEqual(
        items.map((item) => item.id).sort(),
      )
    }
  }, 120_000)

  for (const plan of PLANS)
    it(`${plan.planKey}: the engine agrees at every scope of the demo year`, async () => {
      const summary = summaries.find((each) => each.planKey === plan.planKey)
      expect(summary, `demo year of ${plan.planKey}`).toBeDefined()
      const year = summary?.year ?? 0
      // A full recompute of the demo year through the product (the CLI's `--year`).
      await targetsOutput(
        context.deps,
        parseTargetsArgs([plan.planKey, '--year', String(year), '--json']),
      )
      const { checked, mismatches, missing } = await comparePlan(context.deps.db, plan, year)
      expect(checked).toBeGreaterThanOrEqual(plan.targets.length)
      // S2: units "thiếu số liệu" (kept out of a denominator, never silently): shown, not judged.
      if (Object.keys(missing).length > 0)
        console.log(`${plan.planKey} ${year}: units missing data ${JSON.stringify(missing)}`)
      if (mismatches.length > 0) {
        const counts = [...countMismatches(mismatches)].map(([key, n]) => `${key}: ${n}`)
        console.log(
          `${plan.planKey} ${year}: ${mismatches.length}/${checked} mismatches\n${counts.join('\n')}\n${formatMismatches(mismatches)}`,
        )
      }
      expect(
        mismatches.length,
        `${mismatches.length} of ${checked} values differ from the plan's words:\n${formatMismatches(mismatches.slice(0, 30))}`,
      ).toBe(0)
    }, 180_000)
})
