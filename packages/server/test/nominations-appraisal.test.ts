// The appraisal gate of plan 000 (Bắc Quang 2024). VI.5: "Thẩm định thành tích và hồ sơ đề nghị
// khen thưởng … hoàn thành trước ngày 10/11/2024" (by Công an huyện) — appraising closes after
// 10/11/2024 unless an audited extension reaches the proposing unit. A nomination is appraised
// only if it is still eligible; a missing dossier item may be passed over only with the
// appraiser's reason, kept in the history. Population: a school of district 034 proposing its
// teachers for Giấy khen of the provincial police (gk-ca-tinh); both appraisal paths — the
// action route and transitionNomination (the one door councils and decisions use).
import type { Actor, Role } from '@antq/core'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { transitionNomination } from '../src/features/nominations/nominations-workflow.service'
import { createTestContext, signIn, type TestContext } from './harness'
import { errorOf } from './helpers'
import {
  Clock,
  completeNomination,
  PDF,
  recordEvaluations,
  setUpNominations,
  teacherDraft,
  upload,
  type NominationBody,
} from './nominations-fixture'

let context: TestContext
let world: Awaited<ReturnType<typeof setUpNominations>>
const clock = new Clock()

beforeAll(async () => {
  context = await createTestContext(clock.now)
  world = await setUpNominations(context)
  await recordEvaluations(context.deps, world.school)
})
afterAll(() => context.close())

const get = async (id: number) =>
  (
    await world.police.request({ method: 'GET', url: `/api/nominations/${id}` })
  ).json<NominationBody>()
const draft = async (fullName: string) => {
  const body = teacherDraft(world.school.id)
  ;(body.nominee as { person: { fullName: string } }).person.fullName = fullName
  const response = await world.schoolClerk.request({
    method: 'POST',
    url: `/api/plans/${world.planId}/nominations`,
    payload: body,
  })
  return response.json<NominationBody>()
}
const act = async (client: typeof world.police, id: number, payload: Record<string, unknown>) =>
  client.request({
    method: 'POST',
    url: `/api/nominations/${id}/actions`,
    payload: { ...payload, rowVersion: (await get(id)).rowVersion },
  })
const submitted = async (id: number) => {
  await completeNomination(world.schoolClerk, id)
  expect((await act(world.schoolClerk, id, { action: 'submit' })).statusCode).toBe(200)
}
const messageOf = (response: { json: <T>() => T }) =>
  response.json<{ error: { message: string } }>().error.message
const dropEvaluations = () =>
  context.deps.db.deleteFrom('evaluations').where('unit_id', '=', world.school.id).execute()

async function policeActor(): Promise<Actor> {
  const row = await context.deps.db
    .selectFrom('accounts as a')
    .innerJoin('units as u', 'u.id', 'a.scope_unit_id')
    .select(['a.id', 'a.username', 'a.roles', 'u.path'])
    .where('a.username', '=', 'congan.bacquang')
    .executeTakeFirstOrThrow()
  return {
    accountId: row.id,
    username: row.username,
    roles: row.roles as Role[],
    scopePath: row.path,
  }
}
const transition = async (id: number) => {
  // The actor is read before the transaction: PGlite has one connection.
  const actor = await policeActor()
  return context.deps.db
    .transaction()
    .execute((tx) => transitionNomination(tx, context.deps, actor, id, 'appraised'))
}

