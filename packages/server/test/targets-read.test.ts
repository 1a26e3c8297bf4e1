// The dashboard's lean read path: "data as of" by walking the latest distinct write times
// (checked against a plain max over every row, for every scope, with a bulk load sharing one
// timestamp, many distinct later writes and a scope only the fallback reaches), and the parsed
// plan definition kept in memory only while the plan's row_version and status are unchanged.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findDataAsOf } from '../src/features/targets/targets-as-of.repository'
import { findPlanById, updatePlanContent } from '../src/features/plans/plans.repository'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'

let context: TestContext
let owner: Client
const PLAN = 1 // 000-bac-quang-2024
const PLAN_KEY = '000-bac-quang-2024'
const T0 = Date.parse('2024-03-01T00:00:00Z')
const minutes = (n: number) => new Date(T0 + n * 60_000)
type Unit = { id: number; path: string }
let district: Unit
let quiet: Unit // a commune whose only writes are the bulk load's

async function unitsUnder(path: string) {
  return sql<Unit>`select id, path from units where path like ${`${path}%`} and path <> ${path}
    order by path`
    .execute(context.deps.db)
    .then((result) => result.rows)
}

async function naiveDataAsOf(path: string) {
  const like = `${path}%`
  const row = await sql<{ at: Date | null }>`select greatest(
      (select max(registered_at) from registrations where plan_key = ${PLAN_KEY} and unit_path like ${like}),
      (select max(updated_at) from evaluations where unit_path like ${like}),
      (select max(updated_at) from reports where plan_key = ${PLAN_KEY} and unit_path like ${like})
    ) as at`.execute(context.deps.db)
  const at = row.rows[0]?.at
  return at ? new Date(at).toISOString() : null
}

beforeAll(async () => {
  context = await createTestContext()
  owner = await signIn(context.app, 'congan.bacquang')
  const districtId = await findUnitId(context.deps, 'legacy', '034')
  const quietId = await findUnitId(context.deps, 'legacy', '01153')
  const byId = async (unitId: number) =>
    context.deps.db
      .selectFrom('units')
      .select(['id', 'path'])
      .where('id', '=', unitId)
      .executeTakeFirstOrThrow()
  district = await byId(districtId)
  quiet = await byId(quietId)
  const units = await unitsUnder(district.path)
  // A bulk load: every unit registered at one instant.
  await context.deps.db
    .insertInto('registrations')
    .values(
      units.map((unit) => ({
        ...{ plan_key: PLAN_KEY, plan_id: PLAN, year: 2024, unit_id: unit.id },
        ...{ unit_path: unit.path, registered_by: 'test', registered_at: minutes(0) },
      })),
    )
    .execute()
  // Then many later writes, one instant each, none under the quiet commune: more distinct times
  // than the walk looks at, so the quiet commune is answered by the fallback.
  const others = units.filter((unit) => !unit.path.startsWith(quiet.path))
  expect(others.length).toBeGreaterThan(40)
  for (const [i, unit] of others.slice(0, 40).entries())
    await sql`update registrations set registered_at = ${minutes(i + 1)}
      where plan_key = ${PLAN_KEY} and unit_id = ${unit.id}`.execute(context.deps.db)
  const evaluated = others[3]!
  await context.deps.db
    .insertInto('evaluations')
    .values({
      ...{ unit_id: evaluated.id, unit_path: evaluated.path, kind: 'antt', evaluation_year: 2024 },
      ...{ result: 'dat', decided_by: 'test', updated_at: minutes(25) },
    })
    .execute()
  const reported = units.find((unit) => unit.path.startsWith(quiet.path))!
  await context.deps.db
    .insertInto('reports')
    .values({
      ...{ plan_key: PLAN_KEY, plan_id: PLAN, period_id: '2024', unit_id: reported.id },
      ...{ unit_path: reported.path, status: 'draft', figures: '{}', updated_by: 'test' },
      updated_at: minutes(-5),
    })
    .execute()
})
afterAll(() => context.close())

describe('data as of a scope', () => {
  it('equals the latest write under every scope, whichever way it is found', async () => {
    const scopes = [district, ...(await unitsUnder(district.path))]
    const province = district.path.split('.').slice(0, 1).join('.') + '.'
    for (const path of [province, ...scopes.map((unit) => unit.path)])
      expect(await findDataAsOf(context.deps.db, PLAN_KEY, path), path).toBe(
        await naiveDataAsOf(path),
      )
    expect(await findDataAsOf(context.deps.db, PLAN_KEY, quiet.path)).toBe(minutes(0).toISOString())
    expect(await findDataAsOf(context.deps.db, PLAN_KEY, district.path)).toBe(
      minutes(40).toISOString(),
    )
    expect(await findDataAsOf(context.deps.db, 'no-such-plan', quiet.path)).toBeNull()
  })

  it('is what the dashboard shows, and moves with the next write', async () => {
    const read = async () =>
      (
        await owner.request({
          method: 'GET',
          url: `/api/plans/${PLAN}/targets?scopeUnitId=${quiet.id}`,
        })
      ).json<{ dataAsOf: string | null }>().dataAsOf
    expect(await read()).toBe(minutes(0).toISOString())
    await sql`update reports set updated_at = ${minutes(90)} where unit_path like ${`${quiet.path}%`}`.execute(
      context.deps.db,
    )
    expect(await read()).toBe(minutes(90).toISOString())
  })
})

describe('the plan definition kept in memory', () => {
  const title = async () => {
    const response = await owner.request({ method: 'GET', url: `/api/plans/${PLAN}/targets` })
    return {
      status: response.statusCode,
      title: response.json<{ plan?: { title: string } }>().plan?.title,
    }
  }

  it('is read again once the plan row changes (row_version)', async () => {
    const before = await title()
    expect(before.status).toBe(200)
    const row = await findPlanById(context.deps.db, PLAN)
    const definition = row!.definition as { metadata: { title: string } }
    definition.metadata.title = 'Tiêu đề đã sửa'
    const content = {
      title: row!.title,
      definition,
      source_yaml: row!.source_yaml,
      changes: row!.changes,
    }
    expect(await updatePlanContent(context.deps.db, PLAN, row!.row_version, content)).toBe(true)
    expect(await title()).toEqual({ status: 200, title: 'Tiêu đề đã sửa' })
  })
})
