// The model register (issue 12 items 1, 6): a commune clerk registers models with their sites
// and teams, a yearly plan and quarterly reviews (the rating is the share's, thresholds as data);
// plan 000's "mỗi xã duy trì ít nhất 01 mô hình hiệu quả" moves at the district as soon as a
// review is saved; a model is nominated for a Giấy khen as itself, judged on its own plan and
// rating, without blocking its host's or another model's nomination; dissolving keeps the record
// with its reason, the history is append-only.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type Client, TEST_PASSWORD } from './harness'
import { createWorld, unit, type UnitSpec, type World } from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('P02', 'province'),
  unit('D1', 'district', 'P02'),
  unit('C1', 'commune', 'D1', { subtype: 'xa', households: 500 }),
  unit('R1', 'residential_area', 'C1', { households: 120 }),
  unit('R2', 'residential_area', 'C1', { households: 90 }),
  unit('C2', 'commune', 'D1', { subtype: 'xa', households: 300 }),
]
let world: World
let clerk: Client

type Model = {
  id: number
  rowVersion: number
  siteCount: number
  teamCount: number
  rating: string | null
  effective: boolean
  status: string
  history: { action: string; reason: string | null }[]
}
type Condition = { key: string; status: string; data: string }

function ok<T>(response: { statusCode: number; body: string; json: <J>() => J }) {
  expect(response.statusCode, response.body).toBe(200)
  return response.json<T>()
}
/** The refusal's code and message (and its details' messages). */
function errorOf(response: { body: string }) {
  const body = JSON.parse(response.body) as {
    error?: { code: string; message: string; details?: { message: string }[] }
  }
  const details = (body.error?.details ?? []).map((detail) => detail.message).join('; ')
  return { code: body.error?.code, message: `${body.error?.message ?? ''} ${details}` }
}
const post = (url: string, payload: object, method: 'POST' | 'PUT' = 'POST') =>
  clerk.request({ method, url, payload })
async function target(code: string) {
  const row = (await world.targets(code)).get('mo-hinh-hieu-qua')
  return row && { numerator: row.numerator, denominator: row.denominator }
}

beforeAll(async () => {
  world = await createWorld({
    seedFile: '000-bac-quang-2024.yaml',
    issuerCode: 'P02',
    units: UNITS,
    start: '2024-01-10',
  })
  const created = await world.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      ...{ username: 'vanthu.c1', fullName: 'Văn thư xã C1', password: TEST_PASSWORD },
      ...{ roles: ['unit_clerk'], scopeUnitId: world.id('C1') },
    },
  })
  expect(created.statusCode, created.body).toBe(200)
  clerk = await signIn(world.context.app, 'vanthu.c1')
}, 120_000)
afterAll(() => world?.close())

