// Shared set-up of the reports tests: plan 000 (legacy district 034 Bắc Quang), two commune
// clerks of the legacy tree created by the administrator, the district's plan owner.
import type { Deps } from '../src/deps'
import { signIn, type Client, type TestContext, TEST_PASSWORD } from './harness'

export const COMMUNE_FIGURES = {
  'unit.households': 800,
  'propaganda.households_reached': 600,
  'models.count': 3,
  'models.effective': 2,
}

export type ReportItem = {
  id: number | null
  unit: { id: number; code: string; name: string; kind: string }
  status: string | null
  figures: Record<string, unknown>
  returnReason: string | null
  rowVersion: number | null
  actions: string[]
  history: {
    actor: string
    action: string
    fromStatus: string | null
    toStatus: string
    reason: string | null
  }[]
}

export async function legacyCommunes(deps: Deps) {
  const district = await deps.db
    .selectFrom('units')
    .select('id')
    .where('version', '=', 'legacy')
    .where('code', '=', '034')
    .executeTakeFirstOrThrow()
  return deps.db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'path'])
    .where('parent_id', '=', district.id)
    .where('kind', '=', 'commune')
    .orderBy('code')
    .limit(2)
    .execute()
}

export async function setUpReports(context: TestContext) {
  const admin = await signIn(context.app, 'admin')
  const plans = await admin.request({ method: 'GET', url: '/api/plans' })
  const plan = plans
    .json<{ items: { id: number; key: string }[] }>()
    .items.find((item) => item.key === '000-bac-quang-2024')
  if (!plan) throw new Error('no plan 000')
  const [commune, other] = await legacyCommunes(context.deps)
  if (!commune || !other) throw new Error('no legacy communes under 034')
  for (const [username, unit] of [
    ['canbo.xa1', commune],
    ['canbo.xa2', other],
  ] as const) {
    const created = await admin.request({
      method: 'POST',
      url: '/api/accounts',
      payload: {
        username,
        fullName: `Cán bộ ${unit.name}`,
        password: TEST_PASSWORD,
        roles: ['unit_clerk'],
        scopeUnitId: unit.id,
      },
    })
    if (created.statusCode !== 200) throw new Error(created.body)
  }
  return {
    planId: plan.id,
    commune,
    other,
    admin,
    clerk: await signIn(context.app, 'canbo.xa1'),
    otherClerk: await signIn(context.app, 'canbo.xa2'),
    reviewer: await signIn(context.app, 'congan.bacquang'),
  }
}

export function reportUrl(planId: number, unitId: number, periodId: string) {
  return `/api/plans/${planId}/reports/${unitId}/${periodId}`
}

export async function act(
  client: Client,
  url: string,
  payload: { action: string; reason?: string; rowVersion?: number },
) {
  return client.request({ method: 'POST', url: `${url}/actions`, payload })
}
