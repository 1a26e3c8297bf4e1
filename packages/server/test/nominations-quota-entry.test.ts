// Quota entries are validated, never clamped, on both paths that enter one: an allocation from a
// higher level to a lower one (PUT /api/plans/:id/quotas, plan 000 gk-ca-tinh "chỉ tiêu do Công
// an tỉnh phân bổ") and a plan's fixed count (the plan editor saves a definition that plan
// validation checks — plan 004 co-thi-dua-ubnd-tinh "09 Cờ thi đua"). Negative, fractional or
// absurd counts and allocations above what the allocator itself received are refused with the
// value and the count; nothing is written.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from './harness'
import { errorOf } from './helpers'
import { Clock, setUpNominations } from './nominations-fixture'

let context: TestContext
let world: Awaited<ReturnType<typeof setUpNominations>>

beforeAll(async () => {
  context = await createTestContext(new Clock().now)
  world = await setUpNominations(context)
})
afterAll(() => context.close())

const allocate = (payload: Record<string, unknown>) =>
  world.police.request({
    method: 'PUT',
    url: `/api/plans/${world.planId}/quotas`,
    payload: { year: 2024, awardFormId: 'gk-ca-tinh', note: '', ...payload },
  })
const messageOf = (response: { json: <T>() => T }) =>
  response.json<{ error: { message: string; details: { message: string }[] } }>().error
const allocations = () =>
  context.deps.db
    .selectFrom('quota_allocations')
    .select(['to_unit_id', 'count'])
    .where('plan_key', '=', '000-bac-quang-2024')
    .orderBy('to_unit_id')
    .execute()

describe('quota allocations', () => {
  it('refuses negative, fractional and absurd counts with the value typed', async () => {
    const toDistrict = { fromUnitId: null, toUnitId: world.district.id }
    for (const [count, message] of [
      [-3, 'Chỉ tiêu không được âm: -3'],
      [2.5, 'Chỉ tiêu phải là số nguyên: 2,5'],
      [100_001, 'Chỉ tiêu 100.001 vượt mức tối đa 100.000'],
    ] as const) {
      const refused = await allocate({ ...toDistrict, count })
      expect(errorOf(refused)).toEqual({ status: 400, code: 'VALIDATION' })
      expect(messageOf(refused).details.map((detail) => detail.message)).toContain(message)
    }
    expect(await allocations()).toEqual([])
  })

  it("refuses more than the allocator's own quota, naming the count, and keeps the rest", async () => {
    expect(
      (await allocate({ fromUnitId: null, toUnitId: world.district.id, count: 3 })).statusCode,
    ).toBe(200)
    const fromDistrict = { fromUnitId: world.district.id }
    expect(
      (await allocate({ ...fromDistrict, toUnitId: world.commune.id, count: 2 })).statusCode,
    ).toBe(200)
    const over = await allocate({ ...fromDistrict, toUnitId: world.other.id, count: 2 })
    expect(errorOf(over)).toEqual({ status: 409, code: 'QUOTA_EXCEEDED' })
    expect(messageOf(over).message).toBe(
      'Vượt chỉ tiêu: Giấy khen của Giám đốc Công an tỉnh đã phân bổ 4/3 (đã giao đơn vị khác 2, lần này 2, được giao 3)',
    )
    expect((await allocations()).map((row) => row.count)).toEqual([3, 2])
  })
})

describe("a plan's fixed quota (the plan editor's path)", () => {
  const SEED_004 = readFileSync(
    new URL('../../../plans/seeds/004-dong-thap-2024.yaml', import.meta.url),
    'utf8',
  )
  it('refuses a fixed count that is negative, fractional, zero or absurd, never rounding it', async () => {
    for (const [count, message] of [
      ['-9', 'Chỉ tiêu không được âm: -9'],
      ['9.5', 'Chỉ tiêu phải là số nguyên: 9,5'],
      ['0', 'Chỉ tiêu cố định phải từ 1 trở lên: 0'],
      ['900000', 'Chỉ tiêu 900.000 vượt mức tối đa 100.000'],
    ]) {
      const text = SEED_004.replace(
        'quota: { type: fixed, count: 9, recipients: collective }',
        `quota: { type: fixed, count: ${count}, recipients: collective }`,
      )
      const checked = await world.admin.request({
        method: 'POST',
        url: '/api/plans/validate',
        payload: { text },
      })
      const body = checked.json<{ ok: boolean; errors: { message: string }[] }>()
      expect(body.ok).toBe(false)
      expect(body.errors.map((error) => error.message)).toContain(message)
    }
  })
})
