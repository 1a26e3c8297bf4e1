// Plan 002 (Lục Ngạn, legacy district 219; unit plans due 05/9/2020) on the demo template: the
// plan owner of the district, clerks of two of its communes, and a child plan a commune issues.
import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { findUnitId, signIn, type Client, type TestContext } from './harness'
import { multipart } from './helpers'

export const PLAN_KEY = '002-luc-ngan-2020-2025'
export const PDF = new TextEncoder().encode('%PDF-1.4\nKế hoạch thực hiện Đề án của xã\n%%EOF')

export async function createAccount(
  context: TestContext,
  username: string,
  role: string,
  scopeUnitId: number,
): Promise<Client> {
  const admin = await signIn(context.app, 'admin')
  const created = await admin.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      ...{ username, fullName: `Tài khoản ${username}`, password: 'matkhaurieng2020' },
      ...{ roles: [role], scopeUnitId },
    },
  })
  expect(created.statusCode, created.body).toBe(200)
  return signIn(context.app, username, 'matkhaurieng2020')
}

/** The plan 002 row, the district and its first two communes (in code order). */
export async function loadWorld(context: TestContext) {
  const db = context.deps.db
  const plan = await db
    .selectFrom('plans')
    .select('id')
    .where('plan_key', '=', PLAN_KEY)
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow()
  const districtId = await findUnitId(context.deps, 'legacy', '219')
  const communes = await db
    .selectFrom('units')
    .select(['id', 'code', 'path'])
    .where('parent_id', '=', districtId)
    .where('kind', '=', 'commune')
    .orderBy('code')
    .limit(2)
    .execute()
  const [a, b] = communes
  if (!a || !b) throw new Error('Lục Ngạn has no two communes')
  return { planId: plan.id, districtId, a, b }
}

/** Upload a file as the unit's plan. */
export function uploadPlan(
  client: Client,
  url: { planId: number; unitId: number },
  file: { name: string; bytes: Uint8Array } = { name: 'ke-hoach-xa.pdf', bytes: PDF },
) {
  const body = multipart(file.name, file.bytes, 'application/pdf')
  return client.request({
    method: 'POST',
    url: `/api/plans/${url.planId}/unit-plans/ke-hoach-don-vi/${url.unitId}/file`,
    ...body,
  })
}

/** Plan 002 re-keyed as a commune's own plan whose parent is plan 002; imported by the admin. */
export async function importChildPlan(context: TestContext, communeCode: string) {
  const seed = path.resolve(import.meta.dirname, '../../../plans/seeds/002-luc-ngan-2020-2025.yaml')
  const text = fs
    .readFileSync(seed, 'utf8')
    .replace(/^id: .+$/m, 'id: xa-ke-hoach-2020')
    .replace(/^( {4}unitCode: ).+$/m, `$1'${communeCode}'`)
    .replace(/^( {4}ref: 201\/ĐA-UBND)$/m, `$1\n    planId: ${PLAN_KEY}`)
  const admin = await signIn(context.app, 'admin')
  const created = await admin.request({
    method: 'POST',
    url: '/api/plans/import',
    payload: { text },
  })
  expect(created.statusCode, created.body).toBe(200)
  return created.json<{ id: number }>().id
}

export type UnitRow = {
  unitId: number
  name: string
  status: string
  overdue: boolean
  closesOn: string | null
  canSubmit: boolean
  canReview: boolean
  childPlans: { id: number }[]
  submission: null | {
    id: number
    status: string
    reason: string | null
    late: boolean
    fileName: string | null
    childPlanId: number | null
    rowVersion: number
    history: { action: string; toStatus: string; reason: string | null }[]
  }
}
export type DeadlineView = {
  deadlineId: string
  dueDate: string | null
  isReviewer: boolean
  canExtend: boolean
  counts: Record<string, number>
  units: UnitRow[]
  unresolved: { bodyId: string; reason: string }[]
  extensions: { unitIds: number[] | null; until: string; reason: string }[]
}

export async function readList(client: Client, planId: number): Promise<DeadlineView> {
  const response = await client.request({ method: 'GET', url: `/api/plans/${planId}/unit-plans` })
  expect(response.statusCode, response.body).toBe(200)
  const [item] = response.json<{ items: DeadlineView[] }>().items
  if (!item) throw new Error('no unit plan deadline')
  return item
}
