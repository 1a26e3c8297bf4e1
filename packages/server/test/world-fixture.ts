// A small world for the hand-computed target tests: a test unit tree imported through the
// units API, a copy of a seed plan whose issuer is the tree's top unit (so no demo unit leaks
// into the numbers), then registrations, reports and evaluations through the campaign API on
// a clock the test moves. Each world-<nnn>.test.ts checks every target against literals.
import fs from 'node:fs'
import path from 'node:path'
import {
  findAnttCriteriaSet,
  findCriteriaSet,
  REPORTED_BASE_FIELDS,
  standardKindOfTypedField,
  type AnttUnitKind,
} from '@antq/core'
import { expect } from 'vitest'
import { computePlanTargets } from '../src/features/targets/targets.compute'
import { recordTypedFigures } from './world-records'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { importFile, toCsv } from './helpers'

export type UnitSpec = {
  code: string
  name: string
  kind: string
  parent?: string
  subtype?: string
  area?: 'urban' | 'rural'
  size?: string
  level?: string
  households?: number
  staff?: number
  pupils?: number
  validFrom?: string
  validUntil?: string
}
/** A unit of the world in one line: `unit('W1.CQ', 'agency', 'W1', { staff: 20 })`. */
export function unit(
  code: string,
  kind: string,
  parent?: string,
  extra: Partial<UnitSpec> = {},
): UnitSpec {
  return { code, name: `Đơn vị ${code}`, kind, parent, ...extra }
}

export type TargetRow = {
  targetId: string
  numerator: number | null
  denominator: number | null
  value: number | null
  comparator: string
  threshold: string | number
  status: string
  /** Units with no figure for the target's total ("thiếu số liệu"); null: not a total. */
  missingUnits: number | null
  /** A count's stated denominator and the register's count, at the level owing it. */
  stated: { statedOutOf: number; registerUnits: number; note: string | null } | null
}
export type Expected = Pick<TargetRow, 'numerator' | 'denominator' | 'value' | 'status'>
/** A target with no unit of its scope under the scope (a xã-only target at a thị trấn). */
export const NOT_APPLICABLE: Expected = {
  ...{ numerator: null, denominator: null, value: null, status: 'not_applicable' },
}

const COLUMNS = [
  'code',
  'name',
  'kind',
  'subtype',
  'parent_code',
  'area_type',
  'enterprise_size',
  'school_level',
  'households',
  'staff',
  'pupils',
  'valid_from',
  'valid_until',
] as const
const SEEDS = path.resolve(import.meta.dirname, '../../../plans/seeds')

function unitCsv(units: readonly UnitSpec[]) {
  return toCsv(
    COLUMNS,
    units.map((unit) => ({
      ...{ code: unit.code, name: unit.name, kind: unit.kind, subtype: unit.subtype },
      ...{ parent_code: unit.parent, area_type: unit.area, enterprise_size: unit.size },
      ...{ school_level: unit.level, households: unit.households, staff: unit.staff },
      ...{ pupils: unit.pupils, valid_from: unit.validFrom, valid_until: unit.validUntil },
    })),
  )
}

/** The seed plan re-keyed `<prefix>-<seed id>` and issued by the test unit `issuerCode`. */
function worldPlanText(seedFile: string, issuerCode: string, prefix: string) {
  const text = fs.readFileSync(path.join(SEEDS, seedFile), 'utf8')
  return text
    .replace(/^id: (.+)$/m, `id: ${prefix}-$1`)
    .replace(/^( {4}unitCode: ).+$/m, `$1'${issuerCode}'`)
}

/** Import the units (legacy register) through the units API; every row must pass. */
export async function importWorldUnits(admin: Client, units: readonly UnitSpec[]) {
  const imported = await importFile(admin, {
    fileName: 'world.csv',
    content: unitCsv(units),
    version: 'legacy',
  })
  expect(imported.result.errors, JSON.stringify(imported.result)).toEqual([])
}

/** Import a copy of a seed plan issued by `issuerCode` and publish it; its id. */
export async function publishPlanCopy(
  admin: Client,
  input: { seedFile: string; issuerCode: string; prefix?: string },
): Promise<number> {
  const text = worldPlanText(input.seedFile, input.issuerCode, input.prefix ?? 'world')
  const created = await admin.request({
    method: 'POST',
    url: '/api/plans/import',
    payload: { text },
  })
  expect(created.statusCode, created.body).toBe(200)
  const planId = created.json<{ id: number }>().id
  const published = await admin.request({
    method: 'POST',
    url: `/api/plans/${planId}/actions`,
    payload: { action: 'publish', reason: 'Thế giới thử' },
  })
  expect(published.statusCode, published.body).toBe(200)
  return planId
}

export type World = Awaited<ReturnType<typeof createWorld>>

