// Records for the signable-documents test (issue 14 item 2), made through the API where the
// API makes them: plan 004 revised to carry its number, the issuing bodies' signers and legal
// bases, the tờ trình numbered for a chosen date, a council meeting closed, a decision signed by
// a deputy, and an exemplary-unit recognition of plan 001.
import type { TestContext, Client } from './harness'
import { expect } from 'vitest'
import {
  extendDeadline,
  findPlanId,
  findProvince,
  FLAG_FORM,
  insertNominations,
  passThroughCouncil,
  PLAN_004,
  registerUnit,
} from './awards-fixture'

type Plan = { id: number; rowVersion: number; definition: { metadata: Record<string, unknown> } }

/** Revises plan `key` so its metadata records the number it was issued under, and publishes. */
export async function recordPlanNumber(
  context: TestContext,
  admin: Client,
  key: string,
  number: { sequence: number; symbol: string },
) {
  const current = await findPlanId(context.deps, key)
  const draft = (
    await admin.request({
      method: 'POST',
      url: `/api/plans/${current}/actions`,
      payload: { action: 'revise', reason: 'Ghi số kế hoạch đã ban hành' },
    })
  ).json<Plan>()
  const definition = { ...draft.definition }
  definition.metadata = { ...definition.metadata, number }
  const saved = await admin.request({
    method: 'PUT',
    url: `/api/plans/${draft.id}/definition`,
    payload: { definition, reason: 'Ghi số kế hoạch', rowVersion: draft.rowVersion },
  })
  if (saved.statusCode !== 200) throw new Error(saved.body)
  const published = await admin.request({
    method: 'POST',
    url: `/api/plans/${draft.id}/actions`,
    payload: { action: 'publish' },
  })
  if (published.statusCode !== 200) throw new Error(published.body)
  return draft.id
}

export async function saveBody(
  admin: Client,
  unitId: number,
  body: string,
  settings: { headTitle: string; signers: object[]; legalBases?: object[] },
) {
  const current = (
    await admin.request({ method: 'GET', url: `/api/units/${unitId}/issuing-bodies/${body}` })
  ).json<{ rowVersion: number | null; settings: { legalBases: object[] } }>()
  const response = await admin.request({
    method: 'PUT',
    url: `/api/units/${unitId}/issuing-bodies/${body}`,
    payload: {
      legalBases: current.settings.legalBases,
      ...settings,
      rowVersion: current.rowVersion,
    },
  })
  if (response.statusCode !== 200) throw new Error(response.body)
  return response.json<{ rowVersion: number }>()
}

/** A commune of legacy Quảng Trị recognised exemplary for 2024 (plan 001), by its decision. */
export async function recogniseExemplary(context: TestContext, admin: Client) {
  const province = await findProvince(context.deps, '45', 'legacy')
  const commune = await context.deps.db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('version', '=', 'legacy')
    .where('kind', '=', 'commune')
    .where('subtype', '=', 'xa')
    .where('path', 'like', `${province.path}%`)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  await context.deps.db
    .insertInto('evaluations')
    .values(
      ['antt', 'movement'].map((kind) => ({
        ...{ unit_id: commune.id, unit_path: commune.path, kind, evaluation_year: 2023 },
        result: kind === 'antt' ? 'dat' : 'kha',
        decision_number: kind === 'antt' ? '3/QĐ-UBND' : null,
        decided_by: 'fixture',
      })),
    )
    .execute()
  const planKey = '001-quang-tri-dien-hinh'
  await registerUnit(context.deps, planKey, commune, 2024)
  await extendDeadline(
    context.deps,
    {
      planKey,
      closes: 'recognition',
      year: 2024,
      until: '2099-12-31',
      reason: 'Ghi nhận công nhận năm 2024',
    },
    commune,
  )
  let body = (
    await admin.request({
      method: 'POST',
      url: '/api/recognitions',
      payload: {
        unitId: commune.id,
        kind: 'exemplary',
        year: 2024,
        planId: await findPlanId(context.deps, planKey),
      },
    })
  ).json<{ id: number; rowVersion: number; recognizer: { id: number } }>()
  for (const payload of [
    { action: 'evaluate', criteriaMet: 34, criteriaTotal: 34 },
    { action: 'recognise', date: '2024-10-20' },
  ])
    body = (
      await admin.request({
        method: 'POST',
        url: `/api/recognitions/${body.id}/actions`,
        payload: { ...payload, rowVersion: body.rowVersion },
      })
    ).json()
  return { id: body.id, recognizerId: body.recognizer.id }
}

