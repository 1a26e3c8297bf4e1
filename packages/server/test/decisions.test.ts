// Decisions through the API: plan 004's quotas (9 emulation flags, 100 provincial certificates)
// refused with the count at decision time, numbers sequential and never reused (a refused
// decision takes none; a revoked one keeps its), revocation on a legal ground freeing the quota.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CERTIFICATE_FORM,
  findPlanId,
  findProvince,
  FLAG_FORM,
  insertNominations,
  listNomineeUnits,
  passThroughCouncil,
  PLAN_004,
} from './awards-fixture'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { countAudit, errorOf } from './helpers'

type Decision = {
  id: number
  number: string
  status: string
  items: { nominationId: number; status: string }[]
}

let context: TestContext
let leader: Client
let secretary: Client
let province: { id: number; path: string }
let planId = 0
let flags: number[] = []
let failed = 0

beforeAll(async () => {
  context = await createTestContext()
  leader = await signIn(context.app, 'lanhdao.tuyenquang')
  secretary = await signIn(context.app, 'thuky.tuyenquang')
  province = await findProvince(context.deps)
  planId = await findPlanId(context.deps, PLAN_004)
  const units = await listNomineeUnits(context.deps, province.path, 11)
  flags = await insertNominations(
    context.deps,
    { planKey: PLAN_004, awardFormId: FLAG_FORM, status: 'appraised' },
    units,
  )
  failed = flags[10] ?? 0
  await passThroughCouncil(secretary, province.id, flags, (id) => (id === failed ? 3 : 6))
})
afterAll(() => context.close())

const decide = (awardFormId: string, nominationIds: number[], date = '2024-12-15') =>
  leader.request({
    method: 'POST',
    url: '/api/decisions',
    payload: {
      issuerUnitId: province.id,
      issuerCode: 'UBND',
      planId,
      awardFormId,
      nominationIds,
      date,
      signerName: 'Đặng Quốc Bảo',
      signerTitle: 'CHỦ TỊCH',
    },
  })

describe('award decision', () => {
  it('awards 9 flags under number 1/QĐ-UBND, the nominations decided, audited', async () => {
    const audits = await countAudit(context.deps)
    const response = await decide(FLAG_FORM, flags.slice(0, 9))
    expect(response.statusCode).toBe(200)
    const body = response.json<Decision>()
    expect(body.number).toBe('1/QĐ-UBND')
    expect(body.items.every((item) => item.status === 'decided')).toBe(true)
    const statuses = await context.deps.db
      .selectFrom('nominations')
      .select('status')
      .where('id', 'in', flags.slice(0, 9))
      .execute()
    expect(statuses.every((row) => row.status === 'decided')).toBe(true)
    expect(await countAudit(context.deps)).toBeGreaterThan(audits + 9)
  })

  it('refuses a nomination the council did not pass', async () => {
    expect(errorOf(await decide(FLAG_FORM, [failed]))).toEqual({ status: 400, code: 'VALIDATION' })
  })

  it('refuses the 10th flag with the count, and the refusal takes no number', async () => {
    const response = await decide(FLAG_FORM, [flags[9] ?? 0])
    expect(errorOf(response)).toEqual({ status: 409, code: 'QUOTA_EXCEEDED' })
    expect(response.json<{ error: { message: string } }>().error.message).toBe(
      'Vượt chỉ tiêu: đã quyết định 9/9 Cờ thi đua xuất sắc của Ủy ban nhân dân Tỉnh, không thể thêm 1 (còn lại 0)',
    )
    const numbers = await context.deps.db
      .selectFrom('issued_document_numbers')
      .select('number')
      .where('kind', '=', 'decision')
      .execute()
    expect(numbers.map((row) => row.number)).toEqual(['1/QĐ-UBND'])
  })

  it('refuses the 100-certificate quota with its count (99 decided, 2 more)', async () => {
    const units = await listNomineeUnits(context.deps, province.path, 101, 20)
    await insertNominations(
      context.deps,
      { planKey: PLAN_004, awardFormId: CERTIFICATE_FORM, status: 'decided' },
      units.slice(0, 99),
    )
    const two = await insertNominations(
      context.deps,
      { planKey: PLAN_004, awardFormId: CERTIFICATE_FORM, status: 'appraised' },
      units.slice(99),
    )
    await passThroughCouncil(secretary, province.id, two)
    const response = await decide(CERTIFICATE_FORM, two)
    expect(errorOf(response)).toEqual({ status: 409, code: 'QUOTA_EXCEEDED' })
    expect(response.json<{ error: { message: string } }>().error.message).toContain(
      'đã quyết định 99/100',
    )
    const one = await decide(CERTIFICATE_FORM, two.slice(0, 1))
    expect(one.json<Decision>().number).toBe('2/QĐ-UBND')
  })
})

