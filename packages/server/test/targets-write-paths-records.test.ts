// The record write paths (activity log, model register) leave the stored targets equal to a full
// recompute, and so does a recompute naming a unit together with its ancestors: the chains are
// redone deepest first, so a district's fresh value is never shifted again by its commune's
// change (before, a session reaching one more household moved the district by two).
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computePlanTargets } from '../src/features/targets/targets.compute'
import { recomputeTargets } from '../src/features/targets/targets-recompute'
import { createWorld, unit, type UnitSpec, type World } from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('R02', 'province'),
  unit('R034', 'district', 'R02'),
  unit('R1', 'commune', 'R034', { subtype: 'xa', households: 1000 }),
  unit('R1.K1', 'residential_area', 'R1'),
  unit('R1.CQ', 'agency', 'R1', { staff: 20 }),
  unit('R2', 'commune', 'R034', { subtype: 'xa', households: 500 }),
]
const YEAR = 2024
let world: World
let world002: World

const readYear = (on = world, year = YEAR) =>
  on.context.deps.db
    .selectFrom('target_values')
    .select(['target_id', 'scope_unit_id', 'numerator', 'denominator', 'value', 'status'])
    .where('plan_id', '=', on.planId)
    .where('period_id', '=', String(year))
    .orderBy('target_id')
    .orderBy('scope_unit_id')
    .execute()

/** The stored year after `write` equals a full recompute; returns the district's household figure. */
async function expectRecomputed(
  write: () => Promise<unknown>,
  { on = world, year = YEAR, target = 'tuyen-truyen-ho-dan', scope = 'R034' } = {},
) {
  await write()
  const stored = await readYear(on, year)
  await computePlanTargets(on.context.deps, on.planId, { year })
  expect(stored).toEqual(await readYear(on, year))
  return stored.find((row) => row.target_id === target && row.scope_unit_id === on.id(scope))
}

async function post(url: string, payload: object, on = world) {
  const response = await on.request({ method: 'POST', url, payload })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<{ id: number }>()
}

const session = (reached: number, areaId: number | null = null) => ({
  ...{ heldOn: '2024-06-10', kind: 'session', audience: 'households', reached },
  ...{ title: 'Tuyên truyền phòng, chống tội phạm', areaId, fileId: null },
})

beforeAll(async () => {
  world = await createWorld({
    seedFile: '000-bac-quang-2024.yaml',
    issuerCode: 'R034',
    units: UNITS,
    start: '2024-03-01',
  })
  await world.at('2024-06-20')
  await computePlanTargets(world.context.deps, world.planId, { year: YEAR })
  world002 = await createWorld({
    seedFile: '002-luc-ngan-2020-2025.yaml',
    issuerCode: 'L219',
    units: [
      unit('L0', 'province'),
      unit('L219', 'district', 'L0'),
      unit('L1', 'commune', 'L219', { subtype: 'xa', households: 400 }),
    ],
    start: '2025-03-01',
  })
  await world002.at('2025-06-01')
  await computePlanTargets(world002.context.deps, world002.planId, { year: 2025 })
}, 360_000)
afterAll(async () => {
  await world.close()
  await world002.close()
})

describe('record write paths recompute the year as a full recompute would', () => {
  it('a session in a commune, then a larger one: the district moves by the commune’s move', async () => {
    const first = await expectRecomputed(() =>
      post(`/api/units/${world.id('R1')}/activities`, session(600)),
    )
    expect(first?.numerator).toBe(600)
    const second = await expectRecomputed(() =>
      post(`/api/units/${world.id('R1')}/activities`, session(601)),
    )
    expect(second?.numerator).toBe(601)
  })

  it('a session in a khu dân cư and one in another commune', async () => {
    await expectRecomputed(() =>
      post(`/api/units/${world.id('R1')}/activities`, session(700, world.id('R1.K1'))),
    )
    const both = await expectRecomputed(() =>
      post(`/api/units/${world.id('R2')}/activities`, session(450)),
    )
    expect(both?.numerator).toBe(700 + 450)
  })

  it('a model registered, planned and reviewed in a commune', async () => {
    const model = await expectRecomputed(async () => {
      const created = await post(`/api/units/${world.id('R1')}/models`, {
        ...{ name: 'Tự quản về ANTT thôn 1', typeId: 'tu-quan-antt', members: 12 },
        startedOn: '2024-01-05',
      })
      const plan = { adoptedOn: '2024-01-10', targetCount: 10 }
      await world.request({
        method: 'PUT',
        url: `/api/models/${created.id}/plans/2024`,
        payload: plan,
      })
      const review = { targetsDone: 10, reviewedOn: '2024-03-31' }
      const url = `/api/models/${created.id}/reviews/2024/q1`
      const reviewed = await world.request({ method: 'PUT', url, payload: review })
      expect(reviewed.statusCode, reviewed.body).toBe(200)
    })
    expect(model).toBeDefined()
    const rows = await readYear()
    const effective = rows.find(
      (row) => row.target_id === 'mo-hinh-hieu-qua' && row.scope_unit_id === world.id('R034'),
    )
    expect(effective?.numerator).toBe(1) // R1 (R1.CQ and R2 keep none)
  })

  it('a recompute naming a unit and its ancestors moves each scope once', async () => {
    await sql`insert into activities (unit_id, held_on, kind, audience, reached, title,
        recorded_by, recorded_at)
      values (${world.id('R1')}, '2024-07-01', 'session', 'households', 900,
        'Hội nghị toàn xã', 'admin', now())`.execute(world.context.deps.db)
    const ids = ['R02', 'R034', 'R1'].map((code) => world.id(code))
    const district = await expectRecomputed(() =>
      recomputeTargets(world.context.deps, { year: YEAR, unitIds: ids }),
    )
    expect(district?.numerator).toBe(900 + 450)
  })

  it('an article placed by a commune: plan 000 counts no district, so only the commune’s chain is redone', async () => {
    const article = {
      ...{ heldOn: '2024-06-12', kind: 'provincial_article', audience: 'public', reached: null },
      ...{ title: 'Gương điển hình thôn 1', areaId: null, fileId: null },
    }
    await expectRecomputed(() => post(`/api/units/${world.id('R1')}/activities`, article))
    const deps = world.context.deps
    const ids = ['R02', 'R034', 'R1'].map((code) => world.id(code))
    const named = await recomputeTargets(deps, { year: YEAR, unitIds: ids })
    expect(named).toBe(await recomputeTargets(deps, { year: YEAR, unitIds: [world.id('R1')] }))
  })

  it('a broadcast placed by a commune: the district’s own yearly count moves (plan 002 II.5)', async () => {
    const broadcast = {
      ...{ heldOn: '2025-05-02', kind: 'district_broadcast', audience: 'public', reached: null },
      ...{ title: 'Phóng sự về tổ tự quản', areaId: null, fileId: null },
    }
    const moved = await expectRecomputed(
      () => post(`/api/units/${world002.id('L1')}/activities`, broadcast, world002),
      { on: world002, year: 2025, target: 'tin-bai-huyen', scope: 'L219' },
    )
    expect(moved?.numerator).toBe(1)
  })
})