export const SIGNABLE_LOCAL_GOVERNMENT =
  'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015'
const LOCAL_GOVERNMENT = SIGNABLE_LOCAL_GOVERNMENT

async function findWardUnits(context: TestContext) {
  // Phường 1 of Cao Lãnh (legacy Đồng Tháp): named by a number, so its place keeps "Phường".
  const ward = await context.deps.db
    .selectFrom('units')
    .select(['id', 'path', 'name'])
    .where('version', '=', 'legacy')
    .where('code', '=', '29869')
    .executeTakeFirstOrThrow()
  const children = await context.deps.db
    .selectFrom('units')
    .select(['id', 'path', 'name', 'parent_id'])
    .where('parent_id', '=', ward.id)
    .orderBy('id')
    .limit(2)
    .execute()
  return { ward, children }
}

/** Every record the signable-documents test renders, made through the API; their ids. */
export async function makeSignableRecords(context: TestContext, admin: Client) {
  const ids = { nomination: 0, meeting: 0, decision: 0, recognition: 0 }
  const province = await findProvince(context.deps, '87', 'legacy')
  await recordPlanNumber(context, admin, PLAN_004, { sequence: 25, symbol: 'KH-BCĐ' })
  const { ward, children } = await findWardUnits(context)
  if (children.length === 0) throw new Error('Phường 1 has no unit under it in the test data')
  await saveBody(admin, province.id, 'people_committee', {
    headTitle: 'Chủ tịch',
    signers: [
      { key: 'chu-tich', name: 'Phạm Thiện Nghĩa', title: 'Chủ tịch', mode: 'head' },
      { key: 'pho-chu-tich', name: 'Đoàn Tấn Bửu', title: 'Phó Chủ tịch', mode: 'KT.' },
    ],
    legalBases: [
      { text: LOCAL_GOVERNMENT, from: null, to: '2025-02-28' },
      { text: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', from: '2024-01-01', to: null },
      {
        text: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
        from: '2024-01-01',
        to: null,
      },
    ],
  })
  await saveBody(admin, ward.id, 'people_committee', {
    headTitle: 'Chủ tịch',
    signers: [{ key: 'chu-tich-phuong', name: 'Nguyễn Văn Tâm', title: 'Chủ tịch', mode: 'head' }],
  })
  const nominations = await insertNominations(
    context.deps,
    { planKey: PLAN_004, awardFormId: FLAG_FORM, status: 'appraised' },
    children,
  )
  ids.nomination = nominations[0] ?? 0
  const numbered = await admin.request({
    method: 'POST',
    url: `/api/documents/submission-letter/${ids.nomination}/number`,
    payload: { issuerCode: 'UBND', date: '2024-11-05', signerKey: 'chu-tich-phuong' },
  })
  expect(numbered.json()).toEqual({ number: '1/TTr-UBND' })
  const { meetingId } = await passThroughCouncil(admin, province.id, nominations)
  ids.meeting = meetingId
  const meeting = (await admin.request({ method: 'GET', url: `/api/meetings/${meetingId}` })).json<{
    rowVersion: number
  }>()
  await admin.request({
    method: 'POST',
    url: `/api/meetings/${meetingId}/close`,
    payload: { rowVersion: meeting.rowVersion },
  })
  const decision = await admin.request({
    method: 'POST',
    url: '/api/decisions',
    payload: {
      issuerUnitId: province.id,
      planId: await findPlanId(context.deps, PLAN_004),
      awardFormId: FLAG_FORM,
      nominationIds: nominations,
      meetingId,
      date: '2024-12-15',
      signerKey: 'pho-chu-tich',
    },
  })
  expect(decision.statusCode, decision.body).toBe(200)
  ids.decision = decision.json<{ id: number }>().id
  const recognition = await recogniseExemplary(context, admin)
  ids.recognition = recognition.id
  await saveBody(admin, recognition.recognizerId, 'steering', {
    headTitle: 'Trưởng ban',
    signers: [{ key: 'truong-ban', name: 'Võ Văn Hưng', title: 'Trưởng ban', mode: 'head' }],
  })
  return ids
}
