// Every award document kind rendered through the API from a real record (a batch of
// nominations, a council meeting, a decision, a recognition), the tờ trình numbered once from
// the unit's register, certificate layouts adjusted and refused off the sheet, and one
// decision converted to PDF through LibreOffice when it is installed.
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findSoffice } from '../src/features/documents/pdf-convert'
import {
  extendDeadline,
  findPlanId,
  findProvince,
  FLAG_FORM,
  insertNominations,
  listNomineeUnits,
  passThroughCouncil,
  PLAN_004,
  registerUnit,
} from './awards-fixture'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

let context: TestContext
let admin: Client
let secretary: Client
let province: { id: number; path: string }
const ids = { nomination: 0, meeting: 0, decision: 0, recognition: 0 }

async function recognise() {
  const commune = await context.deps.db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('version', '=', 'legacy')
    .where('kind', '=', 'commune')
    .where('subtype', '=', 'xa')
    .where('path', 'like', `${(await findProvince(context.deps, '45', 'legacy')).path}%`)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  await context.deps.db
    .insertInto('evaluations')
    .values(
      ['antt', 'movement'].map((kind) => ({
        unit_id: commune.id,
        unit_path: commune.path,
        kind,
        evaluation_year: 2023,
        result: kind === 'antt' ? 'dat' : 'kha',
        decision_number: kind === 'antt' ? '3/QĐ-UBND' : null,
        decided_by: 'fixture',
      })),
    )
    .execute()
  const planId = await findPlanId(context.deps, '001-quang-tri-dien-hinh')
  // Registered to build the model by 30/3; recognised late (today is past 25/10/2024) under an
  // extension of the recognition deadline.
  await registerUnit(context.deps, '001-quang-tri-dien-hinh', commune, 2024)
  await extendDeadline(
    context.deps,
    {
      ...{ planKey: '001-quang-tri-dien-hinh', closes: 'recognition', year: 2024 },
      ...{ until: '2099-12-31', reason: 'Ghi nhận công nhận năm 2024 vào hệ thống' },
    },
    commune,
  )
  let body = (
    await admin.request({
      method: 'POST',
      url: '/api/recognitions',
      payload: { unitId: commune.id, kind: 'exemplary', year: 2024, planId },
    })
  ).json<{ id: number; rowVersion: number }>()
  const act = async (payload: object) =>
    (body = (
      await admin.request({
        method: 'POST',
        url: `/api/recognitions/${body.id}/actions`,
        payload: { ...payload, rowVersion: body.rowVersion },
      })
    ).json())
  await act({ action: 'evaluate', criteriaMet: 34, criteriaTotal: 34 })
  await act({ action: 'recognise', date: '2024-10-20' })
  return body.id
}

beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
  secretary = await signIn(context.app, 'thuky.tuyenquang')
  province = await findProvince(context.deps)
  const units = await listNomineeUnits(context.deps, province.path, 3)
  const nominations = await insertNominations(
    context.deps,
    { planKey: PLAN_004, awardFormId: FLAG_FORM, status: 'appraised' },
    units,
  )
  ids.nomination = nominations[0] ?? 0
  const { meetingId } = await passThroughCouncil(secretary, province.id, nominations)
  ids.meeting = meetingId
  const meeting = (
    await secretary.request({ method: 'GET', url: `/api/meetings/${meetingId}` })
  ).json<{ rowVersion: number }>()
  await secretary.request({
    method: 'POST',
    url: `/api/meetings/${meetingId}/close`,
    payload: { rowVersion: meeting.rowVersion },
  })
  const decision = await admin.request({
    method: 'POST',
    url: '/api/decisions',
    payload: {
      issuerUnitId: province.id,
      issuerCode: 'UBND',
      planId: await findPlanId(context.deps, PLAN_004),
      awardFormId: FLAG_FORM,
      nominationIds: nominations,
      date: '2024-12-15',
      signerName: 'Đặng Quốc Bảo',
      signerTitle: 'Chủ tịch',
    },
  })
  ids.decision = decision.json<{ id: number }>().id
  ids.recognition = await recognise()
})
afterAll(() => context.close())

async function documentText(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes)
  return (await zip.file('word/document.xml')?.async('string'))?.replace(/<[^>]+>/g, '') ?? ''
}

const get = (url: string) => admin.request({ method: 'GET', url })

