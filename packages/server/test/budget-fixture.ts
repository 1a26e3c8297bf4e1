// A small Lục Ngạn for the budget tests: plan 002 issued by a test district whose Công an
// huyện, Phòng Tài chính - Kế hoạch and Phòng Nội vụ are units named as the plan's bodies, two
// communes; a clerk for each, and the plan owner. The clock stands at 1/3/2025.
import { signIn, type Client, TEST_PASSWORD } from './harness'
import { createWorld, type UnitSpec } from './world-fixture'

const UNITS: UnitSpec[] = [
  { code: 'B0', name: 'Tỉnh thử', kind: 'province' },
  { code: 'B219', name: 'Huyện thử', kind: 'district', parent: 'B0' },
  {
    code: 'B219.CA',
    name: 'Công an huyện',
    kind: 'agency',
    parent: 'B219',
    subtype: 'armed_forces',
  },
  {
    code: 'B219.TC',
    name: 'Phòng Tài chính - Kế hoạch',
    kind: 'agency',
    parent: 'B219',
    subtype: 'state_body',
  },
  { code: 'B219.NV', name: 'Phòng Nội vụ', kind: 'agency', parent: 'B219', subtype: 'state_body' },
  { code: 'BX1', name: 'Xã Một', kind: 'commune', parent: 'B219', subtype: 'xa', households: 100 },
  { code: 'BX2', name: 'Xã Hai', kind: 'commune', parent: 'B219', subtype: 'xa', households: 100 },
]

export type BudgetWorld = Awaited<ReturnType<typeof setUpBudget>>

export async function setUpBudget() {
  const world = await createWorld({
    seedFile: '002-luc-ngan-2020-2025.yaml',
    issuerCode: 'B219',
    units: UNITS,
    start: '2025-03-01',
  })
  const admin = await signIn(world.context.app, 'admin')
  const accounts: [string, string, string][] = [
    ['kp.congan', 'B219.CA', 'unit_clerk'],
    ['kp.taichinh', 'B219.TC', 'unit_clerk'],
    ['kp.noivu', 'B219.NV', 'unit_clerk'],
    ['kp.xa1', 'BX1', 'unit_clerk'],
    ['kp.xa2', 'BX2', 'unit_clerk'],
    ['kp.chutri', 'B219', 'plan_owner'],
  ]
  for (const [username, code, role] of accounts) {
    const created = await admin.request({
      method: 'POST',
      url: '/api/accounts',
      payload: {
        ...{ username, fullName: `Cán bộ ${code}`, password: TEST_PASSWORD },
        ...{ roles: [role], scopeUnitId: world.id(code) },
      },
    })
    if (created.statusCode !== 200) throw new Error(created.body)
  }
  const client = (name: string): Promise<Client> => signIn(world.context.app, name)
  return {
    world,
    deps: world.context.deps,
    planId: world.planId,
    id: world.id,
    police: await client('kp.congan'),
    finance: await client('kp.taichinh'),
    interior: await client('kp.noivu'),
    commune1: await client('kp.xa1'),
    commune2: await client('kp.xa2'),
    owner: await client('kp.chutri'),
  }
}

export type EstimateBody = {
  lineId: string
  year: number
  funding: string
  amount: number
  note?: string | null
  rowVersion?: number
}

export function putEstimate(client: Client, planId: number, unitId: number, body: EstimateBody) {
  return client.request({
    method: 'PUT',
    url: `/api/plans/${planId}/budget/units/${unitId}/estimates`,
    payload: body,
  })
}

export function actOn(
  client: Client,
  planId: number,
  estimateId: number,
  payload: { action: string; reason?: string; rowVersion: number },
) {
  return client.request({
    method: 'POST',
    url: `/api/plans/${planId}/budget/estimates/${estimateId}/actions`,
    payload,
  })
}

export async function rowVersionOf(world: BudgetWorld, estimateId: number): Promise<number> {
  const row = await world.deps.db
    .selectFrom('budget_estimates')
    .select('row_version')
    .where('id', '=', estimateId)
    .executeTakeFirstOrThrow()
  return row.row_version
}

/** Rows in every budget table and the audit log: a refused write leaves all of them alone. */
export async function countBudgetRows(world: BudgetWorld): Promise<number[]> {
  const count = async (
    table:
      | 'budget_estimates'
      | 'budget_estimate_history'
      | 'budget_spending'
      | 'budget_files'
      | 'audit_log',
  ) => {
    const row = await world.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }
  return Promise.all(
    (
      [
        'budget_estimates',
        'budget_estimate_history',
        'budget_spending',
        'budget_files',
        'audit_log',
      ] as const
    ).map(count),
  )
}
