// Unit standards (issue 12 item 5): a district records a commune's 19.2 evaluation with its
// decision, refused without the decision and for an enhanced 19.2 without the basic one (also
// when the basic one is later revoked); a commune's clerk records its cameras but no
// recognition; a correction keeps the history and the audit entry; plan 003's child-friendly
// target moves with the record; the report form shows the records beside a typed yes/no.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type Client, TEST_PASSWORD } from './harness'
import { errorOf } from './helpers'
import { createWorld, unit, type UnitSpec, type World } from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('P72', 'province'),
  unit('D1', 'district', 'P72'),
  unit('C1', 'commune', 'D1', { subtype: 'xa', households: 500 }),
  unit('C2', 'commune', 'D1', { subtype: 'xa', households: 300 }),
  unit('C3', 'commune', 'D1', { subtype: 'phuong', households: 200 }),
]
let world: World
let district: Client
let clerk: Client

type Page = {
  kinds: { id: string; recordable: boolean; inForce: string | null }[]
  records: { id: number; kind: string; status: string; version: number }[]
  history: { kind: string; reason: string | null }[]
}
const base = (code: string) => `/api/units/${world.id(code)}/standards`
const DECISION = {
  ...{ decisionNumber: '125/QĐ-CAH', decisionDate: '2024-06-10' },
  decisionIssuer: 'Công an huyện D1',
}
const record = (client: Client, code: string, payload: object) =>
  client.request({ method: 'POST', url: base(code), payload })
async function page(client: Client, code: string) {
  const response = await client.request({ method: 'GET', url: base(code) })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<Page>()
}
async function account(username: string, role: string, code: string) {
  const created = await world.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      ...{ username, fullName: `Cán bộ ${code}`, password: TEST_PASSWORD },
      ...{ roles: [role], scopeUnitId: world.id(code) },
    },
  })
  expect(created.statusCode, created.body).toBe(200)
  return signIn(world.context.app, username)
}

beforeAll(async () => {
  world = await createWorld({
    seedFile: '003-tay-ninh-2024.yaml',
    issuerCode: 'P72',
    units: UNITS,
    start: '2024-11-20',
  })
  district = await account('congan.d1', 'plan_owner', 'D1')
  clerk = await account('xa.c1', 'unit_clerk', 'C1')
}, 120_000)
afterAll(() => world.close())

