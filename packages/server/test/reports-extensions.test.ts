// Issue 10 item 5: report deadlines are extended per unit and per period as registrations are
// (one deadline_extensions mechanism, audited): a late report after an extension is taken,
// without one refused, and the late list stops chasing the extended unit until its new date.
// Plan 000, quarter I of 2024 under NĐ 09/2019: 15/12/2023–14/03/2024, due 14/03/2024.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type TestContext } from './harness'
import { countAudit, errorOf } from './helpers'
import { act, COMMUNE_FIGURES, reportUrl, setUpReports } from './reports-fixture'

let now = new Date('2024-03-20T03:00:00Z')
let context: TestContext
let setup: Awaited<ReturnType<typeof setUpReports>>

beforeAll(async () => {
  context = await createTestContext(() => now)
  setup = await setUpReports(context)
  const { db } = context.deps
  const units = [setup.commune.id, setup.other.id]
  const ids = db.selectFrom('reports').select('id').where('unit_id', 'in', units)
  await db.deleteFrom('report_history').where('report_id', 'in', ids).execute()
  await db.deleteFrom('reports').where('unit_id', 'in', units).execute()
})
afterAll(() => context.close())

const grant = (payload: object, client = setup.reviewer) =>
  client.request({
    method: 'POST',
    url: `/api/plans/${setup.planId}/reports/extensions`,
    payload: { periodId: '2024-Q1', reason: 'Xã bị ảnh hưởng mưa lũ', ...payload },
  })
const save = (client: typeof setup.clerk, unitId: number) =>
  client.request({
    method: 'PUT',
    url: reportUrl(setup.planId, unitId, '2024-Q1'),
    payload: { figures: COMMUNE_FIGURES },
  })
async function lateIds() {
  const response = await setup.reviewer.request({
    method: 'GET',
    url: `/api/plans/${setup.planId}/late-units?year=2024&periodId=2024-Q1`,
  })
  expect(response.statusCode, response.body).toBe(200)
  return response
    .json<{ report: { items: { unit: { id: number } }[] } }>()
    .report.items.map((item) => item.unit.id)
}

describe('a report deadline extension', () => {
  it('is refused to a clerk, and before the deadline it extends', async () => {
    expect(
      errorOf(await grant({ unitIds: [setup.commune.id], until: '2024-03-31' }, setup.clerk)),
    ).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
    expect(errorOf(await grant({ unitIds: [setup.commune.id], until: '2024-03-10' }))).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
  })

  it('without one, a late report is refused and both communes are chased', async () => {
    expect(errorOf(await save(setup.clerk, setup.commune.id))).toEqual({
      status: 409,
      code: 'DEADLINE_PASSED',
    })
    expect(await lateIds()).toEqual(expect.arrayContaining([setup.commune.id, setup.other.id]))
  })

  it('is granted to one unit for one period, audited, listed on the page', async () => {
    const audits = await countAudit(context.deps)
    const response = await grant({ unitIds: [setup.commune.id], until: '2024-03-31' })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toMatchObject({
      closes: 'report:2024-Q1',
      year: 2024,
      unitIds: [setup.commune.id],
      until: '2024-03-31',
      reason: 'Xã bị ảnh hưởng mưa lũ',
    })
    expect(await countAudit(context.deps)).toBe(audits + 1)
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'unit_id', 'reason'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit).toMatchObject({ action: 'report.extend', unit_id: setup.commune.id })
    const list = await setup.reviewer.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/reports?periodId=2024-Q1`,
    })
    expect(list.json<{ extensions: { until: string }[] }>().extensions).toHaveLength(1)
  })

  it('takes the extended unit’s late report, still refuses the other, stops chasing it', async () => {
    expect((await save(setup.clerk, setup.commune.id)).statusCode).toBe(200)
    const submitted = await act(setup.clerk, reportUrl(setup.planId, setup.commune.id, '2024-Q1'), {
      action: 'submit',
    })
    expect(submitted.statusCode, submitted.body).toBe(200)
    expect(errorOf(await save(setup.otherClerk, setup.other.id))).toEqual({
      status: 409,
      code: 'DEADLINE_PASSED',
    })
    const late = await lateIds()
    expect(late).toContain(setup.other.id)
    expect(late).not.toContain(setup.commune.id)
  })

  it('chases an extended unit that has not reported once its new date has passed', async () => {
    await grant({ unitIds: [setup.other.id], until: '2024-03-25' })
    expect(await lateIds()).not.toContain(setup.other.id)
    now = new Date('2024-03-26T03:00:00Z')
    setup.reviewer = await signIn(context.app, 'congan.bacquang')
    expect(await lateIds()).toContain(setup.other.id)
  })
})
