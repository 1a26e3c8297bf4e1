// Notifications that reach people (issue 13 item 2, ADR 029): the plan's reminder rules turn the
// to-do home's duties into reminders, each step of each duty once, one digest e-mail a day per
// person through a real SMTP server, escalation to the managing unit, nothing sent twice across
// a restart, and "Nhắc" on a late list sending now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDatabase } from '../src/db/connect'
import type { Deps } from '../src/deps'
import { seedDemoNominations } from '../src/demo/seed-nominations'
import { seedDemoTodo } from '../src/demo/seed-todo'
import { buildApp } from '../src/http/app'
import { runSchedulerTick } from '../src/features/notifications/scheduler'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { bell, countRows, PUBLIC, setEmail, startSmtpReceiver, testMailer } from './smtp-receiver'

let context: TestContext
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>
let planId: number
const now = new Date('2024-11-01T03:00:00Z')

beforeAll(async () => {
  smtp = await startSmtpReceiver()
  context = await createTestContext(() => now)
  context.deps.mail = testMailer(smtp.port)
  await seedDemoNominations(context.deps)
  await seedDemoTodo(context.deps)
  const plan = await context.deps.db
    .selectFrom('plans')
    .select('id')
    .where('plan_key', '=', '000-bac-quang-2024')
    .executeTakeFirstOrThrow()
  planId = plan.id
}, 180_000)
afterAll(async () => {
  await context.close()
  await smtp.close()
})

