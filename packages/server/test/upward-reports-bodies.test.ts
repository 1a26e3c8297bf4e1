// Reports upward on plan 002 (Lục Ngạn) in the demo world, on 20/07/2025: Công an huyện, a body
// the plan names (VI.1, VII.3), drafts and sends its periodic report to the district (the issuer),
// which sees it among the bodies that reported; the district's six-month review (sơ kết 6 tháng,
// due with H1) is unsent, so the dashboard's late list names the district and its due date until
// the district sends it; the province (Bắc Giang) sees only Lục Ngạn owing it and receives it.
// Plan 003's Front owes the province its report (IV.2: "các cơ quan, đơn vị").
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'
import { createAccount, loadWorld } from './unit-plans-fixture'

const REVIEW = 'so-ket-6-thang-bao-cao-tinh'
const PERIODIC = 'bao-cao-dinh-ky'

let context: TestContext
let world: Awaited<ReturnType<typeof loadWorld>>
let police: Client
let district: Client
let province: Client
let policeId: number
let provinceId: number

type Owed = {
  obligationId: string
  periodKey: string
  due: string
  timing: string
  recipient: { id: number; name: string } | null
}
type LateRow = {
  unit: { id: number; name: string }
  closedOn: string
  daysLate: number
  status: string | null
  obligation?: { id: string; periodKey: string; label: string }
}
type Lower = { expected: number; sent: number; items: { unit: { id: number }; status: string }[] }

const reportUrl = (obligation: string, period: string, unitId: number) =>
  `/api/plans/${world.planId}/upward-reports/${obligation}/${period}/units/${unitId}`

async function owedBy(client: Client, unitId: number) {
  const url = `/api/plans/${world.planId}/upward-reports?unitId=${unitId}&year=2025`
  const response = await client.request({ method: 'GET', url })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<{ owed: Owed[] }>().owed
}

async function lateUpward() {
  const url = `/api/plans/${world.planId}/late-units?scopeUnitId=${world.districtId}&year=2025`
  const response = await district.request({ method: 'GET', url })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<{ upwardReports: { total: number; items: LateRow[] } }>().upwardReports
}

async function writeAndSend(client: Client, url: string, narrative: string) {
  const saved = await client.request({
    method: 'PUT',
    url,
    payload: { sections: { narrative, shortcomings: '', proposals: '' } },
  })
  expect(saved.statusCode, saved.body).toBe(200)
  const sent = await client.request({
    method: 'POST',
    url: `${url}/actions`,
    payload: { action: 'submit' },
  })
  expect(sent.statusCode, sent.body).toBe(200)
}

beforeAll(async () => {
  context = await createTestContext(() => new Date('2025-07-20T03:00:00Z'))
  world = await loadWorld(context)
  policeId = await findUnitId(context.deps, 'legacy', '219.CA')
  provinceId = await findUnitId(context.deps, 'legacy', '24')
  police = await createAccount(context, 'canbo.ca219', 'unit_clerk', policeId)
  district = await createAccount(context, 'congan.219', 'plan_owner', world.districtId)
  province = await createAccount(context, 'congan.24', 'plan_owner', provinceId)
}, 240_000)
afterAll(() => context.close())

