// Shared set-up of the nominations tests: plan 000 (legacy district 034 Bắc Quang), a commune
// and a school under it with their clerks, the district's police (plan owner), a clock set
// before the plan's dossier deadline (05/11/2024), and helpers to record evaluations and
// upload files.
import type { Deps } from '../src/deps'
import { signIn, type Client, type TestContext, TEST_PASSWORD } from './harness'
import { multipart } from './helpers'

export const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))

export class Clock {
  current = new Date('2024-10-20T03:00:00Z')
  now = () => this.current
  set(iso: string) {
    this.current = new Date(iso)
  }
}

async function planIdOf(admin: Client, key: string) {
  const plans = await admin.request({ method: 'GET', url: '/api/plans' })
  const plan = plans
    .json<{ items: { id: number; key: string }[] }>()
    .items.find((item) => item.key === key)
  if (!plan) throw new Error(`no plan ${key}`)
  return plan.id
}

async function unitsOf(deps: Deps) {
  const district = await deps.db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('version', '=', 'legacy')
    .where('code', '=', '034')
    .executeTakeFirstOrThrow()
  const schools = await deps.db
    .selectFrom('units')
    .select(['id', 'name', 'path', 'parent_id'])
    .where('path', 'like', `${district.path}%`)
    .where('kind', '=', 'school')
    .orderBy('path')
    .limit(2)
    .execute()
  const school = schools[0]
  if (!school?.parent_id) throw new Error('no school under 034')
  const commune = await deps.db
    .selectFrom('units')
    .select(['id', 'name', 'path'])
    .where('id', '=', school.parent_id)
    .executeTakeFirstOrThrow()
  const other = await deps.db
    .selectFrom('units')
    .select(['id', 'name', 'path'])
    .where('parent_id', '=', district.id)
    .where('kind', '=', 'commune')
    .where('id', '!=', commune.id)
    .orderBy('code')
    .executeTakeFirstOrThrow()
  return { district, commune, school, other }
}

export async function setUpNominations(context: TestContext) {
  const admin = await signIn(context.app, 'admin')
  const units = await unitsOf(context.deps)
  for (const [username, unit] of [
    ['canbo.truong', units.school],
    ['canbo.xa1', units.commune],
    ['canbo.xa2', units.other],
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
    ...units,
    admin,
    planId: await planIdOf(admin, '000-bac-quang-2024'),
    schoolClerk: await signIn(context.app, 'canbo.truong'),
    communeClerk: await signIn(context.app, 'canbo.xa1'),
    otherClerk: await signIn(context.app, 'canbo.xa2'),
    police: await signIn(context.app, 'congan.bacquang'),
    leader: await signIn(context.app, 'lanhdao.tuyenquang'),
  }
}

/** A decided evaluation of the unit for 2024 (ANTT recognised, movement class). */
export async function recordEvaluations(
  deps: Deps,
  unit: { id: number; path: string },
  movement = 'xuat_sac',
) {
  const base = { unit_id: unit.id, unit_path: unit.path, evaluation_year: 2024, decided_by: 'test' }
  await deps.db
    .insertInto('evaluations')
    .values([
      {
        ...base,
        kind: 'antt',
        result: 'dat',
        decision_number: '15/QĐ-UBND',
        decision_date: '2024-10-15',
      },
      {
        ...base,
        kind: 'movement',
        result: movement,
        decision_number: '20/QĐ-UBND',
        decision_date: '2024-10-16',
      },
    ])
    .execute()
}

export function teacherDraft(schoolId: number, overrides: Record<string, unknown> = {}) {
  return {
    year: 2024,
    awardFormId: 'gk-ca-tinh',
    proposingUnitId: schoolId,
    subjectId: 'ca-nhan-cqdn',
    nominee: {
      kind: 'individual',
      person: {
        fullName: 'Nguyễn Thị Hoa',
        position: 'Hiệu trưởng',
        role: 'unit_leader',
        birthYear: 1980,
        unitId: schoolId,
      },
      facts: { isLeader: true, familyCultural: true, taskRating: null },
    },
    achievementSummary: 'Có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2024',
    ...overrides,
  }
}

export type NominationBody = {
  id: number
  status: string
  rowVersion: number
  actions: string[]
  eligibility: {
    eligible: boolean
    summary: string
    conditions: { key: string; kind: string; status: string; data: string }[]
  }
  dossier: {
    complete: boolean
    sets: number
    missing: string[]
    items: { id: string; source: string }[]
  }
  quota: { limit: number | null; inUse: number; message: string }
  deadline: { open: boolean }
  history: { action: string; from: string | null; to: string; reason: string | null }[]
  files: { id: number; itemId: string }[]
}

export async function upload(
  client: Client,
  id: number,
  itemId: string,
  name: string,
  bytes: Uint8Array,
  batch = false,
) {
  return client.request({
    method: 'POST',
    url: `/api/nominations/${id}/files?itemId=${itemId}&batch=${batch}`,
    ...multipart(name, bytes, 'application/pdf'),
  })
}

/** Evidence and confirmation for every attested condition, and the dossier's uploads. */
export async function completeNomination(client: Client, id: number) {
  const detail = (
    await client.request({ method: 'GET', url: `/api/nominations/${id}` })
  ).json<NominationBody>()
  const evidence = (await upload(client, id, 'evidence', 'minh-chung.pdf', PDF)).json<{
    id: number
  }>()
  for (const condition of detail.eligibility.conditions.filter((each) => each.kind === 'attested'))
    await client.request({
      method: 'POST',
      url: `/api/nominations/${id}/attestations`,
      payload: {
        conditionKey: condition.key,
        evidenceFileId: evidence.id,
        confirmedBy: 'Trần Văn Bình, Hiệu trưởng',
        confirmedAt: '2024-10-18',
      },
    })
  for (const item of detail.dossier.items.filter((each) => each.source === 'missing'))
    await upload(client, id, item.id, `${item.id}.pdf`, PDF)
  return (
    await client.request({ method: 'GET', url: `/api/nominations/${id}` })
  ).json<NominationBody>()
}

/** Plan 004: `decided` Cờ thi đua nominations of communes, and one reviewed; its id. */
export async function insertFlagNominations(deps: Deps, decided: number) {
  const plan = await deps.db
    .selectFrom('plans')
    .select(['id', 'plan_key'])
    .where('plan_key', '=', '004-dong-thap-2024')
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow()
  const communes = await deps.db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('kind', '=', 'commune')
    .where('version', '=', '2025')
    .limit(decided + 1)
    .execute()
  const row = (unit: { id: number; path: string }, status: string) => ({
    ...{
      plan_key: plan.plan_key,
      plan_id: plan.id,
      year: 2024,
      award_form_id: 'co-thi-dua-ubnd-tinh',
    },
    ...{
      form_group: 'emulation_title',
      proposing_unit_id: unit.id,
      proposing_unit_path: unit.path,
    },
    ...{
      subject_kind: 'collective' as const,
      subject_id: 'xa-phuong-thi-tran',
      nominee_unit_id: unit.id,
    },
    ...{ nominee_key: `unit:${unit.id}`, status, created_by: 'test', updated_by: 'test' },
  })
  const rows = communes.map((unit, index) => row(unit, index < decided ? 'decided' : 'reviewed'))
  await deps.db.insertInto('nominations').values(rows.slice(0, decided)).execute()
  const last = rows[decided]
  if (!last) throw new Error('not enough communes')
  const inserted = await deps.db
    .insertInto('nominations')
    .values(last)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}
