// Plan 000 (issued by a district, NĐ 09/2019's year ending 14/12): "Có 95% số xã đạt chỉ tiêu
// 19.2" moves at the issuer's own scope when the district records a xã's 19.2 "đạt" in force by
// 14/12/2024, read two years later (the incremental recompute of a past campaign year); a
// recognition from 20/12/2024 counts for the next year, not for 2024.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createWorld, unit, type World } from './world-fixture'

let world: World
beforeAll(async () => {
  world = await createWorld({
    seedFile: '000-bac-quang-2024.yaml',
    issuerCode: 'W034',
    units: [
      unit('W02', 'province'),
      unit('W034', 'district', 'W02'),
      unit('W1', 'commune', 'W034', { subtype: 'xa', households: 1000 }),
      unit('W2', 'commune', 'W034', { subtype: 'xa', households: 500 }),
    ],
    start: '2024-03-01',
  })
  await world.standard('W1', 'ntm_19_2', false, '2024-09-18')
  await world.standard('W2', 'ntm_19_2', false, '2024-09-18')
  await world.compute('2024-12-31')
  await world.at('2026-12-07')
}, 120_000)
afterAll(() => world.close())

async function share() {
  const url = `/api/plans/${world.planId}/targets?scopeUnitId=${world.id('W034')}&year=2024`
  const response = await world.request({ method: 'GET', url })
  const items = response.json<{ items: { targetId: string; numerator: number }[] }>().items
  return items.find((item) => item.targetId === 'ntm-19-2')
}

it('counts a recognition in force on 14/12, not one from 20/12', async () => {
  expect(await share()).toMatchObject({ numerator: 0, denominator: 2 })
  await world.standard('W2', 'ntm_19_2', true, '2024-12-20')
  expect(await share()).toMatchObject({ numerator: 0, denominator: 2 })
  await world.standard('W1', 'ntm_19_2', true, '2024-12-10')
  expect(await share()).toMatchObject({ numerator: 1, denominator: 2 })
})
