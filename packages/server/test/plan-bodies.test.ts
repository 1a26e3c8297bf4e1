// Issue 11 item 1: the bodies the seed plans give work to are units under each plan's issuer in
// the demo, every one resolved to exactly one unit; the plan page lists them with their units and
// accounts, and the plan owner creates a missing body's unit (audited, refused when it exists).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSeedPlans } from '../src/demo/generate-body-units'
import { resolvePlanBodies } from '../src/features/bodies/bodies.resolve'
import { createTestContext, signIn, type TestContext } from './harness'
import { errorOf } from './helpers'

type BodyItem = {
  id: string
  name: string
  unit: { id: number; code: string; name: string; path: string } | null
  accounts: number
  reason: string | null
}
type Bodies = { canCreateUnits: boolean; items: BodyItem[] }

let context: TestContext
beforeAll(async () => {
  context = await createTestContext()
}, 120_000)
afterAll(async () => {
  await context.close()
})

async function planId(key: string) {
  const row = await context.deps.db
    .selectFrom('plans')
    .select(['id', 'issuer_unit_id'])
    .where('plan_key', '=', key)
    .orderBy('version', 'desc')
    .executeTakeFirstOrThrow()
  return row
}

describe('bodies of the seed plans in the demo', () => {
  it('resolves every body of every seed plan to exactly one unit under its issuer', async () => {
    const unresolved: string[] = []
    const plans = readSeedPlans()
    expect(plans).toHaveLength(5)
    for (const plan of plans) {
      const { issuer_unit_id } = await planId(plan.id)
      const matches = await resolvePlanBodies(context.deps.db, {
        issuerUnitId: issuer_unit_id,
        bodies: plan.bodies,
      })
      for (const body of plan.bodies) {
        const match = matches.get(body.id)
        if (!match || match.unitId === null)
          unresolved.push(`${plan.id} / ${body.id} (${body.name}): ${match?.reason ?? '?'}`)
      }
    }
    expect(unresolved).toEqual([])
  })

  it('lists plan 002 with its twenty bodies, their units and the clerks on them', async () => {
    const admin = await signIn(context.app, 'admin')
    const { id } = await planId('002-luc-ngan-2020-2025')
    const response = await admin.request({ method: 'GET', url: `/api/plans/${id}/bodies` })
    expect(response.statusCode, response.body).toBe(200)
    const bodies = response.json<Bodies>()
    expect(bodies.items).toHaveLength(20)
    const byId = new Map(bodies.items.map((item) => [item.id, item]))
    expect(byId.get('cong-an-huyen')).toMatchObject({
      unit: { code: '219.CA', name: 'Công an huyện Lục Ngạn' },
      accounts: 1,
      reason: null,
    })
    expect(byId.get('phong-tai-chinh-ke-hoach')?.unit?.name).toBe(
      'Phòng Tài chính - Kế hoạch huyện Lục Ngạn',
    )
    expect(byId.get('phong-y-te')).toMatchObject({ accounts: 0 })
    expect(byId.get('ban-tuyen-giao-huyen-uy')?.unit?.name).toBe('Ban Tuyên giáo Huyện uỷ Lục Ngạn')
  })

  it('lets a body clerk read its plan but not a plan of another province', async () => {
    const clerk = await signIn(context.app, 'canbo.mattrantayninh')
    const own = await planId('003-tay-ninh-2024')
    const mine = await clerk.request({ method: 'GET', url: `/api/plans/${own.id}/bodies` })
    expect(mine.statusCode, mine.body).toBe(200)
    const front = mine.json<Bodies>().items.find((item) => item.id.startsWith('uy-ban-mat-tran'))
    expect(front?.unit?.name).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh')
    expect(mine.json<Bodies>().canCreateUnits).toBe(false)
    const other = await planId('004-dong-thap-2024')
    const response = await clerk.request({ method: 'GET', url: `/api/plans/${other.id}/bodies` })
    expect(errorOf(response).code).toBe('OUT_OF_SCOPE')
  })
})

describe('creating a missing body unit', () => {
  it('creates the unit under the issuer, audited, and refuses a second time', async () => {
    const owner = await signIn(context.app, 'congan.bacquang')
    const { id, issuer_unit_id } = await planId('000-bac-quang-2024')
    // Take the culture centre away (as if the register lacked it), then create it again.
    await context.deps.db
      .updateTable('units')
      .set({ name: 'Trung tâm khác' })
      .where('code', '=', '034.TTVHTTVDL')
      .execute()
    const body = 'trung-tam-van-hoa-thong-tin-va-du-lich-huyen'
    const listed = await owner.request({ method: 'GET', url: `/api/plans/${id}/bodies` })
    const missing = listed.json<Bodies>().items.find((item) => item.id === body)
    expect(missing).toMatchObject({ unit: null })
    expect(missing?.reason).toContain('Chưa có đơn vị')
    expect(listed.json<Bodies>().canCreateUnits).toBe(true)

    const url = `/api/plans/${id}/bodies/${body}/unit`
    const created = await owner.request({ method: 'POST', url, payload: { reason: 'Bổ sung' } })
    expect(created.statusCode, created.body).toBe(200)
    const unit = created.json<{ id: number; code: string; name: string }>()
    expect(unit.name).toBe('Trung tâm Văn hóa, thông tin và du lịch huyện Bắc Quang')
    expect(unit.code).toBe('034.TTVHTTVDL2')
    const row = await context.deps.db
      .selectFrom('units')
      .select(['parent_id', 'kind', 'subtype'])
      .where('id', '=', unit.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ parent_id: issuer_unit_id, kind: 'agency', subtype: 'public_service' })
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name', 'reason'])
      .where('entity', '=', 'unit')
      .where('entity_id', '=', String(unit.id))
      .execute()
    expect(audit).toEqual([
      { action: 'unit.create', actor_name: 'congan.bacquang', reason: 'Bổ sung' },
    ])

    const again = await owner.request({ method: 'POST', url, payload: {} })
    expect(errorOf(again).code).toBe('DUPLICATE')
  })

  it('refuses an account outside the issuer and an unknown body', async () => {
    const { id } = await planId('000-bac-quang-2024')
    const outsider = await signIn(context.app, 'congan.tuyenquang')
    const url = `/api/plans/${id}/bodies/cong-an-huyen/unit`
    expect(errorOf(await outsider.request({ method: 'POST', url, payload: {} })).code).toBe(
      'OUT_OF_SCOPE',
    )
    const owner = await signIn(context.app, 'congan.bacquang')
    const unknown = `/api/plans/${id}/bodies/khong-co/unit`
    expect(errorOf(await owner.request({ method: 'POST', url: unknown, payload: {} })).code).toBe(
      'NOT_FOUND',
    )
  })
})
