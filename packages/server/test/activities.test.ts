// The activity log (issue 12 item 2): a commune's clerk logs propaganda sessions (optionally in
// one of its residential areas, with a photo checked by its content); plan 002's targets read the
// log — II.2 "100% hộ gia đình … được tuyên truyền" (a commune's households, population: the
// households of every xã), II.4 "100% [báo cáo viên, tuyên truyền viên] được tập huấn"
// (population: the propagandists of the district and of every xã), II.5 "ít nhất 20 tin bài …
// được đăng tải trên Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh" (the district's items) —
// and a household reached by three sessions is one household. A wrong entry is withdrawn with a
// reason; the history is append-only; the report form shows the log beside the typed figures.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type Client, TEST_PASSWORD } from './harness'
import { multipart, type ErrorBody } from './helpers'
import { createWorld, unit, type UnitSpec, type World } from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('P24', 'province'),
  unit('D1', 'district', 'P24'),
  unit('C1', 'commune', 'D1', { subtype: 'xa', households: 500 }),
  unit('A1', 'residential_area', 'C1', { subtype: 'thon', households: 200 }),
  unit('A2', 'residential_area', 'C1', { subtype: 'thon', households: 300 }),
  unit('C2', 'commune', 'D1', { subtype: 'xa', households: 300 }),
]
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
let world: World
const refusal = (response: { json: <T>() => T }) => response.json<ErrorBody>().error
let clerk: Client
let otherClerk: Client
let districtClerk: Client

const base = (code: string) => `/api/units/${world.id(code)}/activities`
const session = (over: object = {}) => ({
  ...{ heldOn: '2024-03-02', kind: 'session', audience: 'households', reached: 180 },
  ...{ title: 'Họp dân thôn A1 tuyên truyền phòng, chống tội phạm', areaId: null, fileId: null },
  ...over,
})
async function record(client: Client, code: string, over: object = {}) {
  return client.request({ method: 'POST', url: base(code), payload: session(over) })
}
async function account(username: string, code: string) {
  const created = await world.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      ...{ username, fullName: `Cán bộ ${code}`, password: TEST_PASSWORD },
      ...{ roles: ['unit_clerk'], scopeUnitId: world.id(code) },
    },
  })
  expect(created.statusCode, created.body).toBe(200)
  return signIn(world.context.app, username)
}
async function target(code: string, id: string) {
  const row = (await world.targets(code)).get(id)
  return row && { numerator: row.numerator, denominator: row.denominator, status: row.status }
}

beforeAll(async () => {
  world = await createWorld({
    seedFile: '002-luc-ngan-2020-2025.yaml',
    issuerCode: 'D1',
    units: UNITS,
    start: '2024-03-05',
  })
  clerk = await account('canbo.c1', 'C1')
  otherClerk = await account('canbo.c2', 'C2')
  districtClerk = await account('canbo.d1', 'D1')
}, 120_000)
afterAll(() => world.close())

