// Who may touch an inspection, and input it refuses: writes are the plan owner's over the plan's
// issuer (never across the 2025 reform, never from another district); an inspected commune reads
// its own part only; reversed dates, oversized text and units outside the plan write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from './harness'
import { errorOf } from './helpers'
import {
  HEADING,
  TEAM,
  countRows,
  setUpInspections,
  type InspectionView,
} from './inspections-fixture'

let context: TestContext
let world: Awaited<ReturnType<typeof setUpInspections>>
let inspection: InspectionView

beforeAll(async () => {
  context = await createTestContext()
  world = await setUpInspections(context)
  const created = await world.owner.request({
    method: 'POST',
    url: `/api/plans/${world.planId}/inspections`,
    payload: { ...HEADING, members: TEAM },
  })
  inspection = created.json<InspectionView>()
  for (const unitId of [world.dongYen, world.other.id])
    await world.owner.request({
      method: 'POST',
      url: `/api/inspections/${inspection.id}/units`,
      payload: { unitId },
    })
  for (const [unitId, what] of [
    [world.dongYen, 'Kiện toàn Tổ an ninh trật tự'],
    [world.other.id, 'Bổ sung sổ theo dõi'],
  ] as const)
    inspection = (
      await world.owner.request({
        method: 'POST',
        url: `/api/inspections/${inspection.id}/actions`,
        payload: { unitId, what, ownerUnitId: unitId, dueOn: '2024-09-30' },
      })
    ).json<InspectionView>()
})
afterAll(() => context.close())

const create = (payload: object) => ({
  method: 'POST' as const,
  url: `/api/plans/${world.planId}/inspections`,
  payload,
})

