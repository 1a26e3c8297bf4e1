// Shared set-up of the inspection tests: plan 000 (legacy district 034 Bắc Quang), its plan
// owner, the clerk of xã Đồng Yên (01216), a clerk of another commune of Bắc Quang and the plan
// owner of another district (219 Lục Ngạn), made by the administrator.
import { signIn, findUnitId, type Client, type TestContext, TEST_PASSWORD } from './harness'

export type InspectionView = {
  id: number
  status: string
  rowVersion: number
  canManage: boolean
  members: { name: string; role: string }[]
  units: {
    unitId: number
    name: string
    visitedOn: string | null
    conclusion: string | null
    findings: { met: number; notMet: number; noted: number }
  }[]
  actions: { id: number; what: string; unitId: number | null; status: string; assignmentId: null }[]
  history: { action: string }[]
}

async function createAccount(
  context: TestContext,
  admin: Client,
  account: { username: string; role: string; unitId: number },
) {
  const created = await admin.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      ...{ username: account.username, fullName: account.username, password: TEST_PASSWORD },
      ...{ roles: [account.role], scopeUnitId: account.unitId },
    },
  })
  if (created.statusCode !== 200) throw new Error(created.body)
  return signIn(context.app, account.username)
}

export async function setUpInspections(context: TestContext) {
  const admin = await signIn(context.app, 'admin')
  const plans = (await admin.request({ method: 'GET', url: '/api/plans' })).json<{
    items: { id: number; key: string }[]
  }>()
  const planId = plans.items.find((item) => item.key === '000-bac-quang-2024')?.id
  if (!planId) throw new Error('no plan 000')
  const district = await findUnitId(context.deps, 'legacy', '034')
  const dongYen = await findUnitId(context.deps, 'legacy', '01216')
  const other = await context.deps.db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('parent_id', '=', district)
    .where('kind', '=', 'commune')
    .where('id', '<>', dongYen)
    .orderBy('code')
    .executeTakeFirstOrThrow()
  const lucNgan = await findUnitId(context.deps, 'legacy', '219')
  return {
    planId,
    district,
    dongYen,
    other,
    lucNgan,
    admin,
    owner: await signIn(context.app, 'congan.bacquang'),
    clerk: await signIn(context.app, 'canbo.xadongyen'),
    otherClerk: await createAccount(context, admin, {
      ...{ username: 'canbo.xakhac', role: 'unit_clerk', unitId: other.id },
    }),
    stranger: await createAccount(context, admin, {
      ...{ username: 'congan.lucngan', role: 'plan_owner', unitId: lucNgan },
    }),
    reformReader: await signIn(context.app, 'congan.tuyenquang'),
  }
}

export const HEADING = {
  year: 2024,
  title: 'Kiểm tra việc thực hiện phong trào toàn dân bảo vệ ANTQ năm 2024',
  reference: 'Kế hoạch số 15/KH-CAH ngày 20/6/2024 của Công an huyện Bắc Quang',
  periodFrom: '2024-07-01',
  periodTo: '2024-07-31',
  leadName: 'Công an huyện Bắc Quang',
  planInspectionId: 'kiem-tra-thuc-hien',
}

export const TEAM = [
  {
    name: 'Hoàng Minh Đức',
    position: 'Phó Trưởng Công an huyện',
    unitName: 'Công an huyện Bắc Quang',
    role: 'lead',
  },
  { name: 'Nông Thị Hoa', position: 'Chuyên viên', unitName: 'Phòng Nội vụ huyện', role: 'member' },
]

export async function countRows(context: TestContext) {
  const count = async (
    table:
      | 'inspections'
      | 'inspection_units'
      | 'inspection_findings'
      | 'inspection_actions'
      | 'audit_log',
  ) =>
    Number(
      (
        await context.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  return {
    inspections: await count('inspections'),
    units: await count('inspection_units'),
    findings: await count('inspection_findings'),
    actions: await count('inspection_actions'),
    audit: await count('audit_log'),
  }
}
