// Nomination dossiers and limits: uploads checked by content and size, completeness before
// submission, the plan's dossier deadline with audited extensions, quotas allocated from a
// higher level (refused with the count) and a fixed quota enforced at decision time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@antq/core'
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
  insertFlagNominations,
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

const teacher = (fullName: string) => {
  const draft = teacherDraft(world.school.id)
  const nominee = draft.nominee as {
    person: { fullName: string; role: string; position: string }
    facts: { isLeader: boolean }
  }
  Object.assign(nominee.person, { fullName, role: 'public_employee', position: 'Giáo viên' })
  nominee.facts.isLeader = false
  return draft
}
async function createTeacher(fullName: string) {
  const response = await world.schoolClerk.request({
    method: 'POST',
    url: `/api/plans/${world.planId}/nominations`,
    payload: teacher(fullName),
  })
  expect(response.statusCode).toBe(200)
  return response.json<NominationBody>()
}
const submit = (body: NominationBody) =>
  world.schoolClerk.request({
    method: 'POST',
    url: `/api/nominations/${body.id}/actions`,
    payload: { action: 'submit', rowVersion: body.rowVersion },
  })

describe('dossier', () => {
  it('refuses files whose content is not what the name says, empty or too big', async () => {
    const { id } = await createTeacher('Lê Văn Minh')
    const fake = await upload(
      world.schoolClerk,
      id,
      'bao-cao-thanh-tich',
      'bao-cao.pdf',
      new Uint8Array(Buffer.from('MZ not a pdf')),
    )
    expect(errorOf(fake)).toEqual({ status: 422, code: 'UPLOAD_INVALID' })
    expect(fake.json<{ error: { message: string } }>().error.message).toContain(
      'không phải PDF, DOCX, PNG hoặc JPEG',
    )
    const renamed = await upload(world.schoolClerk, id, 'bao-cao-thanh-tich', 'bao-cao.docx', PDF)
    expect(errorOf(renamed)).toEqual({ status: 422, code: 'UPLOAD_INVALID' })
    const big = new Uint8Array(10 * 1024 * 1024 + 1)
    big.set(PDF)
    expect(
      errorOf(await upload(world.schoolClerk, id, 'bao-cao-thanh-tich', 'lon.pdf', big)),
    ).toEqual({
      status: 422,
      code: 'UPLOAD_INVALID',
    })
    expect(errorOf(await upload(world.schoolClerk, id, 'khong-co', 'a.pdf', PDF))).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
  })

  it('lists what is generated, what is uploaded and what is missing, and refuses an incomplete dossier', async () => {
    const body = await createTeacher('Phạm Thu Trang')
    expect(body.dossier).toMatchObject({ complete: false, sets: 1 })
    expect(body.dossier.items.map((item) => `${item.id}:${item.source}`)).toEqual([
      'to-trinh:generated',
      'danh-sach:generated',
      'bien-ban:missing',
      'bao-cao-thanh-tich:missing',
      'ban-sao-danh-hieu:missing',
    ])
    // The council minutes, once for the school's whole batch; the report for this teacher.
    expect(
      (await upload(world.schoolClerk, body.id, 'bien-ban', 'bien-ban.pdf', PDF, true)).statusCode,
    ).toBe(200)
    const evidence = (await upload(world.schoolClerk, body.id, 'evidence', 'mc.pdf', PDF)).json<{
      id: number
    }>()
    const fresh = (
      await world.schoolClerk.request({ method: 'GET', url: `/api/nominations/${body.id}` })
    ).json<NominationBody>()
    for (const condition of fresh.eligibility.conditions.filter((each) => each.kind === 'attested'))
      await world.schoolClerk.request({
        method: 'POST',
        url: `/api/nominations/${body.id}/attestations`,
        payload: {
          conditionKey: condition.key,
          evidenceFileId: evidence.id,
          confirmedBy: 'Hiệu trưởng Trần Văn Bình',
          confirmedAt: '2024-10-18',
        },
      })
    const refused = await submit(fresh)
    expect(errorOf(refused)).toEqual({ status: 422, code: 'DOSSIER_INCOMPLETE' })
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(
      'Hồ sơ còn thiếu: Báo cáo thành tích',
    )
    const other = await createTeacher('Hoàng Minh Đức')
    expect(other.dossier.items.find((item) => item.id === 'bien-ban')?.source).toBe('uploaded')
  })
})

