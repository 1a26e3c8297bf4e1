// Plan 000 IV.3 "Không có đơn vị bị phân loại phong trào Yếu." (count = 0) counts over the units
// classified (movement.class set): with nobody classified at a scope the count says nothing —
// "Chưa có số liệu" (no_data), never "Đạt" — on a small world read after the plan's year
// (10/01/2025: every status final). A classification (an evaluation written through the API)
// recomputes 2024 and turns the scope's 0 into a real one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computePlanTargets } from '../src/features/targets/targets.compute'
import { createWorld, unit, type UnitSpec, type World } from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('W02', 'province'),
  unit('W034', 'district', 'W02'),
  unit('W1', 'commune', 'W034', { subtype: 'xa', households: 1000 }),
  unit('W1.K1', 'residential_area', 'W1'),
  unit('W2', 'commune', 'W034', { subtype: 'thi_tran', households: 500 }),
  unit('W2.K1', 'residential_area', 'W2'),
]
const YEAR = 2024
const TARGET = 'khong-co-yeu'
let world: World

beforeAll(async () => {
  world = await createWorld({
    seedFile: '000-bac-quang-2024.yaml',
    issuerCode: 'W034',
    units: UNITS,
    start: '2025-01-10',
  })
}, 180_000)
afterAll(() => world.close())

const noWeak = async (code: string) => {
  const row = (await world.targets(code)).get(TARGET)
  return row && { numerator: row.numerator, value: row.value, status: row.status }
}
const NO_DATA = { numerator: null, value: null, status: 'no_data' }

describe('IV.3 "Không có đơn vị bị phân loại phong trào Yếu" (= 0)', () => {
  it('is no data while nobody is classified, at every scope', async () => {
    for (const code of ['W034', 'W1', 'W2']) expect(await noWeak(code), code).toEqual(NO_DATA)
  })

  it('is met where someone is classified and none "Yếu"; still no data where nobody is', async () => {
    await world.classify(YEAR, 'W1', 70) // Khá
    expect(await noWeak('W034')).toEqual({ numerator: 0, value: 0, status: 'met' })
    expect(await noWeak('W1')).toEqual({ numerator: 0, value: 0, status: 'met' })
    expect(await noWeak('W2')).toEqual(NO_DATA)
  })

  it('is missed once one unit is "Yếu"; stored values equal a full recompute', async () => {
    await world.classify(YEAR, 'W2.K1', 0) // Yếu
    expect(await noWeak('W2')).toEqual({ numerator: 1, value: 1, status: 'missed' })
    expect(await noWeak('W034')).toEqual({ numerator: 1, value: 1, status: 'missed' })
    const read = () =>
      world.context.deps.db
        .selectFrom('target_values')
        .select(['scope_unit_id', 'numerator', 'status'])
        .where('plan_id', '=', world.planId)
        .where('target_id', '=', TARGET)
        .where('period_id', '=', String(YEAR))
        .orderBy('scope_unit_id')
        .execute()
    const stored = await read()
    await computePlanTargets(world.context.deps, world.planId, { year: YEAR })
    expect(await read()).toEqual(stored)
  })
})
