// The return-fix-accept workflow with its audit rows, status overdue on a fixed date, "done
// late", chasing, the scorecard against a plain SQL count, and a child plan's cascade.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'
import {
  evidence,
  importPlan,
  PDF,
  PLAN_KEY,
  planText,
  setUpAssignments,
  type Share,
} from './assignments-fixture'

let now = new Date('2024-03-01T03:00:00Z')
let context: TestContext
let setup: Awaited<ReturnType<typeof setUpAssignments>>

beforeAll(async () => {
  context = await createTestContext(() => now)
  setup = await setUpAssignments(context)
  const generate = await setup.owner.request({
    method: 'POST',
    url: `/api/plans/${setup.planId}/assignments/generate`,
    payload: { year: 2024 },
  })
  expect(generate.statusCode, generate.body).toBe(200)
})
afterAll(() => context.close())

/** Vietnam morning of `date`; sessions are signed again so nothing expires. */
async function at(date: string) {
  now = new Date(`${date}T03:00:00Z`)
  setup = { ...setup, ...(await signAll()) }
}
async function signAll() {
  return {
    admin: await signIn(context.app, 'admin'),
    owner: await signIn(context.app, 'asg.owner'),
    noiVu: await signIn(context.app, 'asg.noivu'),
    tuPhap: await signIn(context.app, 'asg.tuphap'),
  }
}

async function shareOf(client: Client, taskId: string, occurrence = '2024') {
  const list = await client.request({ method: 'GET', url: '/api/assignments?year=2024' })
  const share = list
    .json<{ items: Share[] }>()
    .items.find((item) => item.task.id === taskId && item.occurrence === occurrence)
  if (!share) throw new Error(`no share ${taskId} ${occurrence}: ${list.body}`)
  return share
}
const act = (client: Client, id: number, payload: Record<string, unknown>) =>
  client.request({ method: 'POST', url: `/api/assignments/${id}/actions`, payload })

describe('return, fix, accept', () => {
  it('runs through the workflow with an evidence file, each step audited', async () => {
    const share = await shareOf(setup.noiVu, 't-once')
    const file = await setup.noiVu.request({
      method: 'POST',
      url: `/api/assignments/${share.id}/files`,
      ...evidence('Đã dự thảo văn bản', 'du-thao.pdf', PDF),
    })
    expect(file.json()).toMatchObject({ filename: 'du-thao.pdf', mime: 'application/pdf' })
    expect((await act(setup.noiVu, share.id, { action: 'submit' })).statusCode).toBe(200)
    await at('2024-03-05')
    const noReason = await act(setup.owner, share.id, { action: 'return' })
    expect(errorOf(noReason)).toEqual({ status: 400, code: 'VALIDATION' })
    const returned = await act(setup.owner, share.id, { action: 'return', note: 'Thiếu chữ ký' })
    expect(returned.json()).toMatchObject({ review: 'returned', returnReason: 'Thiếu chữ ký' })
    await at('2024-04-10')
    await act(setup.noiVu, share.id, { action: 'note', note: 'Đã bổ sung chữ ký' })
    await act(setup.noiVu, share.id, { action: 'submit' })
    const accepted = await act(setup.owner, share.id, { action: 'accept' })
    expect(accepted.json()).toMatchObject({
      status: 'done',
      review: 'accepted',
      completedOn: '2024-04-10',
      late: false,
      actions: [],
    })
    const detail = accepted.json<{ history: { action: string; note: string | null }[] }>()
    expect(detail.history.map((event) => [event.action, event.note])).toEqual([
      ['note', 'Đã dự thảo văn bản'],
      ['submit', null],
      ['return', 'Thiếu chữ ký'],
      ['note', 'Đã bổ sung chữ ký'],
      ['submit', null],
      ['accept', null],
    ])
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name', 'before', 'after', 'reason'])
      .where('entity', '=', 'assignment')
      .where('entity_id', '=', String(share.id))
      .orderBy('id')
      .execute()
    expect(audit.map((row) => [row.action, row.actor_name])).toEqual([
      ['assignment.note', 'asg.noivu'],
      ['assignment.submit', 'asg.noivu'],
      ['assignment.return', 'asg.owner'],
      ['assignment.note', 'asg.noivu'],
      ['assignment.submit', 'asg.noivu'],
      ['assignment.accept', 'asg.owner'],
    ])
    expect(audit[2]).toMatchObject({
      before: { review: 'submitted', status: 'in_progress' },
      after: { planKey: PLAN_KEY, taskId: 't-once', occurrence: '2024', review: 'returned' },
      reason: 'Thiếu chữ ký',
    })
    expect(audit[0]?.after).toMatchObject({ file: { filename: 'du-thao.pdf' } })
  })

  it('serves the evidence file to the plan owner and refuses a stale row version', async () => {
    const share = await shareOf(setup.noiVu, 't-once')
    const detail = (
      await setup.owner.request({ method: 'GET', url: `/api/assignments/${share.id}` })
    ).json<{ files: { id: number }[] }>()
    const download = await setup.owner.request({
      method: 'GET',
      url: `/api/assignments/${share.id}/files/${detail.files[0]?.id}`,
    })
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    const yearly = await shareOf(setup.noiVu, 't-yearly')
    const stale = await act(setup.noiVu, yearly.id, { action: 'submit', rowVersion: 99 })
    expect(errorOf(stale)).toEqual({ status: 409, code: 'CONFLICT' })
  })
})

