// The demo nominations: written once, readable through the API with their assessment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoNominations } from '../src/demo/seed-nominations'
import { createTestContext, signIn, type TestContext } from './harness'
import type { NominationBody } from './nominations-fixture'

let context: TestContext
beforeAll(async () => {
  context = await createTestContext()
})
afterAll(() => context.close())

describe('demo nominations', () => {
  it('seeds plan 000 and 004 once, at each step of the route', async () => {
    expect(await seedDemoNominations(context.deps)).toBe(13)
    expect(await seedDemoNominations(context.deps)).toBe(0)
    const police = await signIn(context.app, 'congan.bacquang')
    const list = await police.request({ method: 'GET', url: '/api/nominations?year=2024' })
    const items = list.json<{ items: { id: number; status: string }[] }>().items
    expect(items.map((item) => item.status).sort()).toEqual([
      'appraised',
      'draft',
      'returned',
      'submitted',
    ])
    const draft = items.find((item) => item.status === 'draft')
    const detail = await police.request({ method: 'GET', url: `/api/nominations/${draft?.id}` })
    const body = detail.json<NominationBody>()
    expect(body.quota.message).toBe(
      'Đã dùng 1/5 Giấy khen của Giám đốc Công an tỉnh (chỉ tiêu của Huyện Bắc Quang)',
    )
    expect(body.deadline.open).toBe(true)
    const flags = await context.deps.db
      .selectFrom('nominations')
      .select('id')
      .where('award_form_id', '=', 'co-thi-dua-ubnd-tinh')
      .execute()
    expect(flags).toHaveLength(9)
  })
})
