// The recognition route's gates as plan 001 (Quảng Trị, điển hình) sets them, III.2:
// "Mốc thời gian đăng ký: Trước 30/3 hàng năm." — a unit that never registered to build the
// model is not recognised; "Mốc thời gian hoàn thành xét, công nhận: 25/10 hàng năm." —
// evaluating and recognising for year Y close after 25/10/Y unless an audited extension
// reaches the unit. Population: communes (xã) of Quảng Trị (legacy 45) classified "Khá" or
// better with ANTT recognised in 2023, the candidates of 2024 (II.2.1).
import { DEADLINE_ENFORCEMENT } from '@antq/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPlanId, registerUnit } from './awards-fixture'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { countAudit, errorOf } from './helpers'
import { Clock } from './nominations-fixture'

const PLAN_001 = '001-quang-tri-dien-hinh'
type Recognition = { id: number; status: string; rowVersion: number }
type Unit = { id: number; path: string }

let context: TestContext
let admin: Client
let planId = 0
const clock = new Clock()
let registered: Unit
let unregistered: Unit

async function candidate(unit: Unit) {
  const base = { unit_id: unit.id, unit_path: unit.path, evaluation_year: 2023 }
  await context.deps.db
    .insertInto('evaluations')
    .values([
      { ...base, kind: 'antt', result: 'dat', decision_number: '9/QĐ-UBND', decided_by: 'x' },
      { ...base, kind: 'movement', result: 'kha', decided_by: 'x' },
    ])
    .execute()
}

beforeAll(async () => {
  context = await createTestContext(clock.now)
  admin = await signIn(context.app, 'admin')
  planId = await findPlanId(context.deps, PLAN_001)
  const province = await context.deps.db
    .selectFrom('units')
    .select('path')
    .where('version', '=', 'legacy')
    .where('code', '=', '45')
    .executeTakeFirstOrThrow()
  const communes = await context.deps.db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('path', 'like', `${province.path}%`)
    .where('kind', '=', 'commune')
    .where('subtype', '=', 'xa')
    .orderBy('id')
    .limit(2)
    .execute()
  ;[registered, unregistered] = communes as [Unit, Unit]
  for (const unit of communes) await candidate(unit)
  await registerUnit(context.deps, PLAN_001, registered, 2024)
})
afterAll(() => context.close())

const propose = (unitId: number) =>
  admin.request({
    method: 'POST',
    url: '/api/recognitions',
    payload: { unitId, kind: 'exemplary', year: 2024, planId },
  })
const act = (id: number, payload: object) =>
  admin.request({ method: 'POST', url: `/api/recognitions/${id}/actions`, payload })
const messageOf = (response: { json: <T>() => T }) =>
  response.json<{ error: { message: string } }>().error.message

describe('plan 001 recognition gates', () => {
  let recognition: Recognition

  it('refuses a unit that never registered to build the model, naming the 30/3 deadline', async () => {
    const response = await propose(unregistered.id)
    expect(errorOf(response)).toEqual({ status: 422, code: 'NOT_ELIGIBLE' })
    expect(messageOf(response)).toBe(
      'Đơn vị chưa đăng ký xây dựng điển hình năm 2024 (hạn đăng ký 30/03/2024); kế hoạch chỉ xét, công nhận đơn vị đã đăng ký',
    )
    await registerUnit(context.deps, PLAN_001, unregistered, 2024, false)
    expect(errorOf(await propose(unregistered.id))).toEqual({ status: 422, code: 'NOT_ELIGIBLE' })
  })

  it('refuses to evaluate after 25/10/2024 with RECOGNITION_CLOSED naming the date', async () => {
    const proposed = await propose(registered.id)
    expect(proposed.statusCode).toBe(200)
    recognition = proposed.json<Recognition>()
    clock.set('2024-10-26T03:00:00Z')
    admin = await signIn(context.app, 'admin')
    const late = await act(recognition.id, {
      action: 'evaluate',
      criteriaMet: 34,
      criteriaTotal: 34,
      rowVersion: recognition.rowVersion,
    })
    expect(errorOf(late)).toEqual({ status: 409, code: 'RECOGNITION_CLOSED' })
    expect(messageOf(late)).toBe('Đã hết hạn xét, công nhận ngày 25/10/2024')
  })

  it('opens again for the unit under an audited extension, up to its last day only', async () => {
    const audits = await countAudit(context.deps)
    const grant = (payload: Record<string, unknown>) =>
      admin.request({
        method: 'POST',
        url: '/api/recognitions/extensions',
        payload: {
          ...{ planId, year: 2024, unitIds: [registered.id] },
          ...{ reason: 'Đoàn kiểm tra của huyện chưa hoàn thành thẩm tra thực tế', ...payload },
        },
      })
    const early = await grant({ until: '2024-10-20' })
    expect(errorOf(early)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(messageOf(early)).toBe('Ngày gia hạn phải sau hạn xét, công nhận 25/10/2024')
    expect((await grant({ until: '2024-11-15' })).statusCode).toBe(200)
    expect(await countAudit(context.deps)).toBe(audits + 1)
    const evaluated = await act(recognition.id, {
      action: 'evaluate',
      criteriaMet: 34,
      criteriaTotal: 34,
      rowVersion: recognition.rowVersion,
    })
    expect(evaluated.statusCode).toBe(200)
    recognition = evaluated.json<Recognition>()
    const afterExtension = await act(recognition.id, {
      action: 'recognise',
      date: '2024-11-20',
      rowVersion: recognition.rowVersion,
    })
    expect(errorOf(afterExtension)).toEqual({ status: 409, code: 'RECOGNITION_CLOSED' })
    expect(messageOf(afterExtension)).toBe(
      'Đã hết hạn xét, công nhận ngày 15/11/2024 (đã gia hạn từ hạn ban đầu 25/10/2024)',
    )
    const recognised = await act(recognition.id, {
      action: 'recognise',
      date: '2024-11-10',
      rowVersion: recognition.rowVersion,
    })
    expect(recognised.json<Recognition>().status).toBe('recognised')
  })

  it('lists recognition and appraisal among the deadlines enforced, with their codes', () => {
    expect(DEADLINE_ENFORCEMENT.recognition).toMatchObject({
      enforced: true,
      code: 'RECOGNITION_CLOSED',
    })
    expect(DEADLINE_ENFORCEMENT.appraisal).toMatchObject({
      enforced: true,
      code: 'APPRAISAL_CLOSED',
    })
  })
})
