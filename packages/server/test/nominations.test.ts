// Nominations: eligibility with the data behind each condition, drafts that cannot be
// submitted while ineligible, one nomination per achievement, the workflow with its
// append-only history, optimistic concurrency, scope and route access.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from './harness'
import { errorOf } from './helpers'
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

beforeAll(async () => {
  context = await createTestContext(clock.now)
  world = await setUpNominations(context)
})
afterAll(() => context.close())

const get = async (id: number) =>
  (
    await world.schoolClerk.request({ method: 'GET', url: `/api/nominations/${id}` })
  ).json<NominationBody>()
const create = (payload: Record<string, unknown>) =>
  world.schoolClerk.request({
    method: 'POST',
    url: `/api/plans/${world.planId}/nominations`,
    payload,
  })
const act = (client = world.schoolClerk, id: number, payload: Record<string, unknown>) =>
  client.request({ method: 'POST', url: `/api/nominations/${id}/actions`, payload })

describe('nominations', () => {
  let id: number

  it('saves an ineligible draft and shows each condition with the data behind it', async () => {
    const response = await create(teacherDraft(world.school.id))
    expect(response.statusCode).toBe(200)
    const body = response.json<NominationBody>()
    id = body.id
    expect(body.status).toBe('draft')
    const rule = body.eligibility.conditions.find((each) => each.kind === 'computed')
    expect(rule?.status).toBe('fail')
    expect(rule?.data).toContain('ANTT 2024: chưa có kết quả đánh giá')
    expect(rule?.data).toContain('Lãnh đạo đơn vị: có')
    expect(body.eligibility.eligible).toBe(false)
    expect(body.history).toEqual([
      expect.objectContaining({ action: 'create', from: null, to: 'draft' }),
    ])
  })

  it('refuses to submit while ineligible, naming the failed conditions', async () => {
    const body = await get(id)
    const response = await act(undefined, id, { action: 'submit', rowVersion: body.rowVersion })
    expect(errorOf(response)).toEqual({ status: 422, code: 'NOT_ELIGIBLE' })
    const error = response.json<{
      error: { message: string; details: { path: string; message: string }[] }
    }>().error
    expect(error.message).toContain('Chưa đủ điều kiện đề nghị Giấy khen của Giám đốc Công an tỉnh')
    expect(error.details[0]?.message).toContain('ANTT 2024')
  })

  it('passes once the unit’s results are recorded, with the decision behind them', async () => {
    await recordEvaluations(context.deps, world.school)
    const rule = (await get(id)).eligibility.conditions.find((each) => each.kind === 'computed')
    expect(rule?.status).toBe('pass')
    expect(rule?.data).toContain('ANTT 2024: đạt, QĐ số 15/QĐ-UBND ngày 15/10/2024')
    expect(rule?.data).toContain(
      'Phân loại phong trào 2024: Xuất sắc, QĐ số 20/QĐ-UBND ngày 16/10/2024',
    )
  })

  it('refuses a second nomination for the same achievement, even for another form', async () => {
    const again = await create(teacherDraft(world.school.id, { awardFormId: 'bk-ubnd-tinh' }))
    expect(errorOf(again)).toEqual({ status: 409, code: 'DUPLICATE' })
    expect(again.json<{ error: { message: string } }>().error.message).toContain(
      `hồ sơ đề nghị số ${id}`,
    )
    const spelled = teacherDraft(world.school.id)
    ;(spelled.nominee as { person: { fullName: string } }).person.fullName = 'NGUYỄN  THỊ HOA'
    expect(errorOf(await create(spelled))).toEqual({ status: 409, code: 'DUPLICATE' })
  })

  it('lets one of two concurrent edits win; the other gets a conflict in Vietnamese', async () => {
    const { rowVersion } = await get(id)
    const edit = (summary: string) =>
      world.schoolClerk.request({
        method: 'PATCH',
        url: `/api/nominations/${id}`,
        payload: { achievementSummary: summary, rowVersion },
      })
    const results = await Promise.all([edit('Bản A'), edit('Bản B')])
    expect(results.map((each) => each.statusCode).sort()).toEqual([200, 409])
    const lost = results.find((each) => each.statusCode === 409)
    expect(lost?.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('vừa được người khác thay đổi'),
    })
  })

  it('submits a complete, eligible nomination and records the eligibility at submission', async () => {
    const complete = await completeNomination(world.schoolClerk, id)
    expect(complete.eligibility.eligible).toBe(true)
    expect(complete.dossier.complete).toBe(true)
    const response = await act(undefined, id, { action: 'submit', rowVersion: complete.rowVersion })
    expect(response.statusCode).toBe(200)
    const body = response.json<NominationBody & { eligibilityAtSubmit: { eligible: boolean } }>()
    expect(body.status).toBe('submitted')
    expect(body.eligibilityAtSubmit.eligible).toBe(true)
    expect(body.actions).toEqual(['withdraw'])
  })

  it('is appraised, returned with a reason and revised along the table', async () => {
    const police = world.police
    let body = await get(id)
    expect(
      errorOf(await act(police, id, { action: 'return', rowVersion: body.rowVersion })),
    ).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
    const appraised = await act(police, id, { action: 'appraise', rowVersion: body.rowVersion })
    expect(appraised.json<NominationBody>().status).toBe('appraised')
    body = appraised.json<NominationBody>()
    const returned = await act(police, id, {
      action: 'return',
      reason: 'Bổ sung bản sao danh hiệu',
      rowVersion: body.rowVersion,
    })
    expect(returned.json<NominationBody>()).toMatchObject({ status: 'returned' })
    body = await get(id)
    expect(body.history.map((entry) => `${entry.action}:${entry.to}`)).toEqual([
      'create:draft',
      'update:draft',
      'submit:submitted',
      'appraise:appraised',
      'return:returned',
    ])
    expect(body.history.at(-1)?.reason).toBe('Bổ sung bản sao danh hiệu')
    expect(
      errorOf(await act(police, id, { action: 'decide', rowVersion: body.rowVersion })),
    ).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
  })

  it('keeps the history append-only', async () => {
    await expect(
      sql`update nomination_history set reason = 'x'`.execute(context.deps.db),
    ).rejects.toThrow(/append-only/)
    await expect(sql`delete from nomination_history`.execute(context.deps.db)).rejects.toThrow(
      /append-only/,
    )
  })

  it('refuses acts outside the actor’s subtree or role', async () => {
    const foreign = await world.otherClerk.request({ method: 'GET', url: `/api/nominations/${id}` })
    expect(errorOf(foreign)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    const elsewhere = await world.otherClerk.request({
      method: 'POST',
      url: `/api/plans/${world.planId}/nominations`,
      payload: teacherDraft(world.school.id),
    })
    expect(errorOf(elsewhere)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    const body = await get(id)
    expect(
      errorOf(
        await act(world.schoolClerk, id, {
          action: 'reject',
          reason: 'x',
          rowVersion: body.rowVersion,
        }),
      ),
    ).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
    const leader = await world.leader.request({
      method: 'POST',
      url: `/api/plans/${world.planId}/nominations`,
      payload: teacherDraft(world.school.id),
    })
    expect(errorOf(leader)).toEqual({ status: 403, code: 'FORBIDDEN' })
    const list = await world.otherClerk.request({
      method: 'GET',
      url: `/api/nominations?unitId=${world.school.id}`,
    })
    expect(errorOf(list)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    const own = await world.police.request({
      method: 'GET',
      url: `/api/nominations?planId=${world.planId}`,
    })
    expect(own.json<{ total: number }>().total).toBe(1)
  })
})
