// Recognitions through the API (plan 001, Quảng Trị): the candidate rule (ANTT last year and
// "Khá" or better), the route (commune committee evaluates, district committee recognises),
// evaluation against the criteria set, the recognition numbered by the recognising unit and
// written as the evaluation the targets read, and the yearly selection tallied per district.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPlanId, registerUnit } from './awards-fixture'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { countAudit, errorOf } from './helpers'
import { Clock } from './nominations-fixture'

const PLAN_001 = '001-quang-tri-dien-hinh'
type Recognition = {
  id: number
  status: string
  rowVersion: number
  route: { id: string | null; evaluatorLevel: string; recognizerLevel: string }
  recognizer: { id: number; name: string }
  decision: { number: string; date: string } | null
}

let context: TestContext
let admin: Client
let clerk: Client
let planId = 0
const units = { province: 0, district: 0, xa: 0, weak: 0, school: 0 }
// Before plan 001's "Mốc thời gian hoàn thành xét, công nhận: 25/10 hàng năm" (III.2).
const clock = new Clock()

const pathOf = async (unitId: number) =>
  (
    await context.deps.db
      .selectFrom('units')
      .select('path')
      .where('id', '=', unitId)
      .executeTakeFirstOrThrow()
  ).path

async function priorYear(unitId: number, movementClass: string) {
  const path = await pathOf(unitId)
  const base = { unit_id: unitId, unit_path: path, evaluation_year: 2023, decided_by: 'fixture' }
  await context.deps.db
    .insertInto('evaluations')
    .values([
      {
        ...base,
        kind: 'antt',
        result: 'dat',
        decision_number: '9/QĐ-UBND',
        decision_date: '2023-11-20',
      },
      { ...base, kind: 'movement', result: movementClass },
    ])
    .execute()
}

beforeAll(async () => {
  context = await createTestContext(clock.now)
  admin = await signIn(context.app, 'admin')
  clerk = await signIn(context.app, 'canbo.bacquang')
  planId = await findPlanId(context.deps, PLAN_001)
  const find = (where: { kind: string; parent?: number; subtype?: string }) => {
    let query = context.deps.db
      .selectFrom('units')
      .select('id')
      .where('version', '=', 'legacy')
      .where('kind', '=', where.kind)
    if (where.parent) query = query.where('parent_id', '=', where.parent)
    if (where.subtype) query = query.where('subtype', '=', where.subtype)
    return query.orderBy('id').limit(2).execute()
  }
  units.province = (
    await context.deps.db
      .selectFrom('units')
      .select('id')
      .where('version', '=', 'legacy')
      .where('code', '=', '45')
      .executeTakeFirstOrThrow()
  ).id
  const province = await context.deps.db
    .selectFrom('units')
    .select('path')
    .where('id', '=', units.province)
    .executeTakeFirstOrThrow()
  // A district with at least two xã (Đông Hà, the first, has only wards).
  const communes = await context.deps.db
    .selectFrom('units')
    .select(['id', 'parent_id'])
    .where('path', 'like', `${province.path}%`)
    .where('kind', '=', 'commune')
    .where('subtype', '=', 'xa')
    .orderBy('id')
    .limit(2)
    .execute()
  units.district = communes[0]?.parent_id ?? 0
  units.xa = communes[0]?.id ?? 0
  units.weak = communes[1]?.id ?? 0
  units.school = (await find({ kind: 'school', parent: units.xa }))[0]?.id ?? 0
  await priorYear(units.xa, 'kha')
  await priorYear(units.weak, 'trung_binh')
  await priorYear(units.school, 'xuat_sac')
  // "Mốc thời gian đăng ký: Trước 30/3 hàng năm": candidates registered to build the model.
  for (const id of [units.xa, units.weak, units.school])
    await registerUnit(context.deps, PLAN_001, { id, path: await pathOf(id) }, 2024)
})
afterAll(() => context.close())

const propose = (client: Client, unitId: number, kind = 'exemplary') =>
  client.request({
    method: 'POST',
    url: '/api/recognitions',
    payload: { unitId, kind, year: 2024, planId },
  })
const act = (id: number, payload: object) =>
  admin.request({ method: 'POST', url: `/api/recognitions/${id}/actions`, payload })

let commune: Recognition