describe('the model register', () => {
  let first: Model
  let second: Model

  it('registers two models with sites and teams; a site outside the scope is refused', async () => {
    const url = `/api/units/${world.id('C1')}/models`
    first = ok<Model>(
      await post(url, {
        ...{ name: 'Tự quản về ANTT thôn Nà Khương', typeId: 'tu-quan-antt', members: 24 },
        ...{ startedOn: '2023-05-12', zaloGroup: 'ANTT Nà Khương' },
        sites: [
          { unitId: world.id('R1'), teams: 2 },
          { unitId: world.id('R2'), teams: 1 },
        ],
      }),
    )
    expect([first.siteCount, first.teamCount]).toEqual([2, 3])
    second = ok<Model>(
      await post(url, {
        ...{ name: 'Thắp sáng đường quê', typeId: 'thap-sang-duong-que', members: 15 },
        startedOn: '2023-09-01',
      }),
    )
    const outside = await post(url, {
      ...{ name: 'Camera an ninh', typeId: 'camera-an-ninh', members: 5, startedOn: '2023-01-01' },
      sites: [{ unitId: world.id('C2'), teams: 1 }],
    })
    expect(errorOf(outside).code).toBe('VALIDATION')
    const list = ok<{ models: Model[] }>(
      await clerk.request({ method: 'GET', url: `${url}?year=2024` }),
    )
    expect(list.models).toHaveLength(2)
  })

  it('a review needs the year plan and rates by the share; the district target moves', async () => {
    const review = `/api/models/${first.id}/reviews/2024/q1`
    const early = await post(review, { targetsDone: 9, reviewedOn: '2024-01-10' }, 'PUT')
    expect(errorOf(early).message).toContain('chưa có kế hoạch')
    expect(await target('D1')).toEqual({ numerator: 0, denominator: 2 })
    const plan = { adoptedOn: '2024-01-08', targetCount: 10, summary: 'Tuần tra 2 buổi/tuần' }
    ok(await post(`/api/models/${first.id}/plans/2024`, plan, 'PUT'))
    const tooMany = await post(review, { targetsDone: 11, reviewedOn: '2024-01-10' }, 'PUT')
    expect(errorOf(tooMany).code).toBe('VALIDATION')
    first = ok<Model>(await post(review, { targetsDone: 9, reviewedOn: '2024-01-10' }, 'PUT'))
    expect([first.rating, first.effective]).toEqual(['tot', true])
    expect(await target('D1')).toEqual({ numerator: 1, denominator: 2 })
    ok(await post(`/api/models/${second.id}/plans/2024`, { ...plan, targetCount: 8 }, 'PUT'))
    second = ok<Model>(
      await post(
        `/api/models/${second.id}/reviews/2024/q1`,
        { targetsDone: 3, reviewedOn: '2024-01-10' },
        'PUT',
      ),
    )
    expect(second.rating).toBe('yeu')
  })

  it('nominates each model as itself for a Giấy khen, judged on its own record', async () => {
    const nominate = (modelId: number | null) =>
      post(`/api/plans/${world.planId}/nominations`, {
        ...{ year: 2024, awardFormId: 'gk-ubnd-xa', proposingUnitId: world.id('C1') },
        ...{
          subjectId: 'mo-hinh',
          nominee: { kind: 'collective', unitId: world.id('C1'), modelId },
        },
      })
    expect(errorOf(await nominate(null)).message).toContain('Chọn mô hình')
    const good = ok<{ id: number; eligibility: { conditions: Condition[] } }>(
      await nominate(first.id),
    )
    const weak = ok<{ id: number; eligibility: { conditions: Condition[] } }>(
      await nominate(second.id),
    )
    const status = (conditions: Condition[], key: string) =>
      conditions.find((condition) => condition.key.endsWith(key))
    expect(status(good.eligibility.conditions, 'ke-hoach-va-90')?.status).toBe('pass')
    expect(status(good.eligibility.conditions, 'xep-loai')?.status).toBe('pass')
    expect(status(weak.eligibility.conditions, 'xep-loai')?.status).toBe('fail')
    expect(status(weak.eligibility.conditions, 'ke-hoach-va-90')?.data).toContain('3/8')
    expect(errorOf(await nominate(first.id)).code).toBe('DUPLICATE')
  })

  it('dissolves a weak model with its reason; the history is append-only', async () => {
    const end = {
      ...{ status: 'dissolved', endedOn: '2024-01-10', replacedBy: null },
      ...{ reason: 'Hoạt động yếu, không duy trì được', rowVersion: second.rowVersion },
    }
    const ended = ok<Model>(await post(`/api/models/${second.id}/end`, end))
    expect(ended.status).toBe('dissolved')
    expect(ended.history[0]).toMatchObject({ action: 'dissolve', reason: end.reason })
    const again = await post(`/api/models/${second.id}/end`, end)
    expect(errorOf(again).code).toMatch(/VALIDATION|CONFLICT/)
    await expect(
      sql`update model_history set reason = 'x'`.execute(world.context.deps.db),
    ).rejects.toThrow(/append-only/)
  })
})
