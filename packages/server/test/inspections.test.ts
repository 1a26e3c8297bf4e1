// An inspection made through the API on plan 000 (Bắc Quang): the team, two communes, the
// checklist from the plan, findings, the conclusion, a follow-up action, the status through to
// done, and the biên bản kiểm tra read back; every write audited.
import { buildInspectionChecklist, validatePlan } from '@antq/core'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from './harness'
import { errorOf } from './helpers'
import {
  HEADING,
  TEAM,
  countRows,
  setUpInspections,
  type InspectionView,
} from './inspections-fixture'

let context: TestContext
let world: Awaited<ReturnType<typeof setUpInspections>>
let inspection: InspectionView

beforeAll(async () => {
  context = await createTestContext()
  world = await setUpInspections(context)
})
afterAll(() => context.close())

async function documentText(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')
}

const url = () => `/api/inspections/${inspection.id}`

describe('an inspection through the API', () => {
  it('creates the inspection with its team under the plan owner', async () => {
    const before = await countRows(context)
    const created = await world.owner.request({
      method: 'POST',
      url: `/api/plans/${world.planId}/inspections`,
      payload: { ...HEADING, members: TEAM },
    })
    expect(created.statusCode).toBe(200)
    inspection = created.json<InspectionView>()
    expect(inspection).toMatchObject({ status: 'planned', canManage: true })
    expect(inspection.members.map((member) => [member.name, member.role])).toEqual([
      ['Hoàng Minh Đức', 'lead'],
      ['Nông Thị Hoa', 'member'],
    ])
    const after = await countRows(context)
    expect(after.inspections - before.inspections).toBe(1)
    expect(after.audit - before.audit).toBe(1)
  })

  it('adds two communes and gives each the checklist of plan 000 for a commune', async () => {
    for (const unitId of [world.dongYen, world.other.id]) {
      const added = await world.owner.request({
        method: 'POST',
        url: `${url()}/units`,
        payload: { unitId },
      })
      expect(added.statusCode).toBe(200)
    }
    const twice = await world.owner.request({
      method: 'POST',
      url: `${url()}/units`,
      payload: { unitId: world.dongYen },
    })
    expect(errorOf(twice)).toEqual({ status: 409, code: 'DUPLICATE' })
    const checklist = (
      await world.owner.request({ method: 'GET', url: `${url()}/units/${world.dongYen}/checklist` })
    ).json<{ items: { key: string; label: string; result: string | null }[] }>()
    const plan = await context.deps.db
      .selectFrom('plans')
      .select('definition')
      .where('id', '=', world.planId)
      .executeTakeFirstOrThrow()
    const checked = validatePlan(plan.definition)
    if (!checked.ok) throw new Error('plan 000 invalid')
    const expected = buildInspectionChecklist(checked.plan, 'commune').map((item) => item.key)
    expect(checklist.items.map((item) => item.key)).toEqual(expected)
    expect(expected).toContain('criteria:tieu-chuan-xa:antt')
    expect(checklist.items.every((item) => item.result === null)).toBe(true)
  })

  it('records the visit, the findings, a follow-up action and closes the inspection', async () => {
    inspection = (
      await world.owner.request({
        method: 'PUT',
        url: `${url()}/units/${world.dongYen}`,
        payload: {
          visitedOn: '2024-07-16',
          place: 'Trụ sở UBND xã Đồng Yên',
          representativeName: 'Lý Văn Sơn',
          representativePosition: 'Chủ tịch UBND xã',
          conclusion: 'Xã triển khai kế hoạch nghiêm túc; mô hình tự quản hoạt động chưa đều.',
        },
      })
    ).json<InspectionView>()
    const findings = await world.owner.request({
      method: 'PUT',
      url: `${url()}/units/${world.dongYen}/findings`,
      payload: {
        findings: [
          {
            itemKey: 'criteria:tieu-chuan-xa:antt',
            result: 'met',
            note: 'Quyết định số 12/QĐ-UBND',
          },
          { itemKey: 'criteria:tieu-chuan-xa:mo-hinh-tot', result: 'not_met', note: '' },
          {
            itemKey: 'free:so-sach',
            label: 'Sổ sách theo dõi phong trào',
            result: 'noted',
            note: 'Ghi chép chưa đầy đủ',
          },
        ],
      },
    })
    expect(findings.statusCode).toBe(200)
    const action = await world.owner.request({
      method: 'POST',
      url: `${url()}/actions`,
      payload: {
        unitId: world.dongYen,
        what: 'Củng cố mô hình tự quản về an ninh, trật tự ở các thôn',
        ownerUnitId: world.dongYen,
        dueOn: '2024-09-30',
      },
    })
    inspection = action.json<InspectionView>()
    expect(inspection.actions).toEqual([
      expect.objectContaining({ status: 'open', unitId: world.dongYen }),
    ])
    // The follow-up action became an assignment of its owner, with the action's words and due date.
    const assignmentId = inspection.actions[0]?.assignmentId
    expect(assignmentId).toEqual(expect.any(Number))
    const share = await world.owner.request({
      method: 'GET',
      url: `/api/assignments/${assignmentId}`,
    })
    expect(share.statusCode).toBe(200)
    expect(share.json()).toMatchObject({
      task: { task: 'Củng cố mô hình tự quản về an ninh, trật tự ở các thôn' },
      owner: { id: world.dongYen },
      due: '2024-09-30',
      status: 'overdue',
    })
    expect(inspection.units.find((unit) => unit.unitId === world.dongYen)?.findings).toEqual({
      met: 1,
      notMet: 1,
      noted: 1,
    })
    const start = await world.owner.request({
      method: 'POST',
      url: `${url()}/status`,
      payload: { action: 'start', rowVersion: inspection.rowVersion },
    })
    inspection = start.json<InspectionView>()
    const early = await world.owner.request({
      method: 'POST',
      url: `${url()}/status`,
      payload: { action: 'finish', rowVersion: inspection.rowVersion },
    })
    expect(errorOf(early)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(early.json<{ error: { message: string } }>().error.message).toContain(
      `Chưa ghi ngày kiểm tra và kết luận tại ${world.other.name}`,
    )
    await world.owner.request({
      method: 'PUT',
      url: `${url()}/units/${world.other.id}`,
      payload: { visitedOn: '2024-07-17', conclusion: 'Thực hiện tốt.' },
    })
    const done = await world.owner.request({
      method: 'POST',
      url: `${url()}/status`,
      payload: { action: 'finish', rowVersion: inspection.rowVersion },
    })
    inspection = done.json<InspectionView>()
    expect(inspection.status).toBe('done')
    const late = await world.owner.request({
      method: 'PUT',
      url: `${url()}/units/${world.dongYen}/findings`,
      payload: { findings: [] },
    })
    expect(errorOf(late)).toEqual({ status: 409, code: 'INVALID_TRANSITION' })
  })

  it('writes the biên bản kiểm tra from the record as entered', async () => {
    const response = await world.owner.request({
      method: 'GET',
      url: `${url()}/units/${world.dongYen}/minutes`,
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('wordprocessingml')
    const text = await documentText(response.rawPayload)
    expect(text).toContain('BIÊN BẢN')
    expect(text).toContain(`${HEADING.title} tại Xã Đồng Yên`)
    expect(text).toContain(
      'Căn cứ Kế hoạch số 15/KH-CAH ngày 20/6/2024 của Công an huyện Bắc Quang.',
    )
    expect(text).toContain('Thời gian: ngày 16 tháng 7 năm 2024.')
    expect(text).toContain(
      '- Hoàng Minh Đức, Phó Trưởng Công an huyện, Công an huyện Bắc Quang - Trưởng đoàn;',
    )
    expect(text).toContain('- Nông Thị Hoa, Chuyên viên, Phòng Nội vụ huyện - Thành viên;')
    expect(text).toContain('2. Đơn vị được kiểm tra: Xã Đồng Yên')
    expect(text).toContain('- Đại diện: Lý Văn Sơn, Chủ tịch UBND xã.')
    expect(text).toContain(
      'được công nhận đạt tiêu chuẩn “An toàn về an ninh trật tự”: Đạt. Quyết định số 12/QĐ-UBND.',
    )
    expect(text).toContain('(phân loại Tốt): Chưa đạt.')
    expect(text).toContain('3. Sổ sách theo dõi phong trào: Ghi nhận. Ghi chép chưa đầy đủ.')
    expect(text).toContain('Xã triển khai kế hoạch nghiêm túc; mô hình tự quản hoạt động chưa đều.')
    expect(text).toContain(
      '- Củng cố mô hình tự quản về an ninh, trật tự ở các thôn (đơn vị thực hiện: Xã Đồng Yên; thời hạn: 30/09/2024).',
    )
    expect(text).toMatch(
      /ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA[\s\S]*TRƯỞNG ĐOÀN KIỂM TRA[\s\S]*Hoàng Minh Đức/,
    )
  })

  it('keeps an audit entry for every write and an append-only history', async () => {
    const rows = await context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name', 'unit_id'])
      .where('entity', '=', 'inspection')
      .where('entity_id', '=', String(inspection.id))
      .orderBy('id')
      .execute()
    expect(rows.map((row) => row.action)).toEqual([
      'inspection.create',
      'inspection.unit.add',
      'inspection.unit.add',
      'inspection.visit',
      'inspection.findings',
      'inspection.action.add',
      'inspection.start',
      'inspection.visit',
      'inspection.finish',
    ])
    expect(new Set(rows.map((row) => [row.actor_name, row.unit_id].join()))).toEqual(
      new Set([`congan.bacquang,${world.district}`]),
    )
    expect(inspection.history.map((entry) => entry.action)).toEqual(
      rows.map((row) => row.action.replace('inspection.', '')),
    )
    await expect(
      context.deps.db.updateTable('inspection_history').set({ actor: 'x' }).execute(),
    ).rejects.toThrow(/append-only/)
  })
})