describe('overdue, late and chasing on 25/04/2024', () => {
  it('marks past-due open shares overdue and a late submission done late', async () => {
    await at('2024-04-25')
    const q1 = await shareOf(setup.tuPhap, 't-quarterly', '2024-Q1')
    expect(q1.status).toBe('overdue')
    expect((await shareOf(setup.tuPhap, 't-quarterly', '2024-Q2')).status).toBe('not_started')
    await act(setup.tuPhap, q1.id, { action: 'submit' })
    const accepted = await act(setup.owner, q1.id, { action: 'accept' })
    expect(accepted.json()).toMatchObject({ status: 'done', completedOn: '2024-04-25', late: true })
  })

  it('records a chase the body sees, audited', async () => {
    const list = await setup.owner.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/assignments?year=2024&status=overdue`,
    })
    const overdue = list.json<{ items: Share[] }>().items
    expect(overdue.map((item) => [item.task.id, item.owner.name, item.due])).toEqual([
      ['t-once', 'Công an huyện', '2024-04-20'],
    ])
    const chased = await act(setup.owner, overdue[0]?.id ?? 0, {
      action: 'chase',
      note: 'Đề nghị hoàn thành trước 30/4',
    })
    expect(chased.statusCode, chased.body).toBe(200)
    const history = chased.json<{ history: { action: string; actor: string }[] }>().history
    expect(history.at(-1)).toMatchObject({ action: 'chase', actor: 'asg.owner' })
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select(['reason'])
      .where('action', '=', 'assignment.chase')
      .execute()
    expect(audit).toEqual([{ reason: 'Đề nghị hoàn thành trước 30/4' }])
    const late = await setup.owner.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/assignments?year=2024&late=true`,
    })
    expect(late.json<{ items: Share[] }>().items.map((item) => item.task.id)).toEqual([
      't-quarterly',
      't-once',
    ])
  })

  it('scores each body as a plain SQL count over the raw table does', async () => {
    const response = await setup.owner.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/assignments/scorecard?year=2024`,
    })
    const card = response.json<{
      bodies: { unit: { id: number }; total: number; onTime: number; late: number }[]
    }>()
    const plain = await sql<Record<string, number>>`
      select owner_unit_id as "unitId", count(*)::int as total,
        sum(case when review = 'accepted' and completed_on <= due_date then 1 else 0 end)::int as "onTime",
        sum(case when review = 'accepted' and completed_on > due_date then 1 else 0 end)::int as late,
        sum(case when review in ('open', 'returned') and due_date < date '2024-04-25' then 1 else 0 end)::int as overdue,
        sum(case when review = 'submitted' or (review in ('open', 'returned')
          and due_date >= date '2024-04-25' and status = 'in_progress') then 1 else 0 end)::int as "inProgress",
        sum(case when review in ('open', 'returned') and due_date >= date '2024-04-25'
          and status = 'not_started' then 1 else 0 end)::int as "notStarted"
      from assignments where plan_key = ${PLAN_KEY} and year = 2024 group by owner_unit_id`.execute(
      context.deps.db,
    )
    const byUnit = new Map(plain.rows.map((row) => [row.unitId, row]))
    expect(card.bodies).toHaveLength(plain.rows.length)
    for (const body of card.bodies) {
      const { unitId, ...counts } = byUnit.get(body.unit.id) ?? {}
      expect(body, String(unitId)).toMatchObject(counts)
    }
    // The summary the scorecard sums (kept by triggers, ADR 023) equals a plain grouping.
    const drift = await sql<{ n: number }>`
      select count(*)::int as n from (
        select plan_key, year, owner_unit_id, due_date, count(*)::int as total,
          count(*) filter (where review = 'submitted')::int as submitted,
          count(*) filter (where review in ('open', 'returned'))::int as open_total
        from assignments group by plan_key, year, owner_unit_id, due_date) r
      full join (select * from assignment_summaries where total <> 0) s
        using (plan_key, year, owner_unit_id, due_date)
      where r.total is distinct from s.total or r.submitted is distinct from s.submitted
        or r.open_total is distinct from s.open_total`.execute(context.deps.db)
    expect(drift.rows[0]?.n).toBe(0)
    const tuPhap = card.bodies.find((body) => body.unit.id === setup.id('W034.TP'))
    expect(tuPhap).toMatchObject({ total: 5, onTime: 0, late: 1, overdue: 0, notStarted: 4 })
    const noiVu = card.bodies.find((body) => body.unit.id === setup.id('W034.NV'))
    expect(noiVu).toMatchObject({ total: 2, onTime: 1, late: 0, notStarted: 1 })
  })
})

describe('a commune plan cascading from the district task', () => {
  it('links the commune’s task to its share of the parent task', async () => {
    const tasks = `bodies: []
tasks:
  - id: xa-trien-khai
    source: III.1
    text: UBND xã triển khai nhiệm vụ của huyện.
    task: Triển khai nhiệm vụ của huyện
    ownerLevels: [commune]
    schedule: yearly
    parentTask: t-communes
`
    const text = planText('asg-xa1', 'W1', tasks, `\n    planId: ${PLAN_KEY}`).replace(
      /^( {4}level: )district$/m,
      '$1commune',
    )
    const childId = await importPlan(setup.admin, text)
    const commune = await signIn(context.app, 'asg.xa1')
    const byCommuneOwner = await commune.request({
      method: 'POST',
      url: `/api/plans/${childId}/assignments/generate`,
      payload: { year: 2024 },
    })
    expect(errorOf(byCommuneOwner)).toEqual({ status: 403, code: 'FORBIDDEN' })
    const generated = await setup.admin.request({
      method: 'POST',
      url: `/api/plans/${childId}/assignments/generate`,
      payload: { year: 2024 },
    })
    expect(generated.json()).toMatchObject({ created: 1, unresolved: [] })
    const parent = await shareOf(commune, 't-communes')
    const detail = await setup.owner.request({
      method: 'GET',
      url: `/api/assignments/${parent.id}`,
    })
    expect(
      detail.json<{ cascade: Share[] }>().cascade.map((item) => [item.task.id, item.owner.id]),
    ).toEqual([['xa-trien-khai', setup.id('W1')]])
  })
})