describe('documents', () => {
  it('lists the kinds with their formats and what their id names', async () => {
    const { items } = (await get('/api/documents/kinds')).json<{
      items: { id: string; idOf: string; formats: string[] }[]
    }>()
    expect(items.map((item) => item.id).sort()).toEqual([
      'award-certificate',
      'award-decision',
      'award-list',
      'council-minutes',
      'recognition-certificate',
      'submission-letter',
    ])
    expect(items.find((item) => item.id === 'award-decision')).toMatchObject({
      idOf: 'decision',
      formats: ['docx', 'xlsx', 'pdf'],
    })
  })

  it('renders every kind from its record as DOCX, with the record in the text', async () => {
    const cases: [string, number, string][] = [
      ['submission-letter', ids.nomination, 'TỜ TRÌNH'],
      ['award-list', ids.nomination, 'Cờ thi đua xuất sắc'],
      ['council-minutes', ids.meeting, '1/BB-HĐTĐKT'],
      ['award-decision', ids.decision, '1/QĐ-UBND'],
      ['recognition-certificate', ids.recognition, '1/QĐ-BCĐ'],
      ['award-certificate', ids.decision, 'Đặng Quốc Bảo'],
    ]
    for (const [kind, id, expected] of cases) {
      const response = await get(`/api/documents/${kind}/${id}`)
      expect(response.statusCode, kind).toBe(200)
      expect(response.headers['content-type'], kind).toContain('wordprocessingml')
      expect(await documentText(response.rawPayload), kind).toContain(expected)
    }
  })

  it('renders the lists as XLSX and refuses a format a kind lacks', async () => {
    const xlsx = await get(`/api/documents/award-decision/${ids.decision}?format=xlsx`)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    expect((await get(`/api/documents/award-list/${ids.nomination}?format=xlsx`)).statusCode).toBe(
      200,
    )
    expect(errorOf(await get(`/api/documents/council-minutes/${ids.meeting}?format=xlsx`))).toEqual(
      { status: 400, code: 'VALIDATION' },
    )
    expect(errorOf(await get('/api/documents/nothing/1'))).toEqual({
      status: 404,
      code: 'NOT_FOUND',
    })
  })

  it('numbers the tờ trình once from the unit register, then prints it', async () => {
    const first = await admin.request({
      method: 'POST',
      url: `/api/documents/submission-letter/${ids.nomination}/number`,
      payload: { issuerCode: 'UBND', date: '2024-11-01' },
    })
    expect(first.json()).toEqual({ number: '1/TTr-UBND' })
    const again = await admin.request({
      method: 'POST',
      url: `/api/documents/submission-letter/${ids.nomination}/number`,
      payload: { issuerCode: 'UBND', date: '2024-11-02' },
    })
    expect(again.json()).toEqual({ number: '1/TTr-UBND' })
    expect(
      await documentText((await get(`/api/documents/award-list/${ids.nomination}`)).rawPayload),
    ).toContain('Tờ trình số 1/TTr-UBND')
  })

  it("keeps a secretary's certificate layout and refuses a field off the sheet", async () => {
    const url = `/api/units/${province.id}/certificate-layouts/${FLAG_FORM}`
    const current = (await secretary.request({ method: 'GET', url })).json<{
      rowVersion: number | null
      layout: { fields: { recipientName: { yMm: number } } }
    }>()
    expect(current.rowVersion).toBeNull()
    const saved = await secretary.request({
      method: 'PUT',
      url,
      payload: { overrides: { fields: { recipientName: { yMm: 100 } } }, rowVersion: null },
    })
    expect(
      saved.json<{ layout: { fields: { recipientName: { yMm: number } } } }>().layout.fields
        .recipientName.yMm,
    ).toBe(100)
    const off = await secretary.request({
      method: 'PUT',
      url,
      payload: { overrides: { fields: { achievement: { xMm: 290 } } }, rowVersion: 1 },
    })
    expect(errorOf(off)).toEqual({ status: 400, code: 'VALIDATION' })
    const stale = await secretary.request({
      method: 'PUT',
      url,
      payload: { overrides: {}, rowVersion: null },
    })
    expect(errorOf(stale)).toEqual({ status: 409, code: 'CONFLICT' })
  })

  it('converts a decision to PDF through LibreOffice when installed', async () => {
    if (!(await findSoffice())) return
    const response = await get(`/api/documents/award-decision/${ids.decision}?format=pdf`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/pdf')
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
  }, 120_000)
})
