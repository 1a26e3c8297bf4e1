// Events (issue 12 item 3): plan 002 IV.3 orders a Ngày hội and a forum every year "từ huyện đến
// cơ sở"; a commune records its Ngày hội with the programme, a model showcased, an award handed
// over (linked to a decision) and a photo told by its content; the plan owner sees who has not
// held theirs, and after the window (19/8) they are on the dashboard's late list. History is
// append-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type Client, TEST_PASSWORD } from './harness'
import { errorOf, multipart } from './helpers'
import { createWorld, unit, type UnitSpec, type World } from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('P24', 'province'),
  unit('D1', 'district', 'P24'),
  unit('C1', 'commune', 'D1', { subtype: 'xa', households: 500 }),
  unit('C2', 'commune', 'D1', { subtype: 'xa', households: 300 }),
  unit('C3', 'commune', 'D1', { subtype: 'thi_tran', households: 200 }),
]
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
let world: World
let clerk: Client
let owner: Client

type NotHeld = { unit: { name: string }; managingUnit: { name: string } | null; standing: string }
type Overview = {
  canManage: boolean
  events: {
    id: string
    window: { from: string; to: string }
    due: number
    held: number
    notHeld: NotHeld[]
  }[]
}
async function account(username: string, role: string, code: string) {
  const created = await world.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      ...{ username, fullName: `Cán bộ ${code}`, password: TEST_PASSWORD },
      ...{ roles: [role], scopeUnitId: world.id(code) },
    },
  })
  expect(created.statusCode, created.body).toBe(200)
}
async function overview(client: Client) {
  const response = await client.request({
    method: 'GET',
    url: `/api/plans/${world.planId}/events?year=2024`,
  })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<Overview>()
}
const ngayHoi = (body: Overview) => body.events.find((event) => event.id === 'ngay-hoi-hang-nam')
const record = (client: Client, payload: object) =>
  client.request({
    method: 'POST',
    url: `/api/plans/${world.planId}/events`,
    payload: {
      ...{ planEventId: 'ngay-hoi-hang-nam', unitId: world.id('C1'), heldOn: '2024-08-10' },
      ...{
        title: 'Ngày hội toàn dân bảo vệ ANTQ xã C1',
        place: 'Nhà văn hoá xã',
        participants: 420,
      },
      programme: [
        { part: 'ceremony', title: 'Khai mạc, báo cáo kết quả phong trào' },
        { part: 'festival', title: 'Hội thi tìm hiểu pháp luật' },
      ],
      models: ['Camera an ninh thôn'],
      ...payload,
    },
  })

beforeAll(async () => {
  world = await createWorld({
    seedFile: '002-luc-ngan-2020-2025.yaml',
    issuerCode: 'D1',
    units: UNITS,
    start: '2024-07-15',
  })
  await account('canbo.c1', 'unit_clerk', 'C1')
  await account('congan.d1', 'plan_owner', 'D1')
  clerk = await signIn(world.context.app, 'canbo.c1')
  owner = await signIn(world.context.app, 'congan.d1')
}, 120_000)
afterAll(() => world?.close())