describe('quotas', () => {
  it('records allocations from higher to lower levels and refuses over-allocation', async () => {
    const allocate = (client: typeof world.police, payload: Record<string, unknown>) =>
      client.request({
        method: 'PUT',
        url: `/api/plans/${world.planId}/quotas`,
        payload: { year: 2024, awardFormId: 'gk-ca-tinh', ...payload },
      })
    expect(
      (await allocate(world.police, { fromUnitId: null, toUnitId: world.district.id, count: 3 }))
        .statusCode,
    ).toBe(200)
    const over = await allocate(world.police, {
      fromUnitId: world.district.id,
      toUnitId: world.commune.id,
      count: 4,
    })
    expect(errorOf(over)).toEqual({ status: 409, code: 'QUOTA_EXCEEDED' })
    expect(
      (
        await allocate(world.police, {
          fromUnitId: world.district.id,
          toUnitId: world.commune.id,
          count: 1,
        })
      ).statusCode,
    ).toBe(200)
    expect(
      errorOf(
        await allocate(world.schoolClerk, {
          fromUnitId: null,
          toUnitId: world.school.id,
          count: 1,
        }),
      ),
    ).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
    const list = await world.police.request({
      method: 'GET',
      url: `/api/plans/${world.planId}/quotas?year=2024&awardFormId=gk-ca-tinh`,
    })
    const [form] =
      list.json<
        { allocations: { toUnit: { id: number }; count: number; inUse: { message: string } }[] }[]
      >()
    expect(form?.allocations.map((each) => each.count)).toEqual([3, 1])
  })

  it('shows the quota in use while nominating and refuses the submission over it with the count', async () => {
    const first = await completeNomination(
      world.schoolClerk,
      (await createTeacher('Vũ Thị Lan')).id,
    )
    expect(first.quota.message).toContain('Đã dùng 0/1 Giấy khen của Giám đốc Công an tỉnh')
    expect((await submit(first)).json<NominationBody>().status).toBe('submitted')
    const body = await completeNomination(world.schoolClerk, (await createTeacher('Đỗ Văn Hải')).id)
    expect(body.quota.message).toContain('Đã dùng 1/1 Giấy khen của Giám đốc Công an tỉnh')
    const refused = await submit(body)
    expect(errorOf(refused)).toEqual({ status: 409, code: 'QUOTA_EXCEEDED' })
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(
      'Đã dùng 1/1 Giấy khen của Giám đốc Công an tỉnh',
    )
  })

  it('enforces a fixed quota at decision time through the transition H7 calls', async () => {
    const id = await insertFlagNominations(context.deps, 9)
    const chair: Actor = { accountId: 0, username: 'chu-tich', roles: ['leader'], scopePath: null }
    const decide = context.deps.db
      .transaction()
      .execute((tx) => transitionNomination(tx, context.deps, chair, id, 'decided'))
    await expect(decide).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      message: 'Đã dùng 9/9 Cờ thi đua xuất sắc của Ủy ban nhân dân Tỉnh; không thể thêm',
    })
    const returned = await context.deps.db
      .transaction()
      .execute((tx) =>
        transitionNomination(
          tx,
          context.deps,
          { ...chair, roles: ['admin'] },
          id,
          'returned',
          'Hết chỉ tiêu',
        ),
      )
    expect(returned).toBe('returned')
  })
})

describe('deadline', () => {
  it('refuses submission after the dossier deadline until an audited extension', async () => {
    const body = await completeNomination(
      world.schoolClerk,
      (await createTeacher('Ngô Thị Mai')).id,
    )
    // Sessions idle out over the jump in time: sign in again, as people would.
    clock.set('2024-11-07T03:00:00Z')
    world.schoolClerk = await signIn(context.app, 'canbo.truong')
    world.police = await signIn(context.app, 'congan.bacquang')
    const late = await submit(body)
    expect(errorOf(late)).toEqual({ status: 409, code: 'DEADLINE_PASSED' })
    expect(late.json<{ error: { message: string } }>().error.message).toBe(
      'Đã hết hạn nộp hồ sơ đề nghị khen thưởng ngày 05/11/2024',
    )
    const extension = await world.police.request({
      method: 'POST',
      url: `/api/plans/${world.planId}/nominations/extensions`,
      payload: {
        year: 2024,
        unitIds: [world.school.id],
        until: '2024-11-10',
        reason: 'Trường tổ chức họp xét muộn do mưa lũ',
      },
    })
    expect(extension.statusCode).toBe(200)
    // The quota tests used the commune's one place: the district hands it another.
    for (const [fromUnitId, toUnitId] of [
      [null, world.district.id],
      [world.district.id, world.commune.id],
    ])
      await world.police.request({
        method: 'PUT',
        url: `/api/plans/${world.planId}/quotas`,
        payload: { year: 2024, awardFormId: 'gk-ca-tinh', fromUnitId, toUnitId, count: 5 },
      })
    expect((await submit(body)).json<NominationBody>().status).toBe('submitted')
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'nomination.extend')
      .execute()
    expect(audit).toHaveLength(1)
  })
})
