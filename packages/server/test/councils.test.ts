// Councils through the API: members with roles, quorum from attendance, the agenda of appraised
// nominations, the vote per nomination moving it to reviewed, and the minutes' number on close.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  findProvince,
  insertNominations,
  listNomineeUnits,
  NINE_MEMBERS,
  PLAN_004,
  FLAG_FORM,
  type MeetingBody,
} from './awards-fixture'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { countAudit, errorOf } from './helpers'

let context: TestContext
let secretary: Client
let clerk: Client
let province: { id: number; path: string }
let nominations: number[] = []
let meeting: MeetingBody
let councilId = 0

beforeAll(async () => {
  context = await createTestContext()
  secretary = await signIn(context.app, 'thuky.tuyenquang')
  clerk = await signIn(context.app, 'canbo.bacquang')
  province = await findProvince(context.deps)
  const units = await listNomineeUnits(context.deps, province.path, 4)
  nominations = await insertNominations(
    context.deps,
    { planKey: PLAN_004, awardFormId: FLAG_FORM, status: 'appraised' },
    units,
  )
})
afterAll(() => context.close())

const council = (payload: object) =>
  secretary.request({ method: 'POST', url: '/api/councils', payload })
const base = {
  name: 'Hội đồng Thi đua – Khen thưởng tỉnh',
  issuerCode: 'UBND',
  members: NINE_MEMBERS,
}

describe('council', () => {
  it('is created with one chair and one secretary, under the default rule flagged as an assumption', async () => {
    const audits = await countAudit(context.deps)
    const response = await council({ ...base, issuerUnitId: province.id })
    expect(response.statusCode).toBe(200)
    const body = response.json<{
      id: number
      members: { roleLabel: string }[]
      rules: { assumption: boolean }
    }>()
    expect(body.members).toHaveLength(9)
    expect(body.members[0]?.roleLabel).toBe('Chủ tịch Hội đồng')
    expect(body.rules.assumption).toBe(true)
    expect(await countAudit(context.deps)).toBe(audits + 1)
    councilId = body.id
  })

  it('refuses two chairs, an issuer outside the scope, and a clerk', async () => {
    const twoChairs = NINE_MEMBERS.map((member, index) =>
      index === 1 ? { ...member, role: 'chair' } : member,
    )
    expect(
      errorOf(await council({ ...base, members: twoChairs, issuerUnitId: province.id })),
    ).toEqual({ status: 400, code: 'VALIDATION' })
    const other = await findProvince(context.deps, '44')
    expect(errorOf(await council({ ...base, issuerUnitId: other.id }))).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
    const byClerk = await clerk.request({
      method: 'POST',
      url: '/api/councils',
      payload: { ...base, issuerUnitId: province.id },
    })
    expect(errorOf(byClerk)).toEqual({ status: 403, code: 'FORBIDDEN' })
  })
})

describe('meeting', () => {
  it('is not quorate with 5 of 9 present, and refuses a vote then', async () => {
    meeting = (
      await secretary.request({
        method: 'POST',
        url: `/api/councils/${councilId}/meetings`,
        payload: { date: '2024-12-10', place: 'Tuyên Quang' },
      })
    ).json<MeetingBody>()
    const five = meeting.attendance.slice(0, 5).map((row) => row.memberId)
    const response = await secretary.request({
      method: 'PUT',
      url: `/api/meetings/${meeting.id}/attendance`,
      payload: { presentMemberIds: five, rowVersion: meeting.rowVersion },
    })
    meeting = response.json<MeetingBody>()
    expect(meeting.quorumMet).toBe(false)
    meeting = (
      await secretary.request({
        method: 'PUT',
        url: `/api/meetings/${meeting.id}/agenda`,
        payload: { nominationIds: nominations, rowVersion: meeting.rowVersion },
      })
    ).json<MeetingBody>()
    expect(meeting.agenda.map((item) => item.nominationId)).toEqual(nominations)
    const vote = await secretary.request({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/votes`,
      payload: { nominationId: nominations[0], votesFor: 5, votesAgainst: 0 },
    })
    expect(errorOf(vote)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(vote.json<{ error: { message: string } }>().error.message).toContain('cần ít nhất 6')
  })

  it('refuses a stale attendance write (someone else saved first)', async () => {
    const stale = await secretary.request({
      method: 'PUT',
      url: `/api/meetings/${meeting.id}/attendance`,
      payload: { presentMemberIds: [], rowVersion: meeting.rowVersion - 1 },
    })
    expect(errorOf(stale)).toEqual({ status: 409, code: 'CONFLICT' })
  })

  it('votes with 7 of 9 present: passed with more than half of those convened', async () => {
    const seven = meeting.attendance.slice(0, 7).map((row) => row.memberId)
    meeting = (
      await secretary.request({
        method: 'PUT',
        url: `/api/meetings/${meeting.id}/attendance`,
        payload: { presentMemberIds: seven, rowVersion: meeting.rowVersion },
      })
    ).json<MeetingBody>()
    expect(meeting.quorumMet).toBe(true)
    const vote = (nominationId: number | undefined, votesFor: number, votesAgainst: number) =>
      secretary.request({
        method: 'POST',
        url: `/api/meetings/${meeting.id}/votes`,
        payload: { nominationId, votesFor, votesAgainst },
      })
    const passed = await vote(nominations[0], 5, 2)
    expect(passed.json()).toMatchObject({ passed: true, status: 'reviewed' })
    const failed = await vote(nominations[1], 4, 3)
    expect(failed.json()).toMatchObject({ passed: false, status: 'rejected' })
    expect(errorOf(await vote(nominations[2], 6, 2))).toEqual({ status: 400, code: 'VALIDATION' })
    expect(errorOf(await vote(nominations[0], 6, 1))).toEqual({ status: 409, code: 'CONFLICT' })
    const row = await context.deps.db
      .selectFrom('nominations')
      .select(['status', 'status_reason'])
      .where('id', '=', nominations[1] ?? 0)
      .executeTakeFirstOrThrow()
    expect(row.status_reason).toContain('4/9')
  })

  it('will not close while an agenda item has no vote, then closes with the minutes number', async () => {
    const early = await secretary.request({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/close`,
      payload: { rowVersion: meeting.rowVersion },
    })
    expect(errorOf(early)).toEqual({ status: 400, code: 'VALIDATION' })
    for (const id of nominations.slice(2))
      await secretary.request({
        method: 'POST',
        url: `/api/meetings/${meeting.id}/votes`,
        payload: { nominationId: id, votesFor: 7, votesAgainst: 0 },
      })
    const closed = await secretary.request({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/close`,
      payload: { rowVersion: meeting.rowVersion },
    })
    expect(closed.statusCode).toBe(200)
    expect(closed.json<MeetingBody>()).toMatchObject({
      status: 'closed',
      minutesNumber: '1/BB-HĐTĐKT',
    })
    expect(closed.json<MeetingBody>().votes).toHaveLength(4)
    const after = await secretary.request({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/votes`,
      payload: { nominationId: nominations[3], votesFor: 7, votesAgainst: 0 },
    })
    expect(errorOf(after)).toEqual({ status: 409, code: 'INVALID_TRANSITION' })
  })
})
