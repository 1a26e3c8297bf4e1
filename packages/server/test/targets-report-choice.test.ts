// Which report a target reads for a unit: its submitted or accepted yearly report, else its
// latest submitted or accepted quarterly one (a draft never counts). Checked on both engine
// paths: the whole plan in one grouped statement, and one commune alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryAllTargets } from '../src/features/targets/targets.batch'
import { computePlanTargets } from '../src/features/targets/targets.compute'
import { loadPlanContext } from '../src/features/targets/targets.engine'
import { createTestContext, findUnitId, type TestContext } from './harness'

let context: TestContext
// 000-bac-quang-2024: "tuyen-truyen-ho-dan" is over the households each commune reports (its
// numerator is the activity log's, ADR 020): the denominator shows which report was read.
const PLAN = 1
const TARGET = 'tuyen-truyen-ho-dan'
let vietQuang = 0
let vinhTuy = 0

beforeAll(async () => {
  context = await createTestContext()
  vietQuang = await findUnitId(context.deps, 'legacy', '01153')
  vinhTuy = await findUnitId(context.deps, 'legacy', '01156')
  const { db } = context.deps
  const plan = await db
    .selectFrom('plans')
    .select(['plan_key'])
    .where('id', '=', PLAN)
    .executeTakeFirstOrThrow()
  await db.deleteFrom('reports').where('unit_id', 'in', [vietQuang, vinhTuy]).execute()
  const report = async (unitId: number, periodId: string, status: string, households: number) => {
    const unit = await db
      .selectFrom('units')
      .select('path')
      .where('id', '=', unitId)
      .executeTakeFirstOrThrow()
    const figures = { 'unit.households': households }
    await db
      .insertInto('reports')
      .values({
        ...{ plan_key: plan.plan_key, plan_id: PLAN, period_id: periodId, status },
        ...{ unit_id: unitId, unit_path: unit.path, figures: JSON.stringify(figures) },
        ...{ updated_by: 'test', updated_at: new Date() },
      })
      .execute()
  }
  // Việt Quang: quarters only, the latest counted one is Q2 (Q3 is still a draft).
  await report(vietQuang, '2024-Q1', 'accepted', 100)
  await report(vietQuang, '2024-Q2', 'submitted', 300)
  await report(vietQuang, '2024-Q3', 'draft', 990)
  // Vĩnh Tuy: the yearly report wins over a later quarter.
  await report(vinhTuy, '2024', 'accepted', 500)
  await report(vinhTuy, '2024-Q4', 'submitted', 700)
})
afterAll(() => context.close())

async function storedAt(scopeId: number) {
  return context.deps.db
    .selectFrom('target_values')
    .select('denominator')
    .where('plan_id', '=', PLAN)
    .where('target_id', '=', TARGET)
    .where('period_id', '=', '2024')
    .where('scope_unit_id', '=', scopeId)
    .executeTakeFirstOrThrow()
    .then((row) => row.denominator)
}

describe('the report a target reads', () => {
  it('is the yearly one, else the latest counted quarter, over the whole plan', async () => {
    await computePlanTargets(context.deps, PLAN, { today: '2024-12-01' })
    expect(await storedAt(vietQuang)).toBe(300)
    expect(await storedAt(vinhTuy)).toBe(500)
  })

  it('is the same when one commune is computed alone', async () => {
    await context.deps.db.deleteFrom('target_values').where('plan_id', '=', PLAN).execute()
    for (const scopeUnitId of [vietQuang, vinhTuy])
      await computePlanTargets(context.deps, PLAN, { today: '2024-12-01', scopeUnitId })
    expect(await storedAt(vietQuang)).toBe(300)
    expect(await storedAt(vinhTuy)).toBe(500)
  })

  it('is nothing, not a malformed statement, for a plan without targets (a unit’s own plan)', async () => {
    const context_ = await loadPlanContext(context.deps, PLAN, '2024-12-01', 2024)
    const unit = await context.deps.db
      .selectFrom('units')
      .select('path')
      .where('id', '=', vinhTuy)
      .executeTakeFirstOrThrow()
    const values = await queryAllTargets(
      context.deps,
      context_,
      { rootPath: unit.path, scopeIds: [vinhTuy] },
      [],
    )
    expect(values.size).toBe(0)
  })
})
