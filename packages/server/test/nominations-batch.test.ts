// Batch eligibility (nominations-batch.ts) judges every nomination exactly as its own page does:
// a sample of collectives and individuals, with and without results, registrations, reports and
// attestations, compared condition by condition with the per-nomination assessment and the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assessNomination } from '../src/features/nominations/nominations.assess'
import { loadPlan } from '../src/features/nominations/nominations.context'
import { findNomination } from '../src/features/nominations/nominations.repository'
import {
  assessEligibilityBatch,
  assessPlanYearEligibility,
} from '../src/features/nominations/nominations-batch'
import { chunksOf } from '../src/features/nominations/nominations-batch.repository'
import { createTestContext, type TestContext } from './harness'
import {
  Clock,
  completeNomination,
  recordEvaluations,
  setUpNominations,
  teacherDraft,
  type NominationBody,
} from './nominations-fixture'

let context: TestContext
let world: Awaited<ReturnType<typeof setUpNominations>>
const clock = new Clock()
const ids: number[] = []

async function propose(client: typeof world.schoolClerk, payload: Record<string, unknown>) {
  const response = await client.request({
    method: 'POST',
    url: `/api/plans/${world.planId}/nominations`,
    payload,
  })
  if (response.statusCode !== 200) throw new Error(response.body)
  const id = response.json<NominationBody>().id
  ids.push(id)
  return id
}

const collective = (unitId: number, subjectId: string, awardFormId = 'bk-ubnd-tinh') => ({
  ...{ year: 2024, awardFormId, proposingUnitId: unitId, subjectId },
  nominee: { kind: 'collective', unitId },
  achievementSummary: 'Tập thể tiêu biểu trong phong trào toàn dân bảo vệ ANTQ năm 2024',
})

beforeAll(async () => {
  context = await createTestContext(clock.now)
  world = await setUpNominations(context)
  const { deps } = context
  // The commune: results recorded, registered, a yearly report with figures.
  await recordEvaluations(deps, world.commune)
  await deps.db
    .insertInto('registrations')
    .values({
      ...{ plan_key: '000-bac-quang-2024', plan_id: world.planId, year: 2024 },
      ...{ unit_id: world.commune.id, unit_path: world.commune.path, strives_for_antt: true },
      registered_by: 'test',
    })
    .execute()
  await deps.db
    .insertInto('reports')
    .values({
      ...{ plan_key: '000-bac-quang-2024', plan_id: world.planId, period_id: '2024' },
      ...{ unit_id: world.commune.id, unit_path: world.commune.path, status: 'accepted' },
      ...{ figures: JSON.stringify({ 'models.effective': 2 }), updated_by: 'test' },
    })
    .execute()
  await propose(world.communeClerk, collective(world.commune.id, 'xa-thi-tran'))
  const teacher = await propose(world.schoolClerk, teacherDraft(world.school.id))
  await completeNomination(world.schoolClerk, teacher)
  await propose(world.schoolClerk, collective(world.school.id, 'tap-the-cqdn', 'gk-ca-tinh'))
  await propose(world.otherClerk, collective(world.other.id, 'xa-thi-tran'))
  const citizen = teacherDraft(world.commune.id, {
    subjectId: 'quan-chung',
    nominee: {
      kind: 'individual',
      person: {
        ...{ fullName: 'Lê Văn Tám', position: 'Quần chúng', role: 'citizen' },
        ...{ birthYear: 1975, unitId: world.commune.id },
      },
      facts: { isLeader: false, familyCultural: true, taskRating: 'htt' },
    },
  })
  await propose(world.communeClerk, { ...citizen, proposingUnitId: world.commune.id })
})
afterAll(() => context.close())

describe('batch eligibility', () => {
  it('equals the per-nomination assessment for every nomination of the plan year', async () => {
    const batch = await assessPlanYearEligibility(context.deps.db, world.planId, 2024)
    expect([...batch.keys()].sort()).toEqual([...ids].sort())
    const handle = await loadPlan(context.deps.db, world.planId)
    for (const id of ids) {
      const row = await findNomination(context.deps.db, id)
      if (!row) throw new Error(`no nomination ${id}`)
      const one = await assessNomination(context.deps.db, handle, row, '2024-10-20')
      expect(batch.get(id)).toEqual(one.eligibility)
    }
    // The sample covers passes, failures and attested conditions.
    const all = [...batch.values()].flatMap((each) => each.conditions)
    expect(all.some((each) => each.kind === 'attested' && each.status === 'pass')).toBe(true)
    expect(all.some((each) => each.status === 'fail')).toBe(true)
    expect(all.some((each) => each.data.includes('QĐ số 15/QĐ-UBND ngày 15/10/2024'))).toBe(true)
  })

  it('equals what the nomination page shows', async () => {
    const handle = await loadPlan(context.deps.db, world.planId)
    const rows = await Promise.all(ids.map((id) => findNomination(context.deps.db, id)))
    const batch = await assessEligibilityBatch(
      context.deps.db,
      handle,
      rows.filter((row) => row !== undefined),
    )
    for (const id of ids) {
      const page = await world.admin.request({ method: 'GET', url: `/api/nominations/${id}` })
      expect(batch.get(id)).toEqual(page.json<NominationBody>().eligibility)
    }
  })

  it('splits ids into chunks that cover them once', () => {
    const items = Array.from({ length: 4001 }, (_, index) => index)
    const chunks = chunksOf(items)
    expect(chunks.map((chunk) => chunk.length)).toEqual([2000, 2000, 1])
    expect(chunks.flat()).toEqual(items)
  })
})