describe('recognition of an exemplary unit', () => {
  it('refuses a candidate classified below "Khá" last year, naming the condition', async () => {
    const response = await propose(admin, units.weak)
    expect(errorOf(response)).toEqual({ status: 422, code: 'NOT_ELIGIBLE' })
    expect(response.json<{ error: { message: string } }>().error.message).toContain(
      'loại Trung bình',
    )
  })

  it("refuses a unit out of the proposer's scope", async () => {
    expect(errorOf(await propose(clerk, units.xa))).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
  })

  it('proposes a commune on the route: the commune evaluates, the district recognises', async () => {
    const audits = await countAudit(context.deps)
    const response = await propose(admin, units.xa)
    expect(response.statusCode).toBe(200)
    commune = response.json<Recognition>()
    expect(commune.route).toEqual({
      id: 'cap-xa',
      evaluatorLevel: 'commune',
      recognizerLevel: 'district',
    })
    expect(commune.recognizer.id).toBe(units.district)
    expect(await countAudit(context.deps)).toBe(audits + 1)
    expect(errorOf(await propose(admin, units.xa))).toEqual({ status: 409, code: 'CONFLICT' })
  })

  it('cannot be recognised before evaluation, nor evaluated short of the criteria', async () => {
    expect(
      errorOf(
        await act(commune.id, {
          action: 'recognise',
          date: '2024-10-20',
          rowVersion: commune.rowVersion,
        }),
      ),
    ).toEqual({ status: 409, code: 'INVALID_TRANSITION' })
    const short = await act(commune.id, {
      action: 'evaluate',
      criteriaMet: 28,
      criteriaTotal: 34,
      rowVersion: commune.rowVersion,
    })
    expect(errorOf(short)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(short.json<{ error: { message: string } }>().error.message).toContain('28/34')
  })

  it("is evaluated, then recognised under the district's number, counted as the unit's evaluation", async () => {
    const evaluated = await act(commune.id, {
      action: 'evaluate',
      criteriaMet: 34,
      criteriaTotal: 34,
      rowVersion: commune.rowVersion,
    })
    commune = evaluated.json<Recognition>()
    expect(commune.status).toBe('evaluated')
    const recognised = await act(commune.id, {
      action: 'recognise',
      date: '2024-10-20',
      rowVersion: commune.rowVersion,
    })
    commune = recognised.json<Recognition>()
    expect(commune).toMatchObject({
      status: 'recognised',
      decision: { number: '1/QĐ-BCĐ', date: '2024-10-20' },
    })
    const evaluation = await context.deps.db
      .selectFrom('evaluations')
      .select(['result', 'decision_number'])
      .where('unit_id', '=', units.xa)
      .where('kind', '=', 'exemplary')
      .where('evaluation_year', '=', 2024)
      .executeTakeFirstOrThrow()
    expect(evaluation).toEqual({ result: 'dat', decision_number: '1/QĐ-BCĐ' })
  })

  it('returns a school with a reason, which it can resubmit', async () => {
    const school = (await propose(admin, units.school)).json<Recognition>()
    expect(school.recognizer.id).toBe(units.district)
    expect(
      errorOf(
        await act(school.id, { action: 'return', reason: '', rowVersion: school.rowVersion }),
      ),
    ).toEqual({ status: 400, code: 'VALIDATION' })
    const returned = (
      await act(school.id, {
        action: 'return',
        reason: 'Thiếu báo cáo kết quả',
        rowVersion: school.rowVersion,
      })
    ).json<Recognition & { statusReason: string }>()
    expect(returned).toMatchObject({ status: 'returned', statusReason: 'Thiếu báo cáo kết quả' })
    const again = (
      await act(school.id, { action: 'resubmit', rowVersion: returned.rowVersion })
    ).json<Recognition>()
    expect(again.status).toBe('proposed')
  })

  it('tallies the yearly selection per district: ≥1 xã, ≥1 phường/thị trấn, ≥1 CQ/DN/CSGD', async () => {
    const response = await admin.request({
      method: 'GET',
      url: `/api/recognitions/quota?year=2024&scopeUnitId=${units.province}`,
    })
    const { items } = response.json<{
      items: {
        districtId: number
        tally: Record<string, { proposed: number; recognised: number; met: boolean }>
      }[]
    }>()
    const district = items.find((item) => item.districtId === units.district)
    expect(district?.tally.xa).toEqual({ proposed: 1, recognised: 1, minimum: 1, met: true })
    expect(district?.tally.co_quan).toMatchObject({ proposed: 1, met: true })
    expect(district?.tally.phuong_thi_tran?.met).toBe(false)
  })
})
