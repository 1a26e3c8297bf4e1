// Plan 002 (Lục Ngạn 2020–2025) keeps computing for its last year across the 2025 reform
// (issue 10 item 7, ADR 011): the legacy commune C1 merged into the 2025 commune N1, whose units
// (valid from 01/07/2025) report for 2025 and are counted under the legacy district; the legacy
// commune C2, with no recorded successor, keeps counting as itself; C1's own legacy units do not
// count twice. Clause II.1: "Hằng năm, 100% các văn bản … được triển khai đến xã, thị trấn
// CQDNNT, khu dân cư để thực hiện" — share of the territory's communes, agencies, enterprises,
// schools and residential areas whose report says every document was deployed.
import { findAnttCriteriaSet } from '@antq/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computePlanTargets } from '../src/features/targets/targets.compute'
import { importFile, toCsv } from './helpers'
import { signIn } from './harness'
import { createWorld, unit, type World } from './world-fixture'

const KDC = 'residential_area'
const LEGACY = [
  unit('TL0', 'province'),
  unit('TL219', 'district', 'TL0'),
  unit('TL219.CQ', 'agency', 'TL219', { staff: 40 }),
  unit('TC1', 'commune', 'TL219', { subtype: 'xa', households: 400 }),
  unit('TC1.A1', KDC, 'TC1', { area: 'rural', households: 400 }),
  unit('TC2', 'commune', 'TL219', { subtype: 'thi_tran', households: 300 }),
  unit('TC2.A1', KDC, 'TC2', { area: 'urban', households: 300 }),
]
/** The 2025 register (valid from 01/07/2025 by default): N1 is what TC1 became. */
const CURRENT = [
  unit('TN0', 'province'),
  unit('TN1', 'commune', 'TN0', { subtype: 'xa', households: 500 }),
  unit('TN1.A1', KDC, 'TN1', { area: 'rural', households: 200 }),
  unit('TN1.A2', KDC, 'TN1', { area: 'rural', households: 300 }),
]
const PLAN_KEY = 'world-002-luc-ngan-2020-2025'
let world: World
const ids = new Map<string, number>()

async function insertReport(code: string, deployed: boolean) {
  const row = await world.context.deps.db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('id', '=', ids.get(code) ?? 0)
    .executeTakeFirstOrThrow()
  await world.context.deps.db
    .insertInto('reports')
    .values({
      ...{ plan_key: PLAN_KEY, plan_id: world.planId, period_id: '2025' },
      ...{ unit_id: row.id, unit_path: row.path, status: 'submitted', updated_by: 'test' },
      figures: JSON.stringify({ 'documents.all_deployed': deployed }),
      updated_at: new Date('2025-11-20T03:00:00Z'),
    })
    .execute()
}

beforeAll(async () => {
  world = await createWorld({
    seedFile: '002-luc-ngan-2020-2025.yaml',
    issuerCode: 'TL219',
    units: LEGACY,
    start: '2025-02-01',
  })
  const admin = await signIn(world.context.app, 'admin')
  const columns = ['code', 'name', 'kind', 'subtype', 'parent_code', 'area_type', 'households']
  const imported = await importFile(admin, {
    fileName: 'current.csv',
    version: '2025',
    content: toCsv(
      columns,
      CURRENT.map((each) => ({
        ...{ code: each.code, name: each.name, kind: each.kind, subtype: each.subtype },
        ...{ parent_code: each.parent, area_type: each.area, households: each.households },
      })),
    ),
  })
  expect(imported.result.errors).toEqual([])
  const rows = await world.context.deps.db
    .selectFrom('units')
    .select(['id', 'code'])
    .where(
      'code',
      'in',
      [...LEGACY, ...CURRENT].map((each) => each.code),
    )
    .execute()
  for (const row of rows) ids.set(row.code, row.id)
  await world.context.deps.db
    .insertInto('unit_merges')
    .values({ old_unit_id: ids.get('TC1') ?? 0, new_unit_id: ids.get('TN1') ?? 0, type: 'full' })
    .execute()
  // Before the reform, TC1 and its village reported "not deployed"; they were replaced by N1.
  for (const code of ['TC1', 'TC1.A1', 'TC2']) await insertReport(code, false)
  for (const code of ['TL219.CQ', 'TC2.A1', 'TN1', 'TN1.A1']) await insertReport(code, true)
  await insertReport('TN1.A2', false)
  await world.at('2026-01-10')
  await world.compute('2026-01-10')
}, 180_000)
afterAll(() => world.close())