describe('revocation', () => {
  it('refuses an unknown ground', async () => {
    const response = await leader.request({
      method: 'POST',
      url: '/api/decisions/1/revoke',
      payload: { ground: 'dislike', reason: 'Không thích quyết định này' },
    })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
  })

  it('revokes one awardee on a legal ground, audited, freeing the quota; the number is never reused', async () => {
    const decisions = await leader.request({ method: 'GET', url: '/api/decisions' })
    const first = decisions
      .json<{ items: Decision[] }>()
      .items.find((item) => item.number === '1/QĐ-UBND')
    const audits = await countAudit(context.deps)
    const revoked = await leader.request({
      method: 'POST',
      url: `/api/decisions/${first?.id}/revoke`,
      payload: {
        ground: 'forged_dossier',
        reason: 'Hồ sơ thành tích có chữ ký giả mạo',
        nominationIds: [flags[0]],
      },
    })
    expect(revoked.statusCode).toBe(200)
    const body = revoked.json<Decision & { revocations: { groundLabel: string }[] }>()
    expect(body.status).toBe('signed')
    expect(body.items.find((item) => item.nominationId === flags[0])?.status).toBe('revoked')
    expect(body.revocations[0]?.groundLabel).toContain('làm giả hồ sơ')
    expect(await countAudit(context.deps)).toBeGreaterThan(audits)
    const entry = await context.deps.db
      .selectFrom('audit_log')
      .select(['reason'])
      .where('action', '=', 'decision.revoke')
      .executeTakeFirstOrThrow()
    expect(entry.reason).toContain('điểm b')
    const again = await decide(FLAG_FORM, [flags[9] ?? 0])
    expect(again.statusCode).toBe(200)
    expect(again.json<Decision>().number).toBe('3/QĐ-UBND')
  })

  it('revokes a whole decision', async () => {
    const list = (await leader.request({ method: 'GET', url: '/api/decisions' })).json<{
      items: Decision[]
    }>()
    const third = list.items.find((item) => item.number === '3/QĐ-UBND')
    const response = await leader.request({
      method: 'POST',
      url: `/api/decisions/${third?.id}/revoke`,
      payload: {
        ground: 'later_violation',
        reason: 'Bản án xác định vi phạm trong năm xét khen thưởng',
      },
    })
    expect(response.json<Decision>().status).toBe('revoked')
    const twice = await leader.request({
      method: 'POST',
      url: `/api/decisions/${third?.id}/revoke`,
      payload: { ground: 'later_violation', reason: 'Lần thứ hai hủy bỏ quyết định' },
    })
    expect(errorOf(twice)).toEqual({ status: 409, code: 'INVALID_TRANSITION' })
  })
})

describe('two decisions at once', () => {
  it('lets one take the last flag and refuses the other with the count', async () => {
    const units = await listNomineeUnits(context.deps, province.path, 2, 130)
    const two = await insertNominations(
      context.deps,
      { planKey: PLAN_004, awardFormId: FLAG_FORM, status: 'appraised' },
      units,
    )
    await passThroughCouncil(secretary, province.id, two)
    const responses = await Promise.all(two.map((id) => decide(FLAG_FORM, [id])))
    const statuses = responses.map((response) => response.statusCode).sort()
    expect(statuses).toEqual([200, 409])
    const refused = responses.find((response) => response.statusCode === 409)
    expect(refused && errorOf(refused)).toEqual({ status: 409, code: 'QUOTA_EXCEEDED' })
    expect(refused?.json<{ error: { message: string } }>().error.message).toContain(
      'đã quyết định 9/9',
    )
  })
})
