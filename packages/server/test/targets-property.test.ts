// Properties of the targets engine on random worlds (seeded, so a failure replays): for every
// target that adds up (sums and fractions), the value stored at a scope is the aggregate of its
// child scopes' values and of its own units (those under no child scope); and after writes
// through the API (an evaluation, a report submitted, a registration), the incrementally
// recomputed values equal a full recompute. Plans 002, 003, 004 copied onto each random province.
import {
  aggregateTargetValues,
  aggregationOf,
  buildReportForm,
  type Plan,
  type TargetValue,
  type UnitKind,
} from '@antq/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRandom, type Random } from '../src/demo/random'
import { computePlanTargets } from '../src/features/targets/targets.compute'
import { queryTarget } from '../src/features/targets/targets.engine'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { importWorldUnits, publishPlanCopy, unit, type UnitSpec } from './world-fixture'
import { insertCampaignData, type WorldUnit } from './targets-property-data'

const SEEDS = ['002-luc-ngan-2020-2025.yaml', '003-tay-ninh-2024.yaml', '004-dong-thap-2024.yaml']
const TODAY = '2024-12-01'
let context: TestContext
let admin: Client

beforeAll(async () => {
  context = await createTestContext(() => new Date(`${TODAY}T03:00:00Z`))
  admin = await signIn(context.app, 'admin')
}, 180_000)
afterAll(() => context.close())

const BODIES = ['agency', 'enterprise', 'school', 'organisation'] as const

/** A random province: districts, communes, residential areas and bodies at every level. */
function randomTree(random: Random, root: string): UnitSpec[] {
  const body = (code: string, parent: string): UnitSpec => {
    const kind = random.pick(BODIES)
    return unit(code, kind, parent, {
      size: kind === 'enterprise' ? random.pick(['micro', 'small', 'medium', 'large']) : undefined,
      level:
        kind === 'school'
          ? random.pick(['primary', 'kindergarten', 'lower_secondary', 'upper_secondary'])
          : undefined,
      staff: random.int(5, 60),
      pupils: kind === 'school' ? random.int(50, 600) : undefined,
      validFrom: random.next() < 0.1 ? '01/03/2025' : undefined,
    })
  }
  const units = [unit(root, 'province'), body(`${root}.B0`, root)]
  for (let d = 1; d <= random.int(1, 3); d++) {
    const district = `${root}.D${d}`
    units.push(unit(district, 'district', root))
    if (random.next() < 0.5) units.push(body(`${district}.B0`, district))
    for (let c = 1; c <= random.int(1, 3); c++) {
      const commune = `${district}.C${c}`
      const subtype = random.pick(['xa', 'phuong', 'thi_tran'])
      units.push(unit(commune, 'commune', district, { subtype, households: random.int(100, 900) }))
      for (let k = 1; k <= random.int(0, 4); k++)
        units.push(
          random.next() < 0.5
            ? body(`${commune}.B${k}`, commune)
            : unit(`${commune}.A${k}`, 'residential_area', commune, {
                area: random.pick(['urban', 'rural']),
                households: random.int(20, 200),
              }),
        )
    }
  }
  return units
}

type Scope = { id: number; path: string }

/** The scopes directly below `scope` (no other scope in between). */
function childScopes(scope: Scope, scopes: readonly Scope[]): Scope[] {
  const below = scopes.filter((each) => each.id !== scope.id && each.path.startsWith(scope.path))
  return below.filter(
    (each) => !below.some((other) => other.id !== each.id && each.path.startsWith(other.path)),
  )
}

const normalise = (value: TargetValue, aggregate: 'fraction' | 'sum'): TargetValue => ({
  numerator: value.numerator ?? 0,
  denominator: aggregate === 'fraction' ? (value.denominator ?? 0) : null,
})

async function storedValues(planId: number) {
  const rows = await context.deps.db
    .selectFrom('target_values')
    .select(['target_id', 'scope_unit_id', 'numerator', 'denominator', 'value', 'status'])
    .where('plan_id', '=', planId)
    .orderBy('target_id')
    .orderBy('scope_unit_id')
    .execute()
  return rows.map((row) => ({
    ...row,
    numerator: row.numerator === null ? null : Number(row.numerator),
    denominator: row.denominator === null ? null : Number(row.denominator),
    value: row.value === null ? null : Number(row.value),
  }))
}

