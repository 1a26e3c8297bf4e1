// The to-do home (issue 13 item 1, ADR 028): every role gets what is due at its part of the
// plans it works under, and each count equals what the detailed page's endpoint says for the
// same account — the dashboard's late list, the nominations list, the unit plans, the targets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoNominations } from '../src/demo/seed-nominations'
import { seedDemoTodo } from '../src/demo/seed-todo'
import { createTestContext, signIn, type Client, type TestContext } from './harness'

type Item = {
  kind: string
  count: number
  deadline: string | null
  daysLeft: number | null
  link: string
  plan: { id: number } | null
}
type Todo = {
  today: string
  plans: { id: number; year: number }[]
  groups: { group: string; count: number; items: Item[] }[]
  summary: { plan: { id: number }; counts: Record<string, number>; total: number }[]
}
type Late = Record<'registration' | 'report' | 'upwardReports' | 'events', { total: number }>

let context: TestContext
let planId: number
let now = new Date('2024-11-01T03:00:00Z')
// Plan 000 (Bắc Quang, 2024) on 1/11/2024: registration closed on 20/4, the 9-month reports due.
beforeAll(async () => {
  context = await createTestContext(() => now)
  await seedDemoNominations(context.deps)
  // Xã Đồng Yên's quarter IV report sent, one of its areas' returned with a reason.
  expect(await seedDemoTodo(context.deps)).toBe(2)
  const plan = await context.deps.db
    .selectFrom('plans')
    .select('id')
    .where('plan_key', '=', '000-bac-quang-2024')
    .executeTakeFirstOrThrow()
  planId = plan.id
}, 120_000)
afterAll(() => context.close())

async function read<T>(client: Client, url: string): Promise<T> {
  const response = await client.request({ method: 'GET', url })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<T>()
}
const todoOf = async (username: string) => {
  const client = await signIn(context.app, username)
  return { client, todo: await read<Todo>(client, '/api/todo') }
}
const countOf = (todo: Todo, group: string, kind: string) =>
  todo.groups
    .find((each) => each.group === group)
    ?.items.filter((item) => item.kind === kind && item.plan?.id === planId)
    .reduce((sum, item) => sum + item.count, 0) ?? 0
const nominations = (client: Client, status: string) =>
  read<{ total: number }>(
    client,
    `/api/nominations?planId=${planId}&year=2024&status=${status}`,
  ).then((list) => list.total)

