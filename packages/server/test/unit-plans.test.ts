// Unit plans (issue 11 item 3) on plan 002 (Lục Ngạn: "UBND các xã, thị trấn xây dựng kế hoạch …
// gửi về UBND huyện … trước ngày 05/9/2020"): who must send, a late send refused until an
// audited extension, the owner's return with a reason and acceptance, the not-sent list, a
// child plan written in the system, the file's download.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf, type ErrorBody } from './helpers'
import {
  createAccount,
  importChildPlan,
  loadWorld,
  PDF,
  readList,
  uploadPlan,
} from './unit-plans-fixture'

let now = new Date('2020-09-01T03:00:00Z')
let context: TestContext
let owner: Client
let clerkA: Client
let clerkB: Client
let world: Awaited<ReturnType<typeof loadWorld>>

/** Move the clock (Vietnam morning of `date`) and sign everyone in again. */
async function at(date: string) {
  now = new Date(`${date}T03:00:00Z`)
  const again = (username: string) => signIn(context.app, username, 'matkhaurieng2020')
  owner = await again('chuke.lucngan')
  clerkA = await again('canbo.xa.a')
  clerkB = await again('canbo.xa.b')
}
const count = async (table: 'unit_plan_submissions' | 'unit_plan_history') =>
  Number(
    (
      await context.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
const rowOf = async (unitId: number) =>
  (await readList(owner, world.planId)).units.find((unit) => unit.unitId === unitId)

beforeAll(async () => {
  context = await createTestContext(() => now)
  world = await loadWorld(context)
  owner = await createAccount(context, 'chuke.lucngan', 'plan_owner', world.districtId)
  clerkA = await createAccount(context, 'canbo.xa.a', 'unit_clerk', world.a.id)
  clerkB = await createAccount(context, 'canbo.xa.b', 'unit_clerk', world.b.id)
})
afterAll(() => context.close())

describe('who must send their own plan', () => {
  it('every commune of Lục Ngạn and the departments plan 002 names, each its unit', async () => {
    const list = await readList(owner, world.planId)
    const communes = await sql<{ n: string }>`
      select count(*) as n from units
      where version = 'legacy' and kind = 'commune'
        and path like ${`${(await context.deps.db.selectFrom('units').select('path').where('id', '=', world.districtId).executeTakeFirstOrThrow()).path}%`}`.execute(
      context.deps.db,
    )
    const expected = Number(communes.rows[0]?.n) + 16
    expect(expected).toBeGreaterThan(26)
    expect(list).toMatchObject({ deadlineId: 'ke-hoach-don-vi', dueDate: '2020-09-05' })
    // Every commune and the 16 departments plan 002 names, each the demo's unit under Lục Ngạn.
    expect(list.units).toHaveLength(expected)
    expect(list.counts).toMatchObject({ required: expected, notSubmitted: expected, overdue: 0 })
    expect(list.units.map((unit) => unit.name)).toContain('Phòng Nội vụ huyện Lục Ngạn')
    expect(list.unresolved).toEqual([])
    // A commune clerk sees only its commune.
    const own = await readList(clerkA, world.planId)
    expect(own.units.map((unit) => unit.unitId)).toEqual([world.a.id])
    expect(own.units[0]).toMatchObject({ canSubmit: true, canReview: false })
    expect(own).toMatchObject({ isReviewer: false, canExtend: false })
    expect(list).toMatchObject({ isReviewer: true, canExtend: true })
  })
})

describe('a plan written in the system', () => {
  it('sends a child plan issued by the commune, refuses a plan that is not one', async () => {
    await at('2020-09-01')
    const childId = await importChildPlan(context, world.b.code)
    const url = `/api/plans/${world.planId}/unit-plans/ke-hoach-don-vi/${world.b.id}`
    const wrong = await clerkB.request({
      method: 'PUT',
      url,
      payload: { childPlanId: world.planId },
    })
    expect(errorOf(wrong)).toEqual({ status: 400, code: 'VALIDATION' })
    expect((await readList(clerkB, world.planId)).units[0]?.childPlans.map((p) => p.id)).toEqual([
      childId,
    ])
    const sent = await clerkB.request({ method: 'PUT', url, payload: { childPlanId: childId } })
    expect(sent.statusCode, sent.body).toBe(200)
    expect(await rowOf(world.b.id)).toMatchObject({
      status: 'submitted',
      submission: { childPlanId: childId, fileName: null, late: false },
    })
    const other = await clerkA.request({ method: 'PUT', url, payload: { childPlanId: childId } })
    expect(errorOf(other)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
  })
})

describe('the deadline', () => {
  it('refuses a unit plan after 05/09/2020, nothing written, until an audited extension', async () => {
    await at('2020-09-06')
    const before = {
      rows: await count('unit_plan_submissions'),
      history: await count('unit_plan_history'),
    }
    const late = await uploadPlan(clerkA, { planId: world.planId, unitId: world.a.id })
    expect(errorOf(late)).toEqual({ status: 409, code: 'DEADLINE_PASSED' })
    expect(late.json<ErrorBody>().error.message).toBe(
      'Đã hết hạn gửi kế hoạch thực hiện ngày 05/09/2020',
    )
    expect(await count('unit_plan_submissions')).toBe(before.rows)
    expect(await count('unit_plan_history')).toBe(before.history)
    expect(await rowOf(world.a.id)).toMatchObject({ status: 'not_submitted', overdue: true })

    const extend = (payload: object) =>
      owner.request({
        method: 'POST',
        url: `/api/plans/${world.planId}/unit-plans/ke-hoach-don-vi/extensions`,
        payload,
      })
    const early = await extend({ unitIds: [world.a.id], until: '2020-09-01', reason: 'Thử' })
    expect(errorOf(early)).toEqual({ status: 400, code: 'VALIDATION' })
    const granted = await extend({
      unitIds: [world.a.id],
      until: '2020-09-15',
      reason: 'Xã bị ảnh hưởng mưa lũ',
    })
    expect(granted.statusCode, granted.body).toBe(200)
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select(['actor_name', 'unit_id', 'reason'])
      .where('action', '=', 'unit_plan.extend')
      .execute()
    expect(audit).toEqual([
      { actor_name: 'chuke.lucngan', unit_id: world.a.id, reason: 'Xã bị ảnh hưởng mưa lũ' },
    ])

    const sent = await uploadPlan(clerkA, { planId: world.planId, unitId: world.a.id })
    expect(sent.statusCode, sent.body).toBe(200)
    expect(sent.json()).toMatchObject({ status: 'submitted', late: true })
    expect(await rowOf(world.a.id)).toMatchObject({
      status: 'submitted',
      closesOn: '2020-09-15',
      overdue: false,
      submission: { fileName: 'ke-hoach-xa.pdf', late: true },
    })
    // The extension named commune A only: the district's other communes stay closed.
    const admin = await createAccount(context, 'canbo.huyen', 'unit_clerk', world.districtId)
    const stillLate = await uploadPlan(admin, { planId: world.planId, unitId: world.b.id })
    expect(errorOf(stillLate)).toEqual({ status: 409, code: 'DEADLINE_PASSED' })
  })
})

describe('the plan owner reviews', () => {
  it('returns with a reason, the unit sends again, the owner accepts; accepted is final', async () => {
    await at('2020-09-07')
    const url = `/api/plans/${world.planId}/unit-plans/ke-hoach-don-vi/${world.a.id}`
    const act = (client: Client, payload: object) =>
      client.request({ method: 'POST', url: `${url}/actions`, payload })
    let row = await rowOf(world.a.id)
    const version = row?.submission?.rowVersion ?? 0
    expect(errorOf(await act(owner, { action: 'return', rowVersion: version }))).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
    expect(errorOf(await act(clerkA, { action: 'accept', rowVersion: version }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
    const reason = 'Thiếu chỉ tiêu về camera an ninh'
    const returned = await act(owner, { action: 'return', reason, rowVersion: version })
    expect(returned.statusCode, returned.body).toBe(200)
    expect((await readList(clerkA, world.planId)).units[0]).toMatchObject({
      status: 'returned',
      submission: { reason },
    })
    const file = { name: 'ke-hoach-xa-sua.pdf', bytes: PDF }
    expect(
      (await uploadPlan(clerkA, { planId: world.planId, unitId: world.a.id }, file)).statusCode,
    ).toBe(200)
    row = await rowOf(world.a.id)
    expect(row).toMatchObject({
      status: 'submitted',
      canReview: true,
      submission: { reason: null },
    })
    const stale = await act(owner, { action: 'accept', rowVersion: version })
    expect(errorOf(stale)).toEqual({ status: 409, code: 'CONFLICT' })
    const accepted = await act(owner, { action: 'accept', rowVersion: row?.submission?.rowVersion })
    expect(accepted.statusCode, accepted.body).toBe(200)
    const again = await uploadPlan(clerkA, { planId: world.planId, unitId: world.a.id })
    expect(errorOf(again)).toEqual({ status: 409, code: 'INVALID_TRANSITION' })

    row = await rowOf(world.a.id)
    expect(
      row?.submission?.history.map((step) => [step.action, step.toStatus, step.reason]),
    ).toEqual([
      ['submit', 'submitted', null],
      ['return', 'returned', reason],
      ['submit', 'submitted', null],
      ['accept', 'accepted', null],
    ])
    const audits = await context.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'unit_plan_submission')
      .where('unit_id', '=', world.a.id)
      .orderBy('id')
      .execute()
    expect(audits.map((entry) => entry.action)).toEqual([
      'unit_plan.submit',
      'unit_plan.return',
      'unit_plan.submit',
      'unit_plan.accept',
    ])
    const download = await owner.request({
      method: 'GET',
      url: `/api/unit-plans/${row?.submission?.id}/file`,
    })
    expect(download.statusCode).toBe(200)
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.rawPayload.equals(Buffer.from(PDF))).toBe(true)
    const foreign = await clerkB.request({
      method: 'GET',
      url: `/api/unit-plans/${row?.submission?.id}/file`,
    })
    expect(errorOf(foreign)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
  })

  it('lists who has not sent: the rest of the communes, overdue after 05/09/2020', async () => {
    const list = await readList(owner, world.planId)
    const required = list.units.length
    expect(list.counts).toEqual({
      ...{ required, submitted: 1, accepted: 1, returned: 0 },
      ...{ notSubmitted: required - 2, overdue: required - 2 },
    })
    const notSent = list.units.filter((unit) => unit.status === 'not_submitted')
    expect(notSent.map((unit) => unit.unitId)).not.toContain(world.a.id)
    expect(notSent.map((unit) => unit.unitId)).not.toContain(world.b.id)
    expect(list.extensions).toEqual([
      expect.objectContaining({ unitIds: [world.a.id], until: '2020-09-15' }),
    ])
  })
})
