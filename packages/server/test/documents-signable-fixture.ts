// Records for the signable-documents test (issue 14 item 2), made through the API where the
// API makes them: plan 004 revised to carry its number, the issuing bodies' signers and legal
// bases, the tờ trình numbered for a chosen date, a council meeting closed, a decision signed by
// a deputy, and an exemplary-unit recognition of plan 001.
import type { TestContext, Client } from './harness'
import { extendDeadline, findPlanId, findProvince, registerUnit } from './awards-fixture'

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