describe('a body the plan names reports to the plan owner', () => {
  it('owes Công an huyện the periodic report, sent to the district', async () => {
    const owed = await owedBy(police, policeId)
    const periodic = owed.find((each) => each.obligationId === PERIODIC)
    expect(periodic).toMatchObject({ periodKey: '2025', timing: 'open' })
    expect(periodic?.recipient?.id).toBe(world.districtId)
    // The district no longer owes it as a level: the clause names Công an huyện.
    expect(
      (await owedBy(district, world.districtId)).map((each) => each.obligationId),
    ).not.toContain(PERIODIC)
  })

  it('lets the body send it, and the district sees it among the bodies that reported', async () => {
    await writeAndSend(police, reportUrl(PERIODIC, '2025', policeId), 'Công an huyện đã tham mưu.')
    const url = `/api/plans/${world.planId}/upward-reports/${PERIODIC}/2025/lower?unitId=${world.districtId}`
    const lower = (await district.request({ method: 'GET', url })).json<Lower>()
    expect(lower).toMatchObject({ expected: 1, sent: 1 })
    expect(lower.items[0]).toMatchObject({ unit: { id: policeId }, status: 'submitted' })
    const received = await district.request({
      method: 'POST',
      url: `${reportUrl(PERIODIC, '2025', policeId)}/actions`,
      payload: { action: 'receive' },
    })
    expect(received.statusCode, received.body).toBe(200)
  })

  it('encodes plan 003’s clause: the Front reports to the province through Sở Nội vụ', async () => {
    const admin = await signIn(context.app, 'admin')
    const plan = await context.deps.db
      .selectFrom('plans')
      .select(['id', 'issuer_unit_id'])
      .where('plan_key', '=', '003-tay-ninh-2024')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow()
    const front = await findUnitId(context.deps, 'legacy', '72.UBMTTQVN')
    const url = `/api/plans/${plan.id}/upward-reports?unitId=${front}&year=2024`
    const owed = (await admin.request({ method: 'GET', url })).json<{ owed: Owed[] }>().owed
    expect(owed.map((each) => [each.obligationId, each.recipient?.id])).toEqual([
      ['bao-cao-ket-qua', plan.issuer_unit_id],
    ])
  })

  it('refuses a body on a report it does not owe', async () => {
    const response = await police.request({
      method: 'GET',
      url: reportUrl(REVIEW, '2025-H1', policeId),
    })
    expect(errorOf(response)).toEqual({ status: 404, code: 'NOT_FOUND' })
  })
})

describe('a late report upward in the late list', () => {
  it('names the district owing its six-month review, with the due date, while unsent', async () => {
    const owed = await owedBy(district, world.districtId)
    const review = owed.find((each) => each.obligationId === REVIEW && each.periodKey === '2025-H1')
    expect(review).toMatchObject({ timing: 'late' })
    expect(review?.recipient?.id).toBe(provinceId)
    const late = await lateUpward()
    const row = late.items.find(
      (each) => each.unit.id === world.districtId && each.obligation?.id === REVIEW,
    )
    expect(row).toMatchObject({ closedOn: review?.due, status: null })
    expect(row?.daysLate).toBeGreaterThan(0)
    // The communes' own six-month reviews (to the district) are late too.
    expect(late.items.some((each) => each.unit.id === world.a.id)).toBe(true)
  })

  it('keeps a draft in the list and drops the review once sent', async () => {
    const url = reportUrl(REVIEW, '2025-H1', world.districtId)
    const saved = await district.request({
      method: 'PUT',
      url,
      payload: { sections: { narrative: 'Sơ kết 6 tháng.', shortcomings: '', proposals: '' } },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const drafted = (await lateUpward()).items.find(
      (each) => each.unit.id === world.districtId && each.obligation?.periodKey === '2025-H1',
    )
    expect(drafted?.status).toBe('draft')
    await writeAndSend(district, url, 'Sơ kết 6 tháng đầu năm 2025 của huyện Lục Ngạn.')
    const after = (await lateUpward()).items.filter(
      (each) => each.unit.id === world.districtId && each.obligation?.id === REVIEW,
    )
    expect(after).toEqual([])
  })

  it('shows the province only Lục Ngạn owing it, sent, and lets it receive', async () => {
    // On the plan page (the province's obligations view) as well as on the occurrence.
    const listed = await province.request({
      method: 'GET',
      url: `/api/plans/${world.planId}/upward-reports?unitId=${provinceId}&year=2025`,
    })
    type ToReceive = { obligationId: string; periodKey: string; expected: number; sent: number }
    const toReceive = listed.json<{ owed: unknown[]; toReceive: ToReceive[] }>()
    expect(toReceive.owed).toEqual([])
    expect(
      toReceive.toReceive.find(
        (each) => each.obligationId === REVIEW && each.periodKey === '2025-H1',
      ),
    ).toMatchObject({ expected: 1, sent: 1 })
    const url = `/api/plans/${world.planId}/upward-reports/${REVIEW}/2025-H1/lower?unitId=${provinceId}`
    const lower = (await province.request({ method: 'GET', url })).json<Lower>()
    expect(lower).toMatchObject({ expected: 1, sent: 1 })
    expect(lower.items[0]?.unit.id).toBe(world.districtId)
    const received = await province.request({
      method: 'POST',
      url: `${reportUrl(REVIEW, '2025-H1', world.districtId)}/actions`,
      payload: { action: 'receive' },
    })
    expect(received.statusCode, received.body).toBe(200)
  })
})