/** Every scope's stored value of every summable target equals its children's plus its own units'. */
async function checkAggregation(planId: number, units: readonly WorldUnit[]) {
  const { scopes, context: plan } = await computePlanTargets(context.deps, planId, { today: TODAY })
  const stored = await storedValues(planId)
  const at = (targetId: string, scopeId: number) =>
    stored.find((row) => row.target_id === targetId && row.scope_unit_id === scopeId)
  let checked = 0
  for (const target of plan.plan.targets) {
    const aggregate = aggregationOf(target.measure)
    if (aggregate !== 'fraction' && aggregate !== 'sum') continue
    for (const scope of scopes) {
      const children = childScopes(scope, scopes)
      const perUnit = await queryTarget(
        context.deps,
        plan,
        target,
        { rootPath: scope.path, scopeIds: [scope.id] },
        'unit.id',
      )
      const own = units.filter(
        (each) =>
          each.path.startsWith(scope.path) &&
          !children.some((child) => each.path.startsWith(child.path)),
      )
      const parts = [
        ...children.map(
          (child) => at(target.id, child.id) ?? { numerator: null, denominator: null },
        ),
        ...own.map((each) => perUnit.get(each.id) ?? { numerator: null, denominator: null }),
      ]
      const expected = normalise(
        aggregateTargetValues(
          parts.map((part) => normalise(part, aggregate)),
          aggregate,
        ),
        aggregate,
      )
      const actual = normalise(
        at(target.id, scope.id) ?? { numerator: null, denominator: null },
        aggregate,
      )
      expect(actual, `${plan.key} ${target.id} at ${scope.path}`).toEqual(expected)
      checked += 1
    }
  }
  return checked
}

describe.each([1, 2])('random world %i', (round) => {
  const random = createRandom(`targets-property-${round}`)
  const root = `R${round}`
  const planIds: number[] = []
  let units: WorldUnit[] = []

  it('builds the world: units, three plans, random registrations, reports, evaluations', async () => {
    await importWorldUnits(admin, randomTree(random, root))
    for (const seedFile of SEEDS)
      planIds.push(
        await publishPlanCopy(admin, { seedFile, issuerCode: root, prefix: `prop${round}` }),
      )
    units = await insertCampaignData(context.deps, random, { root, planIds, year: 2024 })
    expect(units.length).toBeGreaterThan(3)
  })

  it('stores at each scope the aggregate of its child scopes and its own units', async () => {
    let checked = 0
    for (const planId of planIds) checked += await checkAggregation(planId, units)
    expect(checked).toBeGreaterThan(20)
  })

  it('gives after API writes the same stored values as a full recompute', async () => {
    for (let step = 0; step < 3; step++) {
      const target = random.pick(
        units.filter((each) => each.kind !== 'province' && each.kind !== 'district'),
      )
      const score = random.int(0, 100)
      const url = `/api/units/${target.id}/evaluations/movement/2024`
      const saved = await admin.request({
        method: 'PUT',
        url,
        payload: { selfScore: score, reviewerScore: score },
      })
      expect(saved.statusCode, saved.body).toBe(200)
      await writeReport(random.pick(planIds), random.pick(units), random)
      await register(planIds[1] ?? 0, random.pick(units), random)
    }
    for (const planId of planIds) {
      const incremental = await storedValues(planId)
      await computePlanTargets(context.deps, planId, { today: TODAY })
      expect(incremental, `plan ${planId}`).toEqual(await storedValues(planId))
    }
  })
})

/** A yearly report for a unit with a form (every field filled, as a submission requires). */
async function writeReport(planId: number, target: WorldUnit, random: Random) {
  const row = await context.deps.db
    .selectFrom('plans')
    .select('definition')
    .where('id', '=', planId)
    .executeTakeFirstOrThrow()
  const form = buildReportForm(row.definition as Plan, target.kind as UnitKind)
  if (form.fields.length === 0) return
  const figures = Object.fromEntries(
    form.fields.map((field) => [
      field.id,
      field.type === 'boolean'
        ? random.next() < 0.5
        : field.type === 'number'
          ? 0
          : (field.values[0]?.value ?? 'x'),
    ]),
  )
  const url = `/api/plans/${planId}/reports/${target.id}/2024`
  const saved = await admin.request({ method: 'PUT', url, payload: { figures } })
  if (saved.statusCode !== 200) return
  const submitted = await admin.request({
    method: 'POST',
    url: `${url}/actions`,
    payload: { action: 'submit' },
  })
  expect(submitted.statusCode, submitted.body).toBe(200)
}

/** Register a unit for plan 003's copy (no registration deadline); refusals are skipped. */
async function register(planId: number, target: WorldUnit, random: Random) {
  const pledge = { takePart: true, strivesForAntt: random.next() < 0.5 }
  await admin.request({
    method: 'PUT',
    url: `/api/plans/${planId}/registrations`,
    payload: { year: 2024, items: [{ unitId: target.id, pledge }] },
  })
}