async function valueAt(code: string, targetId: string) {
  const rows = await world.targets(code)
  const row = rows.get(targetId)
  return row && { numerator: row.numerator, denominator: row.denominator }
}

describe('plan 002’s last year, 2025, across the reform', () => {
  it('counts at the district the units found under the new commune, not the merged ones', async () => {
    // TL219.CQ yes, TC2 no, TC2.A1 yes, TN1 yes, TN1.A1 yes, TN1.A2 no: 4/6
    expect(await valueAt('TL219', 'van-ban-trien-khai')).toEqual({ numerator: 4, denominator: 6 })
    // Rural households from the register: TN1.A1 200 + TN1.A2 300 (TC1.A1's 400 replaced)
    const cameras = await valueAt('TL219', 'camera-ho-nong-thon')
    expect(cameras?.denominator).toBe(500)
  })

  it('keeps the unmerged legacy commune as a scope with its own units', async () => {
    // TC2 no, TC2.A1 yes
    expect(await valueAt('TC2', 'van-ban-trien-khai')).toEqual({ numerator: 1, denominator: 2 })
  })

  it('stores the new commune as a scope of the plan, with its 2025 units', async () => {
    const stored = await world.context.deps.db
      .selectFrom('target_values')
      .select(['scope_unit_id', 'numerator', 'denominator'])
      .where('plan_id', '=', world.planId)
      .where('period_id', '=', '2025')
      .where('target_id', '=', 'van-ban-trien-khai')
      .execute()
    const byScope = new Map(stored.map((row) => [row.scope_unit_id, row]))
    expect(byScope.get(ids.get('TN1') ?? 0)).toMatchObject({ numerator: 2, denominator: 3 })
    expect(byScope.has(ids.get('TC1') ?? 0)).toBe(false)
  })

  it('opens the new commune’s dashboard for 2025 (a scope of the plan’s territory)', async () => {
    const admin = await signIn(world.context.app, 'admin')
    const url = `/api/plans/${world.planId}/targets?year=2025&scopeUnitId=${ids.get('TN1') ?? 0}`
    const response = await admin.request({ method: 'GET', url })
    expect(response.statusCode, response.body).toBe(200)
    const items = response.json<{ items: { targetId: string; numerator: number | null }[] }>()
    const row = items.items.find((item) => item.targetId === 'van-ban-trien-khai')
    expect(row).toMatchObject({ numerator: 2, denominator: 3 })
    const before = await admin.request({
      method: 'GET',
      url: url.replace('year=2025', 'year=2024'),
    })
    expect(before.json<{ error?: { code: string } }>().error?.code).toBe('VALIDATION')
  })

  it('recomputes the year whole after a write (the chain of a new unit is not the issuer’s)', async () => {
    await world.context.deps.db
      .updateTable('reports')
      .set({ figures: JSON.stringify({ 'documents.all_deployed': true }) })
      .where('unit_id', '=', ids.get('TN1.A2') ?? 0)
      .execute()
    const { recomputeTargets } = await import('../src/features/targets/targets-recompute')
    await recomputeTargets(world.context.deps, {
      ...{ planId: world.planId, year: 2025, unitIds: [ids.get('TN1.A2') ?? 0] },
    })
    expect(await valueAt('TL219', 'van-ban-trien-khai')).toEqual({ numerator: 5, denominator: 6 })
  })

  it('recomputes 2025 after an evaluation of a unit of the new commune (no plan of its own path)', async () => {
    // II.8 "trên 95% … được công nhận đạt tiêu chuẩn an toàn về an ninh, trật tự": TN1.A1,
    // a residential area of the 2025 commune TN1, recognised for 2025 through the API.
    const before = await valueAt('TL219', 'cong-nhan-antt')
    const admin = await signIn(world.context.app, 'admin')
    const url = `/api/units/${ids.get('TN1.A1') ?? 0}/evaluations/antt/2025`
    const items = findAnttCriteriaSet('residential_area')?.items ?? []
    const answers = Object.fromEntries(items.map((item) => [item.id, true]))
    for (const payload of [
      { answers },
      { decisionNumber: '7/QĐ-UBND', decisionDate: '2025-11-20' },
    ]) {
      const response = await admin.request({ method: 'PUT', url, payload })
      expect(response.statusCode, response.body).toBe(200)
    }
    const after = await valueAt('TL219', 'cong-nhan-antt')
    expect(after?.numerator).toBe((before?.numerator ?? 0) + 1)
    const stored = await world.targets('TL219')
    await computePlanTargets(world.context.deps, world.planId, { year: 2025 })
    expect(await world.targets('TL219')).toEqual(stored)
  })
})