export async function createWorld(input: {
  seedFile: string
  issuerCode: string
  units: readonly UnitSpec[]
  start: string
}) {
  let now = new Date(`${input.start}T03:00:00Z`)
  const context: TestContext = await createTestContext(() => now)
  let admin: Client = await signIn(context.app, 'admin')
  await importWorldUnits(admin, input.units)
  const planId = await publishPlanCopy(admin, input)
  const rows = await context.deps.db
    .selectFrom('units')
    .select(['id', 'code', 'kind'])
    .where('version', '=', 'legacy')
    .where(
      'code',
      'in',
      input.units.map((unit) => unit.code),
    )
    .execute()
  const ids = new Map(rows.map((row) => [row.code, row.id]))
  const kinds = new Map(rows.map((row) => [row.code, row.kind]))
  const id = (code: string) => ids.get(code) ?? fail(`no unit ${code}`)
  const ok = (response: { statusCode: number; body: string }, what: string) =>
    expect(response.statusCode, `${what}: ${response.body}`).toBe(200)

  return {
    context,
    planId,
    id,
    /** Move the clock (Vietnam morning of `date`) and sign in again. */
    async at(date: string) {
      now = new Date(`${date}T03:00:00Z`)
      admin = await signIn(context.app, 'admin')
    },
    async register(year: number, codes: readonly string[], pledge: Partial<Pledge> = {}) {
      const items = codes.map((code) => ({
        unitId: id(code),
        pledge: { takePart: true, strivesForAntt: true, ...pledge },
      }))
      const url = `/api/plans/${planId}/registrations`
      ok(await admin.request({ method: 'PUT', url, payload: { year, items } }), 'register')
    },
    /** Save a report for the period and submit it. */
    async report(periodId: string, code: string, typed: Record<string, unknown>) {
      // A yes/no a standard kind stands for is also the unit's standard record (issue 12 item 5:
      // the targets read the records); a base one the records replaced is off the form.
      const figures = { ...typed }
      for (const [field, value] of Object.entries(typed)) {
        const kind = standardKindOfTypedField(field)
        if (!kind || typeof value !== 'boolean') continue
        await standard(code, kind.id, value, `${periodId.slice(0, 4)}-06-15`)
        if (field in REPORTED_BASE_FIELDS) delete figures[field]
      }
      await recordTypedFigures(context.deps.db, id(code), Number(periodId.slice(0, 4)), typed)
      const url = `/api/plans/${planId}/reports/${id(code)}/${periodId}`
      ok(await admin.request({ method: 'PUT', url, payload: { figures } }), `report ${code}`)
      const submit = { action: 'submit' }
      ok(await admin.request({ method: 'POST', url: `${url}/actions`, payload: submit }), code)
    },
    /** Recognised ANTT: every criterion answered yes, then the managing level's decision. */
    async recogniseAntt(year: number, code: string) {
      const set = findAnttCriteriaSet(kinds.get(code) as AnttUnitKind)
      const answers = Object.fromEntries((set?.items ?? []).map((item) => [item.id, true]))
      await evaluate(year, code, 'antt', { answers })
      await evaluate(year, code, 'antt', {
        decisionNumber: `${code}/QĐ`,
        decisionDate: `${year}-11-20`,
      })
    },
    /** Movement classification: QĐ 510 classes by the reviewer's score (90/70/50/0). */
    classify: (year: number, code: string, score: number, criteriaSetKey?: string) =>
      evaluate(year, code, 'movement', {
        ...(criteriaSetKey ? { criteriaSetKey } : {}),
        selfScore: score,
        reviewerScore: score,
      }),
    /** Exemplary (QĐ 9745): every criterion met, then the decision. */
    async recogniseExemplary(year: number, code: string) {
      const setKey = kinds.get(code) === 'commune' ? 'qd9745-xa' : 'qd9745-cqdncsgd'
      const items = findCriteriaSet(setKey)?.items ?? []
      const answers = Object.fromEntries(items.map((item) => [item.id, true]))
      await evaluate(year, code, 'exemplary', { answers })
      await evaluate(year, code, 'exemplary', {
        decisionNumber: `${code}/ĐH`,
        decisionDate: `${year}-10-20`,
      })
    },
    evaluate,
    /** A unit standard (19.2, fire safety…) held or not from `validFrom`, with its decision. */
    standard,
    /** The full computation of every target for every scope, as `antq targets` runs it. */
    compute: (today: string) => computePlanTargets(context.deps, planId, { today }),
    async targets(code: string): Promise<Map<string, TargetRow>> {
      const url = `/api/plans/${planId}/targets?scopeUnitId=${id(code)}`
      const response = await admin.request({ method: 'GET', url })
      ok(response, `targets ${code}`)
      const items = response.json<{ items: TargetRow[] }>().items
      return new Map(items.map((item) => [item.targetId, item]))
    },
    /** A request as the administrator (for checks of refusals). */
    request: (options: Parameters<Client['request']>[0]) => admin.request(options),
    close: () => context.close(),
  }

  async function standard(code: string, kind: string, held: boolean, validFrom = '2024-06-15') {
    const url = `/api/units/${id(code)}/standards`
    const payload = {
      ...{ kind, status: held ? 'dat' : 'khong_dat', validFrom },
      ...{ decisionNumber: `${code}/QĐ-CN`, decisionDate: validFrom, decisionIssuer: 'UBND' },
    }
    ok(await admin.request({ method: 'POST', url, payload }), `standard ${kind} ${code}`)
  }

  async function evaluate(year: number, code: string, kind: string, payload: object) {
    const url = `/api/units/${id(code)}/evaluations/${kind}/${year}`
    ok(await admin.request({ method: 'PUT', url, payload }), `${kind} ${code}`)
  }
}

type Pledge = { takePart: boolean; strivesForAntt: boolean; buildsExemplary: boolean }

function fail(message: string): never {
  throw new Error(message)
}

/** Every target of the plan at one scope, each checked against its hand-computed numbers. */
export async function expectTargets(
  world: World,
  scopeCode: string,
  expected: Record<string, Expected>,
) {
  const actual = await world.targets(scopeCode)
  const pick = (row: TargetRow | undefined) =>
    row && {
      numerator: row.numerator,
      denominator: row.denominator,
      value: row.value === null ? null : Number(row.value.toFixed(6)),
      status: row.status,
    }
  const got = Object.fromEntries([...actual.keys()].map((key) => [key, pick(actual.get(key))]))
  const want = Object.fromEntries(
    Object.entries(expected).map(([key, row]) => [
      key,
      { ...row, value: row.value === null ? null : Number(row.value.toFixed(6)) },
    ]),
  )
  expect(got, `targets at ${scopeCode}`).toEqual(want)
}
