// Issue 10 item 5: reopening an accepted report keeps its accepted figures counting in the
// targets until a replacement counts. The rule a target reads by (targets.facts.ts): a
// submitted or accepted report counts with its own figures (a submitted one is not waited on);
// a reopened, returned or redrafted report counts with the figures it was last accepted with.
// Plan 000 "tuyen-truyen-ho-dan" reads the households reached from the activity log (ADR 020),
// over the households the commune reports (a typed total overrides the register): the
// denominator is the reported figure followed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type Client, type TestContext } from './harness'
import { act, COMMUNE_FIGURES, reportUrl, setUpReports, type ReportItem } from './reports-fixture'

let context: TestContext
let setup: Awaited<ReturnType<typeof setUpReports>>
let url: string

beforeAll(async () => {
  context = await createTestContext(() => new Date('2024-03-01T03:00:00Z'))
  setup = await setUpReports(context)
  url = reportUrl(setup.planId, setup.commune.id, '2024-Q1')
  // The demo year's reports of this commune would be read first (its yearly one): remove them.
  const { db } = context.deps
  const ids = db.selectFrom('reports').select('id').where('unit_id', '=', setup.commune.id)
  await db.deleteFrom('report_history').where('report_id', 'in', ids).execute()
  await db.deleteFrom('reports').where('unit_id', '=', setup.commune.id).execute()
})
afterAll(() => context.close())

async function reach() {
  const row = await context.deps.db
    .selectFrom('target_values')
    .select('denominator')
    .where('plan_id', '=', setup.planId)
    .where('target_id', '=', 'tuyen-truyen-ho-dan')
    .where('period_id', '=', '2024')
    .where('scope_unit_id', '=', setup.commune.id)
    .executeTakeFirstOrThrow()
  return row.denominator
}

async function step(client: Client, action: string, reason?: string) {
  const response = await act(client, url, { action, reason })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<ReportItem & { acceptedAt: string | null }>()
}
const save = async (reached: number) => {
  const figures = { ...COMMUNE_FIGURES, 'unit.households': reached }
  const response = await setup.clerk.request({ method: 'PUT', url, payload: { figures } })
  expect(response.statusCode, response.body).toBe(200)
}

describe('a reopened report', () => {
  it('counts its accepted figures until a replacement counts', async () => {
    await save(600)
    await step(setup.clerk, 'submit')
    const accepted = await step(setup.reviewer, 'accept')
    expect(accepted.acceptedAt).not.toBeNull()
    expect(await reach()).toBe(600)

    await step(setup.reviewer, 'reopen', 'Số hộ được tuyên truyền cần đối chiếu lại')
    expect(await reach()).toBe(600)
    await step(setup.clerk, 'revise')
    await save(700)
    expect(await reach()).toBe(600) // a draft never counts: the accepted 600 still does

    await step(setup.clerk, 'submit')
    expect(await reach()).toBe(700) // submitted counts, as before the reopening
    await step(setup.reviewer, 'return', 'Thiếu biên bản')
    expect(await reach()).toBe(600) // returned: back to the accepted figures

    await step(setup.clerk, 'revise')
    await step(setup.clerk, 'submit')
    const replaced = await step(setup.reviewer, 'accept')
    expect(replaced).toMatchObject({ status: 'accepted' })
    expect(await reach()).toBe(700)
    const row = await context.deps.db
      .selectFrom('reports')
      .select('accepted_figures')
      .where('unit_id', '=', setup.commune.id)
      .where('period_id', '=', '2024-Q1')
      .executeTakeFirstOrThrow()
    expect(row.accepted_figures).toMatchObject({ 'unit.households': 700 })
  })
})
