import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf, type ErrorBody } from './helpers'
import { act, COMMUNE_FIGURES, reportUrl, setUpReports, type ReportItem } from './reports-fixture'

// Quarter I of 2024 under NĐ 09/2019 runs 15/12/2023–14/03/2024.
let now = new Date('2024-03-01T03:00:00Z')
let context: TestContext
let setup: Awaited<ReturnType<typeof setUpReports>>
let url: string

beforeAll(async () => {
  context = await createTestContext(() => now)
  setup = await setUpReports(context)
  url = reportUrl(setup.planId, setup.commune.id, '2024-Q1')
})
afterAll(() => context.close())

const save = (client: Client, figures: Record<string, unknown>, rowVersion?: number) =>
  client.request({ method: 'PUT', url, payload: { figures, rowVersion } })

describe('report periods', () => {
  it('lists the NĐ 09/2019 periods of the plan year, with deadlines', async () => {
    const response = await setup.clerk.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/report-periods?year=2024`,
    })
    const body = response.json<{
      year: number
      items: { id: string; start: string; end: string; deadline: string; current: boolean }[]
    }>()
    expect(body.year).toBe(2024)
    expect(body.items.find((period) => period.id === '2024-Q1')).toMatchObject({
      start: '2023-12-15',
      end: '2024-03-14',
      deadline: '2024-03-14',
      current: true,
    })
    expect(body.items.map((period) => period.id)).toEqual(
      expect.arrayContaining(['2024-Q4', '2024-H1', '2024-9M', '2024']),
    )
  })
})

describe('a quarterly report', () => {
  it('is saved as a draft by the commune clerk and listed with its form', async () => {
    const saved = await save(setup.clerk, { ...COMMUNE_FIGURES, 'models.effective': null })
    expect(saved.statusCode).toBe(200)
    expect(saved.json<ReportItem>()).toMatchObject({ status: 'draft', rowVersion: 1 })
    const list = await setup.reviewer.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/reports?periodId=2024-Q1`,
    })
    const body = list.json<{
      forms: Record<string, { fields: { id: string }[] }>
      items: ReportItem[]
      notSubmitted: { id: number }[]
    }>()
    expect(body.forms.commune?.fields.map((field) => field.id)).toContain(
      'propaganda.households_reached',
    )
    expect(body.items.find((item) => item.unit.id === setup.commune.id)?.status).toBe('draft')
    expect(body.notSubmitted.map((unit) => unit.id)).toContain(setup.other.id)
  })

  it('refuses a stale rowVersion', async () => {
    expect(errorOf(await save(setup.clerk, COMMUNE_FIGURES, 99))).toEqual({
      status: 409,
      code: 'CONFLICT',
    })
  })

  it('refuses an incomplete submission, naming the field', async () => {
    const response = await act(setup.clerk, url, { action: 'submit' })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(response.json<ErrorBody>().error.details).toContainEqual({
      path: 'models.effective',
      message: 'Chưa nhập "Số mô hình hoạt động hiệu quả"',
    })
  })

  it('refuses reached > total with the field message', async () => {
    const response = await save(setup.clerk, {
      ...COMMUNE_FIGURES,
      'propaganda.households_reached': 1200,
    })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(response.json<ErrorBody>().error.details).toEqual([
      {
        path: 'propaganda.households_reached',
        message:
          'Số hộ gia đình được tuyên truyền, phổ biến (1.200) không được lớn hơn Tổng số hộ gia đình trên địa bàn (800)',
      },
    ])
    const negative = await save(setup.clerk, { ...COMMUNE_FIGURES, 'models.count': -1 })
    expect(negative.json<ErrorBody>().error.details[0]?.path).toBe('models.count')
  })

  it('is kept from another commune clerk (403)', async () => {
    expect(errorOf(await save(setup.otherClerk, COMMUNE_FIGURES))).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
    expect(errorOf(await act(setup.otherClerk, url, { action: 'submit' }))).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
  })

  it('goes submit → return (with reason) → revise → submit → accept', async () => {
    expect((await save(setup.clerk, COMMUNE_FIGURES, 1)).statusCode).toBe(200)
    expect((await act(setup.clerk, url, { action: 'submit' })).json<ReportItem>().status).toBe(
      'submitted',
    )
    expect(errorOf(await act(setup.clerk, url, { action: 'accept' }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
    expect(errorOf(await save(setup.clerk, COMMUNE_FIGURES))).toEqual({
      status: 409,
      code: 'INVALID_TRANSITION',
    })
    const noReason = await act(setup.reviewer, url, { action: 'return' })
    expect(errorOf(noReason)).toEqual({ status: 400, code: 'VALIDATION' })
    const returned = await act(setup.reviewer, url, {
      action: 'return',
      reason: 'Thiếu số liệu mô hình',
    })
    expect(returned.json<ReportItem>()).toMatchObject({
      status: 'returned',
      returnReason: 'Thiếu số liệu mô hình',
    })

    const seen = await setup.clerk.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/reports?periodId=2024-Q1`,
    })
    const mine = seen
      .json<{ items: ReportItem[] }>()
      .items.find((item) => item.unit.id === setup.commune.id)
    expect(mine).toMatchObject({
      status: 'returned',
      returnReason: 'Thiếu số liệu mô hình',
      actions: ['revise'],
    })

    expect((await act(setup.clerk, url, { action: 'revise' })).json<ReportItem>().status).toBe(
      'draft',
    )
    expect((await save(setup.clerk, { ...COMMUNE_FIGURES, 'models.count': 4 })).statusCode).toBe(
      200,
    )
    expect((await act(setup.clerk, url, { action: 'submit' })).statusCode).toBe(200)
    const accepted = await act(setup.reviewer, url, { action: 'accept' })
    expect(accepted.json<ReportItem>()).toMatchObject({
      status: 'accepted',
      figures: { 'models.count': 4 },
    })
  })

  it('keeps a complete, append-only history and audit trail', async () => {
    const report = (
      await setup.reviewer.request({
        method: 'GET',
        url: `/api/plans/${setup.planId}/reports?periodId=2024-Q1&unitId=${setup.commune.id}`,
      })
    ).json<{ items: ReportItem[] }>().items[0]
    expect(
      report?.history.map((entry) => [entry.action, entry.fromStatus, entry.toStatus, entry.actor]),
    ).toEqual([
      ['save', null, 'draft', 'canbo.xa1'],
      ['save', 'draft', 'draft', 'canbo.xa1'],
      ['submit', 'draft', 'submitted', 'canbo.xa1'],
      ['return', 'submitted', 'returned', 'congan.bacquang'],
      ['revise', 'returned', 'draft', 'canbo.xa1'],
      ['save', 'draft', 'draft', 'canbo.xa1'],
      ['submit', 'draft', 'submitted', 'canbo.xa1'],
      ['accept', 'submitted', 'accepted', 'congan.bacquang'],
    ])
    expect(report?.history[3]?.reason).toBe('Thiếu số liệu mô hình')
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'report')
      .orderBy('id')
      .execute()
    expect(audit.map((entry) => entry.action)).toEqual(
      report?.history.map((entry) => `report.${entry.action}`),
    )
    await expect(
      context.deps.db.deleteFrom('audit_log').where('entity', '=', 'report').execute(),
    ).rejects.toThrow()
  })

  it('locks the unit after the deadline, not the reviewer', async () => {
    const otherUrl = reportUrl(setup.planId, setup.other.id, '2024-Q1')
    expect(
      (
        await setup.otherClerk.request({
          method: 'PUT',
          url: otherUrl,
          payload: { figures: COMMUNE_FIGURES },
        })
      ).statusCode,
    ).toBe(200)
    // Sessions age with the clock: sign in again on the later day.
    now = new Date('2024-03-20T03:00:00Z')
    const lateClerk = await signIn(context.app, 'canbo.xa2')
    const reviewer = await signIn(context.app, 'congan.bacquang')
    const late = await act(lateClerk, otherUrl, { action: 'submit' })
    expect(errorOf(late)).toEqual({ status: 409, code: 'DEADLINE_PASSED' })
    expect(late.json<ErrorBody>().error.message).toBe(
      'Báo cáo đã bị khóa: Đã hết hạn nộp báo cáo ngày 14/03/2024',
    )
    const reopened = await act(reviewer, url, {
      action: 'reopen',
      reason: 'Cần đối chiếu lại',
    })
    expect(reopened.json<ReportItem>().status).toBe('returned')
  })

  it('opens again for a unit given an extension', async () => {
    await context.deps.db
      .insertInto('deadline_extensions')
      .values({
        plan_key: '000-bac-quang-2024',
        closes: 'report:2024-Q1',
        year: 2024,
        unit_ids: JSON.stringify([setup.other.id]),
        scope_path: null,
        until: '2024-03-31',
        reason: 'Xã bị ảnh hưởng mưa lũ',
        granted_by: 'congan.bacquang',
      })
      .execute()
    const clerk = await signIn(context.app, 'canbo.xa2')
    const otherUrl = reportUrl(setup.planId, setup.other.id, '2024-Q1')
    expect((await act(clerk, otherUrl, { action: 'submit' })).json<ReportItem>().status).toBe(
      'submitted',
    )
  })
})