describe('events of a plan', () => {
  it('reads the window from the plan and lists every unit of its levels as not held', async () => {
    const body = ngayHoi(await overview(owner))
    expect(body?.window).toEqual({ from: '2024-07-01', to: '2024-08-19' })
    expect(body?.due).toBe(4)
    expect(body?.notHeld.map((row) => row.standing)).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
    ])
  })

  it('refuses a record in the future, without its ceremony, or out of scope', async () => {
    expect(errorOf(await record(clerk, { heldOn: '2024-07-20' }))).toMatchObject({
      code: 'VALIDATION',
    })
    const festivalOnly = [{ part: 'festival', title: 'Hội thao' }]
    expect(
      errorOf(await record(clerk, { heldOn: '2024-07-10', programme: festivalOnly })),
    ).toMatchObject({
      code: 'VALIDATION',
    })
    const unknownDecision = { heldOn: '2024-07-10', awards: [{ decisionId: 999 }] }
    expect(errorOf(await record(clerk, unknownDecision))).toMatchObject({ code: 'VALIDATION' })
    expect(
      errorOf(await record(clerk, { heldOn: '2024-07-10', unitId: world.id('C2') })),
    ).toMatchObject({
      code: 'OUT_OF_SCOPE',
    })
  })

  it('records a commune Ngày hội with a photo told by its content; the owner sees one fewer missing', async () => {
    const created = await record(clerk, { heldOn: '2024-07-12' })
    expect(created.statusCode, created.body).toBe(200)
    const event = created.json<{ id: number; programme: { partLabel: string }[] }>()
    expect(event.programme.map((item) => item.partLabel)).toEqual(['Phần lễ', 'Phần hội'])
    const bad = await clerk.request({
      method: 'POST',
      url: `/api/events/${event.id}/photos`,
      ...multipart('anh.png', 'not an image', 'image/png'),
    })
    expect(errorOf(bad)).toMatchObject({ code: 'UPLOAD_INVALID' })
    const photo = await clerk.request({
      method: 'POST',
      url: `/api/events/${event.id}/photos`,
      ...multipart('anh.png', PNG, 'image/png'),
    })
    expect(photo.statusCode, photo.body).toBe(200)
    const full = photo.json<{ photos: { id: number }[]; history: { action: string }[] }>()
    expect(full.history.map((entry) => entry.action)).toEqual(['recorded', 'photo_added'])
    const image = await owner.request({
      method: 'GET',
      url: `/api/events/${event.id}/photos/${full.photos[0]?.id}`,
    })
    expect(image.headers['content-type']).toBe('image/png')
    const body = ngayHoi(await overview(owner))
    expect(body?.held).toBe(1)
    expect(body?.notHeld.map((row) => row.unit.name)).not.toContain('C1')
    expect(body?.notHeld).toHaveLength(3)
  })

  it('keeps the history append-only', async () => {
    await expect(
      world.context.deps.db.updateTable('event_history').set({ reason: 'x' }).execute(),
    ).rejects.toThrow(/append-only/)
  })

  it('puts the units that have not held theirs by 19/8 on the dashboard late list', async () => {
    await world.at('2024-08-25')
    owner = await signIn(world.context.app, 'congan.d1')
    const response = await owner.request({
      method: 'GET',
      url: `/api/plans/${world.planId}/late-units?year=2024`,
    })
    expect(response.statusCode, response.body).toBe(200)
    const late = response.json<{
      events: { total: number; items: { daysLate: number; status: string }[] }
    }>()
    // The Ngày hội: D1, C2, C3 (C1 held it); the forum's window runs to 31/12.
    expect(late.events.total).toBe(3)
    expect(late.events.items[0]).toMatchObject({ daysLate: 6 })
    expect(ngayHoi(await overview(owner))?.notHeld.every((row) => row.standing === 'late')).toBe(
      true,
    )
  })

  it('links the awards handed over to a signed decision; a day after the window is held late', async () => {
    const db = world.context.deps.db
    const d1 = await db
      .selectFrom('units')
      .select(['id', 'path', 'code'])
      .where('id', '=', world.id('D1'))
      .executeTakeFirstOrThrow()
    const decision = await db
      .insertInto('decisions')
      .values({
        ...{ issuer_unit_id: d1.id, issuer_unit_path: d1.path, issuer_code: d1.code },
        ...{ plan_key: '002-luc-ngan-2020-2025', plan_id: world.planId, year: 2024 },
        ...{ award_form_id: 'giay-khen', award_form_name: 'Giấy khen', meeting_id: null },
        ...{ number: '12/QĐ-UBND', decision_date: '2024-08-15', signer_name: 'Nguyễn Văn A' },
        ...{ signer_title: 'Chủ tịch', created_by: 'admin', created_at: new Date() },
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const created = await record(owner, {
      ...{ unitId: world.id('C2'), heldOn: '2024-08-20', title: 'Ngày hội xã C2' },
      awards: [{ decisionId: decision.id, note: 'Trao tại phần lễ' }],
    })
    expect(created.statusCode, created.body).toBe(200)
    expect(created.json<{ awards: { number: string }[] }>().awards.map((a) => a.number)).toEqual([
      '12/QĐ-UBND',
    ])
    const body = ngayHoi(await overview(owner))
    expect(body?.held).toBe(2)
    expect(body?.notHeld).toHaveLength(2)
  })

  it('corrects a record with a reason and only from the version read; the history keeps what it said', async () => {
    const listed = await world.context.deps.db
      .selectFrom('events')
      .select(['id', 'row_version'])
      .where('unit_id', '=', world.id('C1'))
      .executeTakeFirstOrThrow()
    clerk = await signIn(world.context.app, 'canbo.c1')
    const correct = (client: Client, payload: object) =>
      client.request({
        method: 'PATCH',
        url: `/api/events/${listed.id}`,
        payload: {
          ...{ heldOn: '2024-07-13', title: 'Ngày hội toàn dân bảo vệ ANTQ xã C1' },
          ...{ place: 'Sân vận động xã', participants: 480, models: [], awards: [] },
          programme: [{ part: 'ceremony', title: 'Khai mạc' }],
          ...{ rowVersion: listed.row_version, reason: 'Ghi nhầm ngày và số người tham gia' },
          ...payload,
        },
      })
    expect(errorOf(await correct(clerk, { heldOn: '2025-07-13' }))).toMatchObject({
      code: 'VALIDATION',
    })
    expect(errorOf(await correct(clerk, { reason: '' }))).toMatchObject({ code: 'VALIDATION' })
    const done = await correct(clerk, {})
    expect(done.statusCode, done.body).toBe(200)
    const event = done.json<{ heldOn: string; participants: number; place: string }>()
    expect(event).toMatchObject({
      heldOn: '2024-07-13',
      participants: 480,
      place: 'Sân vận động xã',
    })
    expect(errorOf(await correct(clerk, { participants: 1 }))).toMatchObject({ code: 'CONFLICT' })
    const history = await world.context.deps.db
      .selectFrom('event_history')
      .select(['action', 'before', 'reason'])
      .where('event_id', '=', listed.id)
      .orderBy('id')
      .execute()
    expect(history.at(-1)).toMatchObject({
      action: 'corrected',
      reason: 'Ghi nhầm ngày và số người tham gia',
      before: { heldOn: '2024-07-12', participants: 420 },
    })
    const audit = await world.context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('entity', '=', 'event')
      .where('entity_id', '=', String(listed.id))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit).toEqual({
      action: 'events.correct',
      reason: 'Ghi nhầm ngày và số người tham gia',
    })
  })
})