describe('unit standards', () => {
  it('records a commune’s 19.2 with its decision; refuses it without one', async () => {
    const bare = await record(district, 'C1', {
      ...{ kind: 'ntm_19_2', status: 'dat', validFrom: '2024-06-15' },
    })
    expect(errorOf(bare)).toEqual({ status: 400, code: 'STANDARD_INVALID' })
    const unmet = await record(district, 'C1', {
      ...{ kind: 'ntm_19_2', status: 'dat', validFrom: '2024-06-15', ...DECISION },
      answers: { 'trong-an': false },
    })
    expect(errorOf(unmet)).toEqual({ status: 400, code: 'STANDARD_INVALID' })
    const saved = await record(district, 'C1', {
      ...{ kind: 'ntm_19_2', status: 'dat', validFrom: '2024-06-15', ...DECISION },
      answers: { 'khieu-kien': true, 'trong-an': true },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const read = saved.json<Page>()
    expect(read.kinds.find((kind) => kind.id === 'ntm_19_2')?.inForce).toBe('dat')
    const again = await record(district, 'C1', {
      ...{ kind: 'ntm_19_2', status: 'dat', validFrom: '2024-06-15', ...DECISION },
    })
    expect(errorOf(again)).toEqual({ status: 409, code: 'DUPLICATE' })
  })

  it('refuses an enhanced 19.2 without the basic one, and a revocation leaving it alone', async () => {
    const enhanced = { kind: 'ntm_19_2_enhanced', status: 'dat', ...DECISION }
    const orphan = await record(district, 'C2', { ...enhanced, validFrom: '2024-07-01' })
    expect(errorOf(orphan)).toEqual({ status: 409, code: 'NTM_ENHANCED_WITHOUT_BASIC' })
    const before = await record(district, 'C1', { ...enhanced, validFrom: '2024-06-12' })
    expect(errorOf(before)).toEqual({ status: 409, code: 'NTM_ENHANCED_WITHOUT_BASIC' })
    const held = await record(district, 'C1', { ...enhanced, validFrom: '2024-07-01' })
    expect(held.statusCode, held.body).toBe(200)
    const revoke = await record(district, 'C1', {
      ...{ kind: 'ntm_19_2', status: 'thu_hoi', validFrom: '2024-10-01', ...DECISION },
    })
    expect(errorOf(revoke)).toEqual({ status: 409, code: 'NTM_ENHANCED_WITHOUT_BASIC' })
  })

  it('lets a commune’s clerk record its cameras but no recognition', async () => {
    const own = await page(clerk, 'C1')
    expect(own.kinds.find((kind) => kind.id === 'cameras_installed')?.recordable).toBe(true)
    expect(own.kinds.find((kind) => kind.id === 'ntm_19_2')?.recordable).toBe(false)
    const recognition = await record(clerk, 'C1', {
      ...{ kind: 'drug_free', status: 'dat', validFrom: '2024-05-01', ...DECISION },
    })
    expect(errorOf(recognition)).toEqual({ status: 403, code: 'FORBIDDEN' })
    const cameras = await record(clerk, 'C1', {
      ...{ kind: 'cameras_installed', status: 'dat', validFrom: '2024-03-01' },
    })
    expect(cameras.statusCode, cameras.body).toBe(200)
    expect(
      errorOf(
        await record(clerk, 'C2', { kind: 'zalo_group', status: 'dat', validFrom: '2024-03-01' }),
      ),
    ).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
  })

  it('moves plan 003’s child-friendly share; a correction keeps history and audit', async () => {
    const child = { kind: 'child_friendly', status: 'dat', validFrom: '2024-06-20', ...DECISION }
    expect((await record(district, 'C1', child)).statusCode).toBe(200)
    const share = (await world.targets('D1')).get('xa-phu-hop-tre-em')
    expect(share).toMatchObject({ numerator: 1, denominator: 3 })
    const { records } = await page(district, 'C1')
    const saved = records.find((each) => each.kind === 'child_friendly')
    const corrected = await district.request({
      method: 'PUT',
      url: `${base('C1')}/${saved?.id}`,
      payload: {
        ...{ status: 'dat', validFrom: '2025-02-01', ...DECISION, decisionDate: '2025-01-20' },
        ...{ version: saved?.version, reason: 'Nhập nhầm năm công nhận' },
      },
    })
    expect(corrected.statusCode, corrected.body).toBe(200)
    expect(corrected.json<Page>().history[0]).toMatchObject({
      kind: 'child_friendly',
      reason: 'Nhập nhầm năm công nhận',
    })
    // Recognised from 2025 only: 2024 no longer counts it.
    expect((await world.targets('D1')).get('xa-phu-hop-tre-em')).toMatchObject({ numerator: 0 })
    const audit = await world.context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('entity', '=', 'unit_standards')
      .execute()
    expect(audit).toContainEqual({
      action: 'unit_standards.correct',
      reason: 'Nhập nhầm năm công nhận',
    })
    const stale = await district.request({
      method: 'PUT',
      url: `${base('C1')}/${saved?.id}`,
      payload: {
        status: 'dat',
        validFrom: '2025-02-01',
        ...DECISION,
        version: 1,
        reason: 'Thử lại lần nữa',
      },
    })
    expect(errorOf(stale)).toEqual({ status: 409, code: 'CONFLICT' })
  })

  it('shows the records beside a typed yes/no on the report form, flagging a disagreement', async () => {
    const fire = { kind: 'fire_safety', status: 'dat', validFrom: '2024-06-20', ...DECISION }
    expect((await record(district, 'C1', fire)).statusCode).toBe(200)
    const saved = await clerk.request({
      method: 'PUT',
      url: `/api/plans/${world.planId}/reports/${world.id('C1')}/2024`,
      payload: { figures: { 'fire_safety.recognized': false } },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const { recorded } = saved.json<{ recorded: Record<string, unknown> }>()
    expect(recorded['fire_safety.recognized']).toMatchObject({ recorded: 1, differs: true })
  })
})