describe('the to-do home', () => {
  it("a commune clerk: its late registrations and reports are the dashboard's, its unit plan to send", async () => {
    const { client, todo } = await todoOf('canbo.xadongyen')
    expect(todo.today).toBe('2024-11-01')
    const late = await read<Late>(client, `/api/plans/${planId}/late-units`)
    expect(late.registration.total).toBeGreaterThan(0)
    expect(countOf(todo, 'registration', 'registration_late')).toBe(late.registration.total)
    const lateReturned = (late.report as { items?: { status: string | null }[] }).items ?? []
    expect(countOf(todo, 'reports', 'report_late')).toBe(
      late.report.total - lateReturned.filter((row) => row.status === 'returned').length,
    )
    // The returned report, any period: the reports page of its unit says returned, same reason.
    const returned = todo.groups
      .find((each) => each.group === 'reports')
      ?.items.filter((item) => item.kind === 'report_returned') as (Item & { reason: string })[]
    expect(returned).toHaveLength(1)
    const [path, search] = returned[0]?.link.split('?') ?? []
    const query = new URLSearchParams(search)
    expect(path).toBe(`/ke-hoach/${planId}/bao-cao`)
    const page = await read<{
      items: { unit: { id: number }; status: string; returnReason?: string | null }[]
    }>(
      client,
      `/api/plans/${planId}/reports?periodId=${query.get('ky')}&unitId=${query.get('donvi')}`,
    )
    const shown = page.items.filter((item) => item.status === 'returned')
    expect(shown).toHaveLength(1)
    expect(returned[0]?.reason).toContain('đề nghị kiểm tra, sửa lại')
    expect(countOf(todo, 'events', 'event_late')).toBe(late.events.total)
    const unitPlans = await read<{ items: { units: { canSubmit: boolean; status: string }[] }[] }>(
      client,
      `/api/plans/${planId}/unit-plans`,
    )
    const toSend = unitPlans.items
      .flatMap((deadline) => deadline.units)
      .filter((unit) => unit.canSubmit && ['not_submitted', 'returned'].includes(unit.status))
    expect(countOf(todo, 'unit_plans', 'unit_plan_due')).toBe(toSend.length)
    const registration = todo.groups.find((each) => each.group === 'registration')?.items[0]
    expect(registration).toMatchObject({ deadline: '2024-04-20', daysLeft: -195 })
    expect(registration?.link).toBe(`/ke-hoach/${planId}/dang-ky`)
  })

  it('a district plan owner: late units, nominations to appraise as the detailed lists count them', async () => {
    const { client, todo } = await todoOf('congan.bacquang')
    const late = await read<Late>(client, `/api/plans/${planId}/late-units`)
    expect(countOf(todo, 'late_units', 'registration_late')).toBe(late.registration.total)
    expect(countOf(todo, 'late_units', 'report_late')).toBe(late.report.total)
    expect(countOf(todo, 'late_units', 'event_late')).toBe(late.events.total)
    // Reports to accept: the reports page at the same period and unit lists as many sent.
    const toAccept = todo.groups.find((each) => each.group === 'reports_to_accept')?.items ?? []
    expect(toAccept.map((item) => item.count)).toEqual([1])
    const params = new URLSearchParams(toAccept[0]?.link.split('?')[1])
    const reports = await read<{ items: { status: string }[] }>(
      client,
      `/api/plans/${planId}/reports?periodId=${params.get('ky')}&unitId=${params.get('donvi')}`,
    )
    expect(reports.items.filter((item) => item.status === 'submitted')).toHaveLength(1)
    const submitted = await nominations(client, 'submitted')
    expect(submitted).toBeGreaterThan(0)
    expect(countOf(todo, 'to_appraise', 'nomination_submitted')).toBe(submitted)
    const lateUnits = todo.groups.find((each) => each.group === 'late_units')?.items[0] as Item & {
      units: { name: string; managingUnit: string | null; contacts: string[] }[]
    }
    expect(lateUnits.units.length).toBeGreaterThan(0)
    expect(lateUnits.units.every((unit) => unit.managingUnit !== null)).toBe(true)
    // The culture centre's clerk answers for it (a demo account scoped to it).
    expect(lateUnits.units.flatMap((unit) => unit.contacts)).toContain('Lục Thị Hoa')
  })

  it('a council secretary: appraised nominations for the council, as the nominations list counts them', async () => {
    const { client, todo } = await todoOf('thuky.huyenbacquang')
    const appraised = await nominations(client, 'appraised')
    expect(appraised).toBeGreaterThan(0)
    expect(countOf(todo, 'meetings', 'nomination_appraised')).toBe(appraised)
    expect(countOf(todo, 'decisions_to_draft', 'nomination_reviewed')).toBe(
      await nominations(client, 'reviewed'),
    )
    expect(todo.groups.some((each) => each.group === 'late_units')).toBe(false)
  })

  it("a leader: decisions to sign and the plans' summary read the stored targets", async () => {
    const { client, todo } = await todoOf('lanhdao.huyenbacquang')
    expect(countOf(todo, 'decisions_to_sign', 'nomination_reviewed')).toBe(
      await nominations(client, 'reviewed'),
    )
    const targets = await read<{ items: { status: string }[] }>(
      client,
      `/api/plans/${planId}/targets`,
    )
    const summary = todo.summary.find((each) => each.plan.id === planId)
    expect(summary).toBeDefined()
    for (const status of ['met', 'on_track', 'at_risk', 'missed', 'no_data'])
      expect(summary?.counts[status]).toBe(
        targets.items.filter((item) => item.status === status).length,
      )
  })

  it('a 2025 commune clerk reaches the legacy plan of the communes merged into it', async () => {
    const { todo } = await todoOf('canbo.bacquang')
    expect(todo.plans.map((plan) => plan.id)).toContain(planId)
    expect(todo.groups.length).toBeGreaterThan(0)
  })

  it('an administrator owns no plan: the summary of every published plan, no late list', async () => {
    const { todo } = await todoOf('admin')
    expect(todo.summary.length).toBe(todo.plans.length)
    expect(todo.plans.length).toBeGreaterThanOrEqual(5)
    expect(todo.groups).toEqual([])
  })

  it('before the registration deadline: the open window with the registrations page count', async () => {
    now = new Date('2024-04-10T03:00:00Z')
    try {
      const { client, todo } = await todoOf('canbo.xadongyen')
      const page = await read<{ open: boolean; closesOn: string; notRegisteredTotal: number }>(
        client,
        `/api/plans/${planId}/registrations?year=2024`,
      )
      expect(page.open).toBe(true)
      expect(countOf(todo, 'registration', 'registration_open')).toBe(page.notRegisteredTotal)
      const item = todo.groups.find((each) => each.group === 'registration')?.items[0]
      expect(item).toMatchObject({ deadline: page.closesOn, daysLeft: 10 })
    } finally {
      now = new Date('2024-11-01T03:00:00Z')
    }
  })

  it('is refused without a session', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/todo' })
    expect(response.statusCode).toBe(401)
  })
})
