// A task that leaves the plan: the plan owner publishes a version without "t-quarterly"
// (Phòng Tư pháp's four quarterly shares). Its open shares are closed as cancelled with the
// reason, an event each and one audit entry; the other tasks' shares are untouched; the
// scorecard no longer counts them; Tư pháp's list shows them cancelled, and nothing can be done
// on them any more.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from './harness'
import { errorOf } from './helpers'
import { PLAN_KEY, setUpAssignments, type Share } from './assignments-fixture'

let context: TestContext
let setup: Awaited<ReturnType<typeof setUpAssignments>>

beforeAll(async () => {
  context = await createTestContext(() => new Date('2024-03-01T03:00:00Z'))
  setup = await setUpAssignments(context)
  const generate = await setup.owner.request({
    method: 'POST',
    url: `/api/plans/${setup.planId}/assignments/generate`,
    payload: { year: 2024 },
  })
  expect(generate.statusCode, generate.body).toBe(200)
}, 240_000)
afterAll(() => context.close())

async function reviewsOf(taskId: string) {
  const rows = await sql<{ review: string; return_reason: string | null }>`
    select review, return_reason from assignments where plan_key = ${PLAN_KEY}
      and task_id = ${taskId} order by id`.execute(context.deps.db)
  return rows.rows
}

async function scoreOf(unitId: number) {
  const response = await setup.owner.request({
    method: 'GET',
    url: `/api/plans/${setup.planId}/assignments/scorecard?year=2024`,
  })
  const card = response.json<{ bodies: { unit: { id: number }; total: number }[] }>()
  return card.bodies.find((body) => body.unit.id === unitId)?.total ?? 0
}

describe('publishing a version without a task', () => {
  it('closes that task’s open shares with the reason, audited, and leaves the others', async () => {
    expect(await scoreOf(setup.id('W034.TP'))).toBe(5)
    const others = await reviewsOf('t-once')
    const revised = await setup.admin.request({
      method: 'POST',
      url: `/api/plans/${setup.planId}/actions`,
      payload: { action: 'revise', reason: 'Bỏ nhiệm vụ hằng quý' },
    })
    expect(revised.statusCode, revised.body).toBe(200)
    const draft = revised.json<{ id: number; definition: { tasks: { id: string }[] } }>()
    const definition = structuredClone(draft.definition)
    definition.tasks = definition.tasks.filter((task) => task.id !== 't-quarterly')
    const saved = await setup.admin.request({
      method: 'PUT',
      url: `/api/plans/${draft.id}/definition`,
      payload: { definition, reason: 'Bỏ nhiệm vụ hằng quý' },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const published = await setup.admin.request({
      method: 'POST',
      url: `/api/plans/${draft.id}/actions`,
      payload: { action: 'publish' },
    })
    expect(published.statusCode, published.body).toBe(200)

    const closed = await reviewsOf('t-quarterly')
    expect(closed).toHaveLength(4)
    for (const row of closed)
      expect(row).toEqual({
        review: 'cancelled',
        return_reason: 'Nhiệm vụ không còn trong kế hoạch từ phiên bản 2',
      })
    expect(await reviewsOf('t-once')).toEqual(others)
    const events = await sql<{ n: number }>`select count(*)::int as n from assignment_events
      where action = 'cancel' and to_review = 'cancelled'`.execute(context.deps.db)
    expect(events.rows[0]?.n).toBe(4)
    const audit = await sql<{ after: { shares: number; tasks: string[] } }>`
      select after from audit_log where action = 'assignment.cancel'`.execute(context.deps.db)
    expect(audit.rows.map((row) => row.after)).toEqual([
      expect.objectContaining({ shares: 4, tasks: ['t-quarterly'] }),
    ])
    // Tư pháp keeps its continuous share in the scorecard; the four are counted nowhere.
    expect(await scoreOf(setup.id('W034.TP'))).toBe(1)
  })

  it('shows the body its cancelled shares, on which nothing can be done', async () => {
    const list = await setup.tuPhap.request({
      method: 'GET',
      url: '/api/assignments?year=2024&limit=50',
    })
    expect(list.statusCode, list.body).toBe(200)
    const items = list.json<{ items: Share[] }>().items
    const cancelled = items.filter((item) => item.task.id === 't-quarterly')
    expect(cancelled.map((item) => item.status)).toEqual(Array(4).fill('cancelled'))
    const note = await setup.tuPhap.request({
      method: 'POST',
      url: `/api/assignments/${cancelled[0]?.id}/actions`,
      payload: { action: 'note', note: 'Vẫn làm tiếp' },
    })
    expect(errorOf(note)).toEqual({ status: 409, code: 'INVALID_TRANSITION' })
  })
})