const unitId = async (code: string) =>
  (
    await context.deps.db
      .selectFrom('units')
      .select('id')
      .where('version', '=', 'legacy')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id

describe('notifications', () => {
  let clerk: Client
  let owner: Client
  let sentOnFirstDay = 0

  it("the plan owner edits the plan's reminder rules (audited); a clerk may not", async () => {
    clerk = await signIn(context.app, 'canbo.xadongyen')
    owner = await signIn(context.app, 'congan.bacquang')
    const url = `/api/plans/${planId}/reminder-rules`
    const defaults = await owner.request({ method: 'GET', url })
    expect(defaults.json()).toMatchObject({ daysBefore: [7, 1], onDay: true, custom: false })
    const rules = { daysBefore: [7, 30], onDay: true, whenLate: true, escalateAfterDays: 3 }
    const refused = await clerk.request({ method: 'PUT', url, payload: rules })
    expect(refused.statusCode).toBe(403)
    const saved = await owner.request({
      method: 'PUT',
      url,
      payload: { ...rules, reason: 'Nhắc sớm hơn' },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json()).toMatchObject({
      daysBefore: [30, 7],
      custom: true,
      updatedBy: 'congan.bacquang',
    })
    const bad = await owner.request({ method: 'PUT', url, payload: { ...rules, daysBefore: [0] } })
    expect(bad.statusCode).toBe(400)
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select(['after', 'reason'])
      .where('action', '=', 'plan.reminder_rules')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]?.reason).toBe('Nhắc sớm hơn')
  })

  it('each person sets e-mail, phone and channels; e-mail on needs an address', async () => {
    const noAddress = await clerk.request({
      method: 'PUT',
      url: '/api/me/notification-settings',
      payload: { email: null, phone: null, inApp: true, email_channel: true },
    })
    expect(noAddress.statusCode).toBe(400)
    const badPhone = await clerk.request({
      method: 'PUT',
      url: '/api/me/notification-settings',
      payload: { email: 'a@b.vn', phone: 'gọi tôi', inApp: true, email_channel: true },
    })
    expect(badPhone.statusCode).toBe(400)
    await setEmail(clerk, 'dongyen@antq.test')
    await setEmail(owner, 'bacquang@antq.test')
    const read = await clerk.request({ method: 'GET', url: '/api/me/notification-settings' })
    expect(read.json()).toMatchObject({
      email: 'dongyen@antq.test',
      phone: '0912 345 678',
      inApp: true,
      email_channel: true,
      emailConfigured: true,
    })
  })

  it('a tick reminds every account of its due duties, escalates to the managing unit and sends one digest per person', async () => {
    const tick = await runSchedulerTick(context.deps, now)
    expect(tick.notifications).toBeGreaterThan(0)
    const mine = await bell(clerk)
    // The to-do home's late registration of Xã Đồng Yên, as a reminder opening the register page.
    const registration = mine.items.find((item) => item.link === `/ke-hoach/${planId}/dang-ky`)
    expect(registration?.message).toMatch(
      /^Nhắc việc: \d+ đơn vị chưa đăng ký thi đua, hạn 20\/04\/2024 \(quá hạn 195 ngày\)/,
    )
    expect(mine.unread).toBe(mine.items.length)
    // Late past three days: Bắc Quang's plan owner is told, its council secretary is not.
    const escalations = (await bell(owner)).items.filter((item) => item.kind === 'escalation')
    expect(
      escalations.some((item) => item.message.startsWith('Báo cấp quản lý: Xã Đồng Yên chậm')),
    ).toBe(true)
    const secretary = await signIn(context.app, 'thuky.huyenbacquang')
    expect((await bell(secretary)).items.filter((item) => item.kind === 'escalation')).toEqual([])
    // One digest per person with an address, through the SMTP server, in Vietnamese with links.
    const toClerk = smtp.received.filter((mail) => mail.to.includes('dongyen@antq.test'))
    expect(toClerk).toHaveLength(1)
    expect(toClerk[0]?.subject).toBe(`[ANTQ] Nhắc việc ngày 01/11/2024: ${mine.items.length} việc`)
    expect(toClerk[0]?.text).toContain(`${PUBLIC}/ke-hoach/${planId}/dang-ky`)
    expect(toClerk[0]?.text).toContain('quá hạn 195 ngày')
    expect(smtp.received.filter((mail) => mail.to.includes('bacquang@antq.test'))).toHaveLength(1)
    sentOnFirstDay = smtp.received.length
    expect(tick.sent).toBe(sentOnFirstDay)
  }, 120_000)

  it('the same day again: nothing new, nothing sent twice', async () => {
    const before = await countRows(context.deps, 'notifications')
    const tick = await runSchedulerTick(context.deps, new Date(now.getTime() + 3600_000))
    expect(tick).toEqual({ reminded: 0, notifications: 0, digests: 0, sent: 0 })
    expect(await countRows(context.deps, 'notifications')).toBe(before)
    expect(smtp.received).toHaveLength(sentOnFirstDay)
  })

  it('after a restart on the same data, the next day sends no reminder already sent', async () => {
    // A new process: a fresh connection and app over the same data (PGlite: its data dir).
    const dump = await context.handle.dump?.()
    const handle = dump
      ? await connectDatabase('memory://', { pgliteTemplate: dump })
      : context.handle
    const next = new Date('2024-11-02T03:00:00Z')
    const deps: Deps = { ...context.deps, db: handle.db, cache: handle.cache, now: () => next }
    deps.mail = testMailer(smtp.port)
    const app = await buildApp(deps)
    try {
      const again = await runSchedulerTick(deps, new Date(now.getTime() + 7200_000))
      expect(again).toEqual({ reminded: 0, notifications: 0, digests: 0, sent: 0 })
      const before = await countRows(deps, 'notifications')
      const tick = await runSchedulerTick(deps, next)
      expect(tick.reminded).toBeGreaterThan(0)
      // Every duty was already at its "late" step yesterday: the clerk gets nothing new, no mail.
      const clerkThere = await signIn(app, 'canbo.xadongyen')
      expect((await bell(clerkThere)).items).toHaveLength((await bell(clerk)).items.length)
      expect(smtp.received.filter((mail) => mail.to.includes('dongyen@antq.test'))).toHaveLength(1)
      expect(await countRows(deps, 'notifications')).toBe(before + tick.notifications)
    } finally {
      await app.close()
      if (handle !== context.handle) await handle.close()
    }
  }, 120_000)

  it('"Nhắc" on a late list notifies the unit now, by e-mail too, once a day; Zalo text carries the link', async () => {
    const dongYen = await unitId('01216')
    const late = await owner.request({
      method: 'GET',
      url: `/api/plans/${planId}/late-units?scopeUnitId=${dongYen}`,
    })
    const lists = late.json<Record<string, { items?: { unit: { id: number } }[] }>>()
    const list = (['report', 'registration', 'events'] as const).find((name) =>
      lists[name]?.items?.some((row) => row.unit.id === dongYen),
    )
    expect(list).toBeDefined()
    const url = `/api/plans/${planId}/nudges`
    const payload = { list: list === 'report' ? 'report' : list, unitId: dongYen }
    const forbidden = await clerk.request({ method: 'POST', url, payload })
    expect(forbidden.statusCode).toBe(403)
    const before = smtp.received.length
    const nudged = await owner.request({ method: 'POST', url, payload })
    expect(nudged.statusCode, nudged.body).toBe(200)
    const result = nudged.json<{
      message: string
      link: string
      zaloText: string
      emailed: number
      alreadyToday: boolean
    }>()
    expect(result.message).toMatch(/^Đề nghị Xã Đồng Yên khẩn trương thực hiện: /)
    expect(result.zaloText).toBe(`${result.message}\n${PUBLIC}${result.link}`)
    expect(result).toMatchObject({ emailed: 1, alreadyToday: false })
    const mail = smtp.received.slice(before)
    expect(mail).toHaveLength(1)
    expect(mail[0]?.to).toEqual(['dongyen@antq.test'])
    expect(mail[0]?.text).toContain(`${PUBLIC}${result.link}`)
    const mine = await bell(clerk)
    expect(mine.items[0]).toMatchObject({ kind: 'nudge', message: result.message, read: false })
    const again = await owner.request({ method: 'POST', url, payload })
    expect(again.json()).toMatchObject({ emailed: 0, alreadyToday: true, message: result.message })
    expect(smtp.received).toHaveLength(before + 1)
    const notLate = await owner.request({
      method: 'POST',
      url,
      payload: { ...payload, unitId: await unitId('034') },
    })
    expect(notLate.statusCode).toBe(400)
  }, 60_000)

  it('"Đôn đốc" on an assignment reaches the owner body now, by e-mail too', async () => {
    const body = await signIn(context.app, 'canbo.vanhoabacquang')
    await setEmail(body, 'vanhoa@antq.test')
    const { db } = context.deps
    const account = await db
      .selectFrom('accounts')
      .select('scope_unit_id')
      .where('username', '=', 'canbo.vanhoabacquang')
      .executeTakeFirstOrThrow()
    // Plan 000's tasks shared out among its bodies for 2024 (Bắc Quang's culture centre among them).
    const generated = await owner.request({
      method: 'POST',
      url: `/api/plans/${planId}/assignments/generate`,
      payload: { year: 2024 },
    })
    expect(generated.statusCode, generated.body).toBe(200)
    const share = await db
      .selectFrom('assignments')
      .select(['id', 'year'])
      .where('owner_unit_id', '=', account.scope_unit_id ?? 0)
      .where('review', '=', 'open')
      .orderBy('due_date')
      .executeTakeFirstOrThrow()
    const before = smtp.received.length
    const chased = await owner.request({
      method: 'POST',
      url: `/api/assignments/${share.id}/actions`,
      payload: { action: 'chase', note: 'Đề nghị báo cáo tiến độ' },
    })
    expect(chased.statusCode, chased.body).toBe(200)
    const [latest] = (await bell(body)).items
    expect(latest).toMatchObject({
      kind: 'nudge',
      link: `/nhiem-vu?nam=${share.year}&mo=${share.id}`,
    })
    expect(latest?.message).toMatch(
      /^Đôn đốc .+ thực hiện nhiệm vụ ".+", hạn \d\d\/\d\d\/\d{4}.*Nội dung: Đề nghị báo cáo tiến độ$/,
    )
    const mail = smtp.received.slice(before)
    expect(mail.map((each) => each.to)).toEqual([['vanhoa@antq.test']])
    expect(mail[0]?.text).toContain(`${PUBLIC}/nhiem-vu?nam=${share.year}&mo=${share.id}`)
  })

  it("the bell marks one or all read, only the reader's own", async () => {
    const mine = await bell(clerk)
    const first = mine.items[0]
    const other = await owner.request({
      method: 'POST',
      url: `/api/notifications/${first?.id}/read`,
    })
    expect(other.json()).toMatchObject({ marked: 0 })
    const one = await clerk.request({ method: 'POST', url: `/api/notifications/${first?.id}/read` })
    expect(one.json()).toMatchObject({ marked: 1, unread: mine.unread - 1 })
    const all = await clerk.request({ method: 'POST', url: '/api/notifications/read-all' })
    expect(all.json()).toMatchObject({ unread: 0 })
  })

  it('health reports the scheduler and the e-mail channel', async () => {
    const health = await context.app.inject({ method: 'GET', url: '/api/health' })
    expect(health.json()).toMatchObject({
      scheduler: { status: 'tắt', email: 'đã cấu hình', pendingEmails: 0 },
    })
  })
})