describe('activity log', () => {
  it('counts a household reached by several sessions once; areas add up; withdrawn ones drop', async () => {
    const area = (code: string) => ({ areaId: world.id(code) })
    for (const over of [{ ...area('A1') }, { ...area('A1'), reached: 150 }, { reached: 120 }]) {
      const r = await record(clerk, 'C1', over)
      expect(r.statusCode, r.body).toBe(200)
    }
    // Best session in A1 (180) vs the commune-wide one (120): 180 of the 500 households.
    expect(await target('C1', 'tuyen-truyen-ho')).toMatchObject({
      numerator: 180,
      denominator: 500,
    })
    const a2 = await record(clerk, 'C1', { ...area('A2'), reached: 250 })
    expect(await target('C1', 'tuyen-truyen-ho')).toMatchObject({ numerator: 430 })
    const url = `${base('C1')}/${a2.json<{ id: number }>().id}/withdraw`
    const withdrawn = await clerk.request({
      method: 'POST',
      url,
      payload: { reason: 'Ghi nhầm thôn' },
    })
    expect(withdrawn.statusCode, withdrawn.body).toBe(200)
    expect(await target('C1', 'tuyen-truyen-ho')).toMatchObject({ numerator: 180 })
    // The district's figure is its communes' households (C2 logged nothing: no figure).
    expect(await target('D1', 'tuyen-truyen-ho')).toMatchObject({
      numerator: 180,
      denominator: 800,
    })
  })

  it('refuses a future date, a training not for propagandists, an area of another commune', async () => {
    expect(refusal(await record(clerk, 'C1', { heldOn: '2024-03-06' })).message).toMatch(
      /sau hôm nay/,
    )
    const training = await record(clerk, 'C1', { kind: 'training' })
    expect(refusal(training).message).toMatch(/báo cáo viên/)
    const foreign = await record(otherClerk, 'C2', { areaId: world.id('A1') })
    expect(refusal(foreign).message).toMatch(/Khu dân cư/)
    expect((await record(otherClerk, 'C1')).statusCode).toBe(403)
  })

  it('keeps a photo checked by its content as evidence', async () => {
    const upload = (name: string, bytes: Uint8Array) =>
      clerk.request({
        method: 'POST',
        url: `/api/units/${world.id('C1')}/activity-files`,
        ...multipart(name, bytes, 'image/png'),
      })
    const fake = await upload('anh.png', new TextEncoder().encode('not a picture'))
    expect(refusal(fake).code).toBe('UPLOAD_INVALID')
    const photo = await upload('anh-hop-dan.png', PNG)
    expect(photo.statusCode, photo.body).toBe(200)
    const fileId = photo.json<{ id: number }>().id
    expect((await record(clerk, 'C1', { fileId, reached: 90 })).statusCode).toBe(200)
    const other = await record(otherClerk, 'C2', { fileId })
    expect(refusal(other).message).toMatch(/Tệp minh chứng/)
    const download = await clerk.request({
      method: 'GET',
      url: `/api/units/${world.id('C1')}/activity-files/${fileId}`,
    })
    expect(download.headers['content-type']).toBe('image/png')
    expect(download.rawPayload.length).toBe(PNG.length)
  })

  it('reads the district’s articles and the communes’ trainings', async () => {
    for (let n = 0; n < 21; n++)
      await record(districtClerk, 'D1', {
        kind: 'provincial_article',
        audience: 'public',
        reached: null,
        title: `Tin bài số ${n + 1}`,
      })
    expect(await target('D1', 'tin-bai-tinh')).toMatchObject({ numerator: 21, status: 'met' })
    await record(clerk, 'C1', { kind: 'training', audience: 'propagandists', reached: 12 })
    await record(clerk, 'C1', { kind: 'training', audience: 'propagandists', reached: 8 })
    expect((await target('C1', 'tap-huan-tuyen-truyen-vien'))?.numerator).toBe(12)
  })

  it('lists a unit’s year with accent-free search and the log’s figures', async () => {
    const list = await clerk.request({
      method: 'GET',
      url: `${base('C1')}?year=2024&q=hop dan thon`,
    })
    expect(list.statusCode, list.body).toBe(200)
    const body = list.json<{
      items: { unitName: string }[]
      figures: Record<string, number>
      canEnter: boolean
    }>()
    expect(body.items.length).toBeGreaterThanOrEqual(3)
    expect(body.figures).toMatchObject({ households_reached: 180, propagandists_trained: 12 })
    expect(body.canEnter).toBe(true)
    const district = await districtClerk.request({
      method: 'GET',
      url: `${base('D1')}?year=2024&kind=provincial_article`,
    })
    expect(district.json<{ items: unknown[] }>().items).toHaveLength(21)
  })

  it('keeps the history append-only and audits each entry', async () => {
    const db = world.context.deps.db
    const history = await db.selectFrom('activity_history').select(['action']).execute()
    expect(history.filter((row) => row.action === 'withdraw')).toHaveLength(1)
    await expect(sql`update activity_history set reason = 'x'`.execute(db)).rejects.toThrow(
      /append-only/,
    )
    const audits = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'activity%')
      .execute()
    expect(audits.length).toBeGreaterThanOrEqual(history.length)
  })

  it('shows the log beside the typed report figures, flagging a disagreement', async () => {
    const saved = await districtClerk.request({
      method: 'PUT',
      url: `/api/plans/${world.planId}/reports/${world.id('D1')}/2024`,
      payload: { figures: { 'media.provincial_articles': 25, 'media.district_broadcasts': 0 } },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const { recorded } = saved.json<{ recorded: Record<string, unknown> }>()
    expect(recorded['media.provincial_articles']).toEqual({ recorded: 21, differs: true })
    expect(recorded['media.district_broadcasts']).toEqual({ recorded: 0, differs: false })
  })
})