describe('appraisal gate (plan 000 VI.5)', () => {
  const ids = { batch: 0, other: 0, late: 0 }

  it('refuses to appraise a nomination that is no longer eligible, override or not', async () => {
    ids.batch = (await draft('Nguyễn Thị Hoa')).id
    // The council minutes once for the school's batch of Giấy khen nominations.
    await upload(world.schoolClerk, ids.batch, 'bien-ban', 'bien-ban.pdf', PDF, true)
    await submitted(ids.batch)
    await dropEvaluations()
    const refused = await act(world.police, ids.batch, { action: 'appraise' })
    expect(errorOf(refused)).toEqual({ status: 422, code: 'NOT_ELIGIBLE' })
    expect(messageOf(refused)).toContain(
      'Không thể thẩm định: chưa đủ điều kiện đề nghị Giấy khen của Giám đốc Công an tỉnh',
    )
    const overridden = await act(world.police, ids.batch, {
      action: 'appraise',
      overrideDossier: true,
      reason: 'Đơn vị cam kết bổ sung kết quả sau',
    })
    expect(errorOf(overridden)).toEqual({ status: 422, code: 'NOT_ELIGIBLE' })
    await expect(transition(ids.batch)).rejects.toMatchObject({ code: 'NOT_ELIGIBLE' })
    await recordEvaluations(context.deps, world.school)
  })

  it('refuses an incomplete dossier unless the appraiser writes a reason, kept in the history', async () => {
    // Another teacher's draft of the same batch removes the shared minutes.
    const other = await draft('Lê Văn Nam')
    ids.other = other.id
    const shared = (await get(ids.batch)).files.find((file) => file.itemId === 'bien-ban')
    const removed = await world.schoolClerk.request({
      method: 'DELETE',
      url: `/api/nominations/${other.id}/files/${shared?.id}`,
    })
    expect(removed.statusCode).toBe(204)
    const refused = await act(world.police, ids.batch, { action: 'appraise' })
    expect(errorOf(refused)).toEqual({ status: 422, code: 'DOSSIER_INCOMPLETE' })
    expect(messageOf(refused)).toContain('Không thể thẩm định: Hồ sơ còn thiếu: ')
    await expect(transition(ids.batch)).rejects.toMatchObject({ code: 'DOSSIER_INCOMPLETE' })
    const bare = await act(world.police, ids.batch, { action: 'appraise', overrideDossier: true })
    expect(errorOf(bare)).toEqual({ status: 400, code: 'VALIDATION' })
    const reason = 'Biên bản họp đã nộp bản giấy tại Đội Tham mưu ngày 25/10/2024'
    const passed = await act(world.police, ids.batch, {
      action: 'appraise',
      overrideDossier: true,
      reason,
    })
    expect(passed.json<NominationBody>().status).toBe('appraised')
    const last = (await get(ids.batch)).history.at(-1)
    expect(last).toMatchObject({ action: 'appraise_override', to: 'appraised' })
    expect(last?.reason).toMatch(/^Thẩm định khi hồ sơ còn thiếu: .+\. Lý do: /)
    expect(last?.reason).toContain(reason)
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('entity', '=', 'nomination')
      .where('entity_id', '=', String(ids.batch))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit).toEqual({ action: 'nomination.appraise_override', reason: last?.reason })
    // The tờ trình and the danh sách carry the note with the appraiser's reason.
    for (const kind of ['submission-letter', 'award-list']) {
      const docx = await world.schoolClerk.request({
        method: 'GET',
        url: `/api/documents/${kind}/${ids.batch}`,
      })
      expect(docx.statusCode, kind).toBe(200)
      const xml = await (
        await JSZip.loadAsync(docx.rawPayload)
      )
        .file('word/document.xml')
        ?.async('string')
      const text = (xml ?? '').replace(/<[^>]+>/g, '')
      expect(text, kind).toContain('Thẩm định khi hồ sơ còn thiếu')
      expect(text, kind).toContain(reason)
    }
  })

  it('closes after 10/11/2024 on both paths, and opens again under an audited extension', async () => {
    ids.late = (await draft('Trần Thị Mai')).id
    await submitted(ids.late)
    clock.set('2024-11-11T03:00:00Z')
    world.police = await signIn(context.app, 'congan.bacquang')
    const late = await act(world.police, ids.late, { action: 'appraise' })
    expect(errorOf(late)).toEqual({ status: 409, code: 'APPRAISAL_CLOSED' })
    expect(messageOf(late)).toBe('Đã hết hạn thẩm định hồ sơ đề nghị khen thưởng ngày 10/11/2024')
    await expect(transition(ids.late)).rejects.toMatchObject({ code: 'APPRAISAL_CLOSED' })
    const granted = await world.police.request({
      method: 'POST',
      url: `/api/plans/${world.planId}/nominations/extensions`,
      payload: {
        closes: 'appraisal',
        year: 2024,
        unitIds: [world.school.id],
        until: '2024-11-15',
        reason: 'Chờ ý kiến của Công an tỉnh về tiêu chuẩn xét',
      },
    })
    expect(granted.statusCode).toBe(200)
    expect(await transition(ids.late)).toBe('appraised')
  })
})
