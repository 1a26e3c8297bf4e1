// Who must send their own plan, as the seeds say: 003 (Tây Ninh, province) every district and
// commune and the provincial bodies it names; 000 (Bắc Quang) every commune, without a date —
// the duty is listed, nothing is ever refused or overdue.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type TestContext } from './harness'
import { PDF, readList, uploadPlan } from './unit-plans-fixture'

let context: TestContext
const now = new Date('2030-06-01T03:00:00Z')

beforeAll(async () => {
  context = await createTestContext(() => now)
})
afterAll(() => context.close())

async function planIdOf(key: string) {
  const row = await context.deps.db
    .selectFrom('plans')
    .select('id')
    .where('plan_key', '=', key)
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Units of the kinds under the legacy unit `code`, counted in plain SQL. */
async function countUnder(code: string, kinds: string[]) {
  const root = await findUnitId(context.deps, 'legacy', code)
  const result = await sql<{ n: string }>`
    select count(*) as n from units u join units r on r.id = ${root}
    where u.version = 'legacy' and u.kind in (${sql.join(kinds)})
      and u.path like r.path || '%' and u.id <> r.id`.execute(context.deps.db)
  return Number(result.rows[0]?.n)
}

describe('who must send, from the seeds', () => {
  it('003: every district and commune of Tây Ninh, by 29/03/2024', async () => {
    const admin = await signIn(context.app, 'admin')
    const list = await readList(admin, await planIdOf('003-tay-ninh-2024'))
    const places = await countUnder('72', ['district', 'commune'])
    expect(places).toBeGreaterThan(90)
    // And the 8 provincial bodies it names (Sở Tư pháp, Công an tỉnh…), each the demo's unit
    // under the province (plan bodies resolved by name), so none is left unresolved.
    const expected = places + 8
    expect(list.dueDate).toBe('2024-03-29')
    expect(list.units).toHaveLength(expected)
    expect(list.units.map((unit) => unit.name)).toEqual(
      expect.arrayContaining(['Sở Tư pháp tỉnh Tây Ninh', 'Công an tỉnh Tây Ninh']),
    )
    expect(list.unresolved).toEqual([])
    expect(list.counts).toMatchObject({ notSubmitted: expected, overdue: expected })
  })

  it('000: every commune of Bắc Quang, no date — never overdue, never refused', async () => {
    const planId = await planIdOf('000-bac-quang-2024')
    const owner = await signIn(context.app, 'congan.bacquang')
    const list = await readList(owner, planId)
    const expected = await countUnder('034', ['commune'])
    expect(list).toMatchObject({ deadlineId: 'ke-hoach-don-vi', dueDate: null })
    expect(list.units).toHaveLength(expected)
    expect(list.counts).toMatchObject({ required: expected, overdue: 0 })
    expect(list).toMatchObject({ isReviewer: true, canExtend: false })
    const clerk = await signIn(context.app, 'canbo.xadongyen')
    const commune = await findUnitId(context.deps, 'legacy', '01216')
    const sent = await uploadPlan(
      clerk,
      { planId, unitId: commune },
      { name: 'kh.pdf', bytes: PDF },
    )
    expect(sent.statusCode, sent.body).toBe(200)
    expect(sent.json()).toMatchObject({ status: 'submitted', late: false })
    // No date to extend.
    const extend = await owner.request({
      method: 'POST',
      url: `/api/plans/${planId}/unit-plans/ke-hoach-don-vi/extensions`,
      payload: { unitIds: [commune], until: '2030-07-01', reason: 'Thử' },
    })
    expect(extend.statusCode).toBe(400)
    expect(extend.json<{ error: { message: string } }>().error.message).toBe(
      'Kế hoạch không đặt hạn gửi kế hoạch thực hiện nên không cần gia hạn',
    )
  })
})
