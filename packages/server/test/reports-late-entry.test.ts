// Issue 10 item 5: the plan owner enters or corrects a past period's results late, with a
// reason, audited and marked "Nhập muộn", so a plan loaded in the middle of its period can be
// filled in for the periods already gone; the targets of the report's year follow at once.
// Plan 000, quarter I of 2024 (due 14/03/2024); plan 003 after its campaign's end (31/12/2024).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { countAudit, errorOf, type ErrorBody } from './helpers'
import { COMMUNE_FIGURES, reportUrl, setUpReports, type ReportItem } from './reports-fixture'

let now = new Date('2024-03-20T03:00:00Z')
let context: TestContext
let setup: Awaited<ReturnType<typeof setUpReports>>
type LateItem = ReportItem & { lateEntry: boolean; lateEntryAllowed: boolean }

beforeAll(async () => {
  context = await createTestContext(() => now)
  setup = await setUpReports(context)
  const { db } = context.deps
  const ids = db.selectFrom('reports').select('id').where('unit_id', '=', setup.commune.id)
  await db.deleteFrom('report_history').where('report_id', 'in', ids).execute()
  await db.deleteFrom('reports').where('unit_id', '=', setup.commune.id).execute()
})
afterAll(() => context.close())

const late = (client: Client, url: string, payload: object) =>
  client.request({ method: 'POST', url: `${url}/late-entry`, payload })
// The households the commune reports: the denominator of plan 000's households target (its
// numerator now reads the activity log, ADR 020).
// A refusal that is not about the figures sends figures that are valid on their own (600 households
// reached of 600), so the refusal tested is the one that answers.
const figures = (households: number) => ({ ...COMMUNE_FIGURES, 'unit.households': households })

async function reach(planId: number, unitId: number, year = '2024') {
  const row = await context.deps.db
    .selectFrom('target_values')
    .select('denominator')
    .where('plan_id', '=', planId)
    .where('target_id', '=', 'tuyen-truyen-ho-dan')
    .where('period_id', '=', year)
    .where('scope_unit_id', '=', unitId)
    .executeTakeFirstOrThrow()
  return row.denominator
}

describe('late entry of a closed period (plan 000, quarter I of 2024)', () => {
  it('is offered to the plan owner once the unit is locked out, never to the unit', async () => {
    const url = reportUrl(setup.planId, setup.commune.id, '2024-Q1')
    expect(
      errorOf(
        await setup.clerk.request({ method: 'PUT', url, payload: { figures: figures(600) } }),
      ),
    ).toEqual({
      status: 409,
      code: 'DEADLINE_PASSED',
    })
    expect(errorOf(await late(setup.clerk, url, { figures: figures(600), reason: 'x' }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
    const list = await setup.reviewer.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/reports?periodId=2024-Q1`,
    })
    const item = list
      .json<{ items: LateItem[] }>()
      .items.find((each) => each.unit.id === setup.commune.id)
    expect(item?.lateEntryAllowed).toBe(true)
  })

  it('needs a reason and complete figures', async () => {
    const url = reportUrl(setup.planId, setup.commune.id, '2024-Q1')
    const noReason = await late(setup.reviewer, url, { figures: figures(500), reason: ' ' })
    expect(errorOf(noReason)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(noReason.json<ErrorBody>().error.details[0]?.path).toBe('reason')
    const incomplete = await late(setup.reviewer, url, {
      figures: { ...figures(500), 'models.effective': null },
      reason: 'Nhập bổ sung',
    })
    expect(errorOf(incomplete)).toEqual({ status: 400, code: 'VALIDATION' })
  })

  it('is refused while the unit may still report the period itself', async () => {
    const open = reportUrl(setup.planId, setup.commune.id, '2024-Q2')
    expect(
      errorOf(await late(setup.reviewer, open, { figures: figures(600), reason: 'x' })),
    ).toEqual({
      status: 409,
      code: 'INVALID_TRANSITION',
    })
  })

  it('stands accepted, marked, in history and audit, and counts in the year’s targets', async () => {
    const url = reportUrl(setup.planId, setup.commune.id, '2024-Q1')
    const audits = await countAudit(context.deps)
    const reason = 'Kế hoạch nạp giữa kỳ: nhập kết quả quý I theo biên bản của xã'
    const response = await late(setup.reviewer, url, { figures: figures(640), reason })
    expect(response.statusCode, response.body).toBe(200)
    const item = response.json<LateItem>()
    expect(item).toMatchObject({ status: 'accepted', lateEntry: true })
    expect(item.history.at(-1)).toMatchObject({
      action: 'late_entry',
      toStatus: 'accepted',
      reason,
    })
    expect(await countAudit(context.deps)).toBe(audits + 1)
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'reason', 'after'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit).toMatchObject({ action: 'report.late_entry', reason })
    expect(await reach(setup.planId, setup.commune.id)).toBe(640)
  })

  it('corrects an accepted report the same way', async () => {
    const url = reportUrl(setup.planId, setup.commune.id, '2024-Q1')
    const response = await late(setup.reviewer, url, {
      figures: figures(660),
      reason: 'Sửa số hộ theo biên bản kiểm tra',
    })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json<LateItem>().history.filter((h) => h.action === 'late_entry')).toHaveLength(
      2,
    )
    expect(await reach(setup.planId, setup.commune.id)).toBe(660)
  })

  it('is still refused for a year the plan does not cover', async () => {
    const url = reportUrl(setup.planId, setup.commune.id, '2023-Q4')
    expect(errorOf(await late(setup.reviewer, url, { figures: figures(1), reason: 'x' }))).toEqual({
      status: 400,
      code: 'OUTSIDE_PLAN_PERIOD',
    })
  })
})

describe('late entry after the campaign’s end (plan 003, "đến hết ngày 31/12/2024")', () => {
  it('is the one report write the campaign still takes', async () => {
    now = new Date('2025-02-10T03:00:00Z')
    const admin = await signIn(context.app, 'admin')
    const plan = await context.deps.db
      .selectFrom('plans')
      .select(['id', 'scope_path'])
      .where('plan_key', '=', '003-tay-ninh-2024')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow()
    const commune = await context.deps.db
      .selectFrom('units')
      .select('id')
      .where('kind', '=', 'commune')
      .where('path', 'like', `${plan.scope_path ?? ''}%`)
      .orderBy('path')
      .executeTakeFirstOrThrow()
    const url = reportUrl(plan.id, commune.id, '2024')
    const list = await admin.request({
      method: 'GET',
      url: `/api/plans/${plan.id}/reports?periodId=2024&unitId=${commune.id}`,
    })
    const form = list.json<{ forms: Record<string, { fields: { id: string; type: string }[] }> }>()
      .forms.commune
    const complete = Object.fromEntries(
      (form?.fields ?? []).map((field) => [field.id, field.type === 'boolean' ? true : 1]),
    )
    const normal = await admin.request({ method: 'PUT', url, payload: { figures: complete } })
    expect(errorOf(normal)).toEqual({ status: 409, code: 'CAMPAIGN_ENDED' })
    const entered = await late(admin, url, {
      figures: complete,
      reason: 'Nhập kết quả năm 2024 sau tổng kết',
    })
    expect(entered.statusCode, entered.body).toBe(200)
    expect(entered.json<LateItem>()).toMatchObject({ status: 'accepted', lateEntry: true })
  })
})