describe('scope', () => {
  it('refuses writes from another district and across the 2025 reform', async () => {
    expect(errorOf(await world.stranger.request(create({ ...HEADING })))).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
    expect(errorOf(await world.reformReader.request(create({ ...HEADING })))).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
    const reformList = await world.reformReader.request({
      method: 'GET',
      url: `/api/plans/${world.planId}/inspections`,
    })
    expect(reformList.json<{ items: { id: number }[]; canManage: boolean }>()).toMatchObject({
      canManage: false,
      items: [{ id: inspection.id }],
    })
    const strangerRead = await world.stranger.request({
      method: 'GET',
      url: `/api/inspections/${inspection.id}`,
    })
    expect(errorOf(strangerRead)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
  })

  it('lets a clerk read only its own unit, and never write', async () => {
    const own = await world.clerk.request({
      method: 'GET',
      url: `/api/inspections/${inspection.id}`,
    })
    const view = own.json<InspectionView>()
    expect(view.units.map((unit) => unit.unitId)).toEqual([world.dongYen])
    expect(view.actions.map((action) => action.what)).toEqual(['Kiện toàn Tổ an ninh trật tự'])
    expect(view.history).toEqual([])
    expect(view.canManage).toBe(false)
    const list = await world.clerk.request({
      method: 'GET',
      url: `/api/plans/${world.planId}/inspections`,
    })
    expect(list.json<{ items: { id: number }[] }>().items.map((item) => item.id)).toEqual([
      inspection.id,
    ])
    const minutes = await world.clerk.request({
      method: 'GET',
      url: `/api/inspections/${inspection.id}/units/${world.dongYen}/minutes`,
    })
    expect(minutes.statusCode).toBe(200)
    const othersMinutes = await world.clerk.request({
      method: 'GET',
      url: `/api/inspections/${inspection.id}/units/${world.other.id}/minutes`,
    })
    expect(errorOf(othersMinutes)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    const othersChecklist = await world.otherClerk.request({
      method: 'GET',
      url: `/api/inspections/${inspection.id}/units/${world.dongYen}/checklist`,
    })
    expect(errorOf(othersChecklist)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    const write = await world.clerk.request({
      method: 'PUT',
      url: `/api/inspections/${inspection.id}/units/${world.dongYen}/findings`,
      payload: { findings: [] },
    })
    expect(errorOf(write)).toEqual({ status: 403, code: 'FORBIDDEN' })
  })
})

describe('bad input writes nothing', () => {
  async function expectRefused(
    request: Parameters<typeof world.owner.request>[0],
    expected: { status: number; code: string; message: RegExp },
  ) {
    const before = await countRows(context)
    const response = await world.owner.request(request)
    expect(errorOf(response)).toEqual({ status: expected.status, code: expected.code })
    const body = response.json<{ error: { message: string; details: { message: string }[] } }>()
    expect(
      [body.error.message, ...body.error.details.map((detail) => detail.message)].join(' | '),
    ).toMatch(expected.message)
    expect(await countRows(context)).toEqual(before)
  }

  it('refuses reversed dates, a year outside the plan and oversized text', async () => {
    await expectRefused(create({ ...HEADING, periodFrom: '2024-07-31', periodTo: '2024-07-01' }), {
      ...{ status: 400, code: 'VALIDATION' },
      message: /Ngày kết thúc kiểm tra trước ngày bắt đầu/,
    })
    await expectRefused(create({ ...HEADING, year: 2019, periodFrom: '2019-07-01' }), {
      ...{ status: 400, code: 'OUTSIDE_PLAN_PERIOD' },
      message: /Năm 2019 nằm ngoài thời gian thực hiện kế hoạch/,
    })
    await expectRefused(create({ ...HEADING, title: 'K'.repeat(501) }), {
      ...{ status: 400, code: 'VALIDATION' },
      message: /Tối đa 500 ký tự/,
    })
    await expectRefused(
      {
        method: 'PUT',
        url: `/api/inspections/${inspection.id}/units/${world.dongYen}/findings`,
        payload: {
          findings: [
            { itemKey: 'criteria:tieu-chuan-xa:antt', result: 'met', note: 'x'.repeat(2001) },
          ],
        },
      },
      { status: 400, code: 'VALIDATION', message: /Tối đa 2\.000 ký tự/ },
    )
    await expectRefused(
      {
        method: 'PUT',
        url: `/api/inspections/${inspection.id}/units/${world.dongYen}`,
        payload: { visitedOn: '2024-08-15' },
      },
      { status: 400, code: 'VALIDATION', message: /nằm ngoài thời gian kiểm tra/ },
    )
  })

  it('refuses units outside the plan and checklist items it does not know', async () => {
    await expectRefused(
      {
        method: 'POST',
        url: `/api/inspections/${inspection.id}/units`,
        payload: { unitId: world.lucNgan },
      },
      { status: 400, code: 'VALIDATION', message: /Đơn vị không thuộc địa bàn của kế hoạch/ },
    )
    await expectRefused(
      {
        method: 'POST',
        url: `/api/inspections/${inspection.id}/units`,
        payload: { unitId: 999999999 },
      },
      { status: 400, code: 'VALIDATION', message: /Đơn vị không thuộc địa bàn của kế hoạch/ },
    )
    await expectRefused(
      {
        method: 'POST',
        url: `/api/inspections/${inspection.id}/actions`,
        payload: { unitId: null, what: 'Việc', ownerUnitId: world.lucNgan, dueOn: '2024-09-30' },
      },
      { status: 400, code: 'VALIDATION', message: /Đơn vị không thuộc địa bàn của kế hoạch/ },
    )
    await expectRefused(
      {
        method: 'PUT',
        url: `/api/inspections/${inspection.id}/units/${world.dongYen}/findings`,
        payload: { findings: [{ itemKey: 'target:khong-co', result: 'met' }] },
      },
      { status: 400, code: 'VALIDATION', message: /không có trong danh mục của đơn vị/ },
    )
    await expectRefused(create({ ...HEADING, members: [{ ...TEAM[1] }] }), {
      status: 400,
      code: 'VALIDATION',
      message: /đúng một Trưởng đoàn/,
    })
  })
})
