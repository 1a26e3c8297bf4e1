// The "Thực hiện nhiệm vụ" part of an upward report reads the task shares "Giao nhiệm vụ" made
// under the reporting unit (plan 001: IV.7 gives each district a "thường xuyên" share a year).
import { afterAll, beforeAll, expect, it } from 'vitest'
import { signIn, type Client, TEST_PASSWORD } from './harness'
import { createWorld, unit, type World } from './world-fixture'

let world: World
let district: Client
let owner: Client

async function account(username: string, role: string, code: string) {
  const created = await world.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      username,
      fullName: `Cán bộ ${code}`,
      password: TEST_PASSWORD,
      roles: [role],
      scopeUnitId: world.id(code),
    },
  })
  expect(created.statusCode, created.body).toBe(200)
  return signIn(world.context.app, username)
}

beforeAll(async () => {
  world = await createWorld({
    seedFile: '001-quang-tri-dien-hinh.yaml',
    issuerCode: 'P45',
    units: [unit('P45', 'province'), unit('D1', 'district', 'P45'), unit('C1', 'commune', 'D1')],
    start: '2024-03-01',
  })
  await world.at('2024-10-20')
  district = await account('canbo.d1', 'unit_clerk', 'D1')
  owner = await account('congan.p45', 'plan_owner', 'P45')
}, 180_000)
afterAll(() => world.close())

it('lists the level’s tasks as not yet assigned, then each share’s progress once assigned', async () => {
  const url = `/api/plans/${world.planId}/upward-reports/bao-cao-hang-nam/2024/units/${world.id('D1')}`
  type Report = { parts: { title: string; paragraphs: string[] }[] }
  const tasksOf = async () =>
    (await district.request({ method: 'GET', url }))
      .json<Report>()
      .parts.find((part) => part.title === 'Thực hiện nhiệm vụ')?.paragraphs
  expect(await tasksOf()).toContain(
    '- Xây dựng kế hoạch triển khai thực hiện theo lĩnh vực, địa bàn phụ trách: chưa giao nhiệm vụ trên hệ thống.',
  )
  const generated = await owner.request({
    method: 'POST',
    url: `/api/plans/${world.planId}/assignments/generate`,
    payload: { year: 2024 },
  })
  expect(generated.statusCode, generated.body).toBe(200)
  // IV.1's one-off plan fell due in the plan's first year, not this one.
  expect(await tasksOf()).toEqual([
    '- Lãnh đạo, chỉ đạo triển khai xây dựng điển hình; chỉ đạo các ban, ngành phối hợp với Công an: hoàn thành 0/1.',
  ])
})
