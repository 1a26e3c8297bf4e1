// Giao nhiệm vụ: shares per schedule for a small plan, idempotent, unresolved bodies reported;
// a body sees only its own; bad input is refused in Vietnamese and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from './harness'
import { countAudit, errorOf, type ErrorBody } from './helpers'
import { evidence, PDF, PLAN_KEY, setUpAssignments, type Share } from './assignments-fixture'

const now = new Date('2024-03-01T03:00:00Z')
let context: TestContext
let setup: Awaited<ReturnType<typeof setUpAssignments>>
let generated: { statusCode: number; body: string }

beforeAll(async () => {
  context = await createTestContext(() => now)
  setup = await setUpAssignments(context)
  generated = await setup.owner.request({
    method: 'POST',
    url: `/api/plans/${setup.planId}/assignments/generate`,
    payload: { year: 2024 },
  })
})
afterAll(() => context.close())

const countRows = async (table: 'assignments' | 'assignment_events' | 'assignment_files') =>
  Number(
    (
      await context.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('generating assignments', () => {
  it('gives each schedule its shares and reports the body that is no unit', () => {
    expect(generated.statusCode, generated.body).toBe(200)
    expect(JSON.parse(generated.body)).toEqual({
      year: 2024,
      tasks: 8,
      created: 18,
      existing: 0,
      withoutShare: 0,
      unresolved: [
        {
          taskId: 't-front',
          source: 'VI.7',
          body: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
          reason:
            'Chưa có đơn vị "Ủy ban Mặt trận Tổ quốc Việt Nam huyện" trực thuộc cơ quan ban hành',
        },
      ],
    })
  })

  it('stores the shares per task, occurrence, owner and role', async () => {
    const rows = await context.deps.db
      .selectFrom('assignments')
      .select(['task_id', 'role'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_key', '=', PLAN_KEY)
      .groupBy(['task_id', 'role'])
      .orderBy('task_id')
      .orderBy('role')
      .execute()
    expect(rows.map((row) => [row.task_id, row.role, Number(row.n)])).toEqual([
      ['t-communes', 'owner', 2],
      ['t-continuous', 'owner', 1],
      ['t-monthly', 'owner', 6],
      ['t-once', 'co_owner', 1],
      ['t-once', 'owner', 1],
      ['t-quarterly', 'owner', 4],
      ['t-six', 'owner', 2],
      ['t-yearly', 'owner', 1],
    ])
  })

  it('is idempotent', async () => {
    const again = await setup.owner.request({
      method: 'POST',
      url: `/api/plans/${setup.planId}/assignments/generate`,
      payload: { year: 2024 },
    })
    expect(again.json()).toMatchObject({ created: 0, existing: 18 })
    expect(await countRows('assignments')).toBe(18)
  })

  it('is the plan owner’s, for a year of the plan', async () => {
    const url = `/api/plans/${setup.planId}/assignments/generate`
    const byClerk = await setup.noiVu.request({ method: 'POST', url, payload: { year: 2024 } })
    expect(errorOf(byClerk)).toEqual({ status: 403, code: 'FORBIDDEN' })
    const outside = await setup.owner.request({ method: 'POST', url, payload: { year: 2025 } })
    expect(errorOf(outside)).toEqual({ status: 400, code: 'OUTSIDE_PLAN_PERIOD' })
    expect(outside.json<ErrorBody>().error.message).toBe(
      'Năm 2025 nằm ngoài thời gian thực hiện kế hoạch (năm 2024)',
    )
  })
})

describe('a body’s own assignments', () => {
  it('lists the department’s shares by due date with the plan’s clause', async () => {
    const response = await setup.noiVu.request({ method: 'GET', url: '/api/assignments?year=2024' })
    expect(response.statusCode, response.body).toBe(200)
    const items = response.json<{ items: Share[] }>().items
    expect(items.map((item) => [item.task.id, item.due, item.status, item.role])).toEqual([
      ['t-once', '2024-04-20', 'not_started', 'owner'],
      ['t-yearly', '2024-10-25', 'not_started', 'owner'],
    ])
    const one = await setup.noiVu.request({
      method: 'GET',
      url: `/api/assignments/${items[0]?.id}`,
    })
    expect(one.json()).toMatchObject({
      clause: { source: 'VI.6', text: 'Điều khoản nguyên văn của nhiệm vụ t-once.' },
      owners: { owners: ['Phòng Nội vụ'], coOwners: ['Công an huyện'] },
      actions: ['note', 'submit'],
    })
  })

  it('hides another body’s share and list', async () => {
    const [own] = (
      await setup.noiVu.request({ method: 'GET', url: '/api/assignments?year=2024' })
    ).json<{ items: Share[] }>().items
    const other = await setup.tuPhap.request({ method: 'GET', url: `/api/assignments/${own?.id}` })
    expect(errorOf(other)).toEqual({ status: 404, code: 'NOT_FOUND' })
    const list = await setup.tuPhap.request({
      method: 'GET',
      url: `/api/assignments?year=2024&unitId=${setup.id('W034.NV')}`,
    })
    expect(errorOf(list)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    const act = await setup.tuPhap.request({
      method: 'POST',
      url: `/api/assignments/${own?.id}/actions`,
      payload: { action: 'submit' },
    })
    expect(errorOf(act)).toEqual({ status: 404, code: 'NOT_FOUND' })
  })
})

describe('bad input', () => {
  it('refuses an unknown id, a huge note, a bad file and a bad action, writing nothing', async () => {
    const [own] = (
      await setup.noiVu.request({ method: 'GET', url: '/api/assignments?year=2024' })
    ).json<{ items: Share[] }>().items
    const before = await Promise.all([
      countAudit(context.deps),
      countRows('assignment_events'),
      countRows('assignment_files'),
    ])
    const url = `/api/assignments/${own?.id}`
    const unknown = await setup.noiVu.request({
      method: 'POST',
      url: '/api/assignments/999999/actions',
      payload: { action: 'submit' },
    })
    expect(errorOf(unknown)).toEqual({ status: 404, code: 'NOT_FOUND' })
    const huge = await setup.noiVu.request({
      method: 'POST',
      url: `${url}/actions`,
      payload: { action: 'note', note: 'x'.repeat(2001) },
    })
    expect(errorOf(huge)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(huge.json<ErrorBody>().error.details[0]?.message).toBe('Nội dung tối đa 2000 ký tự')
    const hugeWithFile = await setup.noiVu.request({
      method: 'POST',
      url: `${url}/files`,
      ...evidence('y'.repeat(2001), 'bao-cao.pdf', PDF),
    })
    expect(errorOf(hugeWithFile)).toEqual({ status: 400, code: 'VALIDATION' })
    const badFile = await setup.noiVu.request({
      method: 'POST',
      url: `${url}/files`,
      ...evidence('Báo cáo', 'bao-cao.pdf', new Uint8Array(Buffer.from('not a pdf'))),
    })
    expect(errorOf(badFile)).toEqual({ status: 422, code: 'UPLOAD_INVALID' })
    expect(badFile.json<ErrorBody>().error.message).toBe(
      'Tệp "bao-cao.pdf" không phải PDF, DOCX, PNG hoặc JPEG (nội dung tệp không khớp)',
    )
    const emptyNote = await setup.noiVu.request({
      method: 'POST',
      url: `${url}/actions`,
      payload: { action: 'note', note: '  ' },
    })
    expect(emptyNote.json<ErrorBody>().error).toMatchObject({
      code: 'VALIDATION',
      message: 'Cần ghi nội dung tiến độ',
    })
    const accept = await setup.noiVu.request({
      method: 'POST',
      url: `${url}/actions`,
      payload: { action: 'accept' },
    })
    expect(errorOf(accept)).toEqual({ status: 403, code: 'FORBIDDEN' })
    expect(
      await Promise.all([
        countAudit(context.deps),
        countRows('assignment_events'),
        countRows('assignment_files'),
      ]),
    ).toEqual(before)
  })
})
