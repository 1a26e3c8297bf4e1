// Evaluations through the API: the ANTT standard naming failed criteria, the movement class
// from the criteria set's thresholds (and a new version of them), and who may decide.
import { findAnttCriteriaSet } from '@antq/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { countAudit, errorOf } from './helpers'

type Evaluation = {
  result: string | null
  resultLabel: string | null
  message: string
  failed: { id: string }[]
  proposed: { id: string } | null
  recognised: boolean
  criteriaSet: { key: string; version: number }
  decision: { number: string; date: string } | null
}

let context: TestContext
let admin: Client
let clerk: Client
let province: Client
const ids = { area: 0, agency: 0, agency2: 0, commune: 0 }

beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
  clerk = await signIn(context.app, 'canbo.bacquang')
  province = await signIn(context.app, 'congan.tuyenquang')
  ids.commune = await findUnitId(context.deps, '2025', '01153')
  ids.area = await findUnitId(context.deps, '2025', '01153.KDC1')
  ids.agency = await findUnitId(context.deps, '2025', '01153.CQ1')
  ids.agency2 = await findUnitId(context.deps, '2025', '01153.CQ2')
})
afterAll(() => context.close())

const put = (client: Client, unitId: number, kind: string, year: number, payload: object) =>
  client.request({
    method: 'PUT',
    url: `/api/units/${unitId}/evaluations/${kind}/${year}`,
    payload,
  })

const allMet = (kind: 'residential_area' | 'commune') =>
  Object.fromEntries((findAnttCriteriaSet(kind)?.items ?? []).map((item) => [item.id, true]))

describe('ANTT evaluation', () => {
  it('fails naming every failed criterion, in one audited write', async () => {
    const audits = await countAudit(context.deps)
    const answers = { ...allMet('residential_area'), 'KDC-1': false, 'KDC-3a': false }
    const response = await put(clerk, ids.area, 'antt', 2025, { answers, evidence: ['BB-01'] })
    expect(response.statusCode).toBe(200)
    const body = response.json<Evaluation>()
    expect(body.result).toBe('chua_dat')
    expect(body.failed.map((item) => item.id)).toEqual(['KDC-1', 'KDC-3a'])
    expect(body.message).toContain('KDC-1')
    expect(body.message).toContain('KDC-3a')
    expect(await countAudit(context.deps)).toBe(audits + 1)
  })

  it('refuses a decision recognising a failed unit, then recognises it once it passes', async () => {
    const decision = { decisionNumber: '15/QĐ-UBND', decisionDate: '2025-11-05' }
    expect(errorOf(await put(province, ids.area, 'antt', 2025, decision))).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
    await put(clerk, ids.area, 'antt', 2025, { answers: allMet('residential_area') })
    const decided = await put(province, ids.area, 'antt', 2025, decision)
    expect(decided.statusCode).toBe(200)
    expect(decided.json<Evaluation>()).toMatchObject({ result: 'dat', recognised: true })
  })

  it('computes a commune criterion XA-4 from its sub-units', async () => {
    const response = await put(clerk, ids.commune, 'antt', 2025, { answers: allMet('commune') })
    const body = response.json<Evaluation & { subunits: { total: number; recognised: number } }>()
    expect(body.result).toBe('chua_dat')
    expect(body.failed.map((item) => item.id)).toEqual(['XA-4'])
    expect(body.subunits.recognised).toBe(1)
  })

  it('lets a clerk not decide its own unit (403), nor its sub-units', async () => {
    const decision = { decisionNumber: '1/QĐ', decisionDate: '2025-11-20' }
    expect(errorOf(await put(clerk, ids.commune, 'antt', 2025, decision))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
    expect(errorOf(await put(clerk, ids.area, 'antt', 2025, { reviewerScore: 80 }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
  })

  it('lists evaluations of a unit and of a subtree', async () => {
    const own = await clerk.request({ method: 'GET', url: `/api/units/${ids.area}/evaluations` })
    expect(own.json<{ items: Evaluation[] }>().items).toHaveLength(1)
    const list = await province.request({
      method: 'GET',
      url: '/api/evaluations?kind=antt&year=2025',
    })
    expect(list.json<{ items: { unit: { id: number } }[] }>().items.map((i) => i.unit.id)).toEqual(
      expect.arrayContaining([ids.area, ids.commune]),
    )
    const other = await findUnitId(context.deps, '2025', '00694')
    expect(
      errorOf(await clerk.request({ method: 'GET', url: `/api/evaluations?unitId=${other}` })),
    ).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
  })
})

describe('movement classification', () => {
  it('classes from the seeded thresholds: the unit proposes, the level above decides', async () => {
    const self = await put(clerk, ids.agency, 'movement', 2025, { selfScore: 92 })
    expect(self.json<Evaluation>()).toMatchObject({ result: null, proposed: { id: 'xuat_sac' } })
    const decided = await put(province, ids.agency, 'movement', 2025, {
      reviewerScore: 85,
      decisionNumber: '20/QĐ-CAT',
      decisionDate: '2025-12-01',
    })
    expect(decided.json<Evaluation>()).toMatchObject({ result: 'kha', resultLabel: 'Khá' })
    expect(
      errorOf(await put(province, ids.agency, 'movement', 2025, { reviewerScore: 120 })),
    ).toEqual({ status: 400, code: 'VALIDATION' })
  })

  it('uses a new criteria-set version for new evaluations, the old one for decided ones', async () => {
    const current = await admin.request({ method: 'GET', url: '/api/criteria-sets/qd510-cqdncsgd' })
    const set = current.json<{
      version: number
      definition: { classes: { id: string; minScore: number }[] }
    }>()
    const classes = set.definition.classes.map((entry) =>
      entry.id === 'kha' ? { ...entry, minScore: 88 } : entry,
    )
    const saved = await admin.request({
      method: 'POST',
      url: '/api/criteria-sets/qd510-cqdncsgd/versions',
      payload: { definition: { ...set.definition, classes }, reason: 'Nâng ngưỡng loại Khá' },
    })
    expect(saved.statusCode).toBe(200)
    const fresh = await put(admin, ids.agency2, 'movement', 2025, {
      selfScore: 85,
      reviewerScore: 85,
    })
    expect(fresh.json<Evaluation>()).toMatchObject({
      result: 'trung_binh',
      criteriaSet: { key: 'qd510-cqdncsgd', version: set.version + 1 },
    })
    const old = await clerk.request({
      method: 'GET',
      url: `/api/units/${ids.agency}/evaluations?year=2025`,
    })
    expect(old.json<{ items: Evaluation[] }>().items[0]).toMatchObject({
      result: 'kha',
      criteriaSet: { version: set.version },
    })
  })
})

describe('other kinds', () => {
  it('tallies exemplary criteria, rates a model, classes a commune complexity', async () => {
    const exemplary = await put(clerk, ids.agency, 'exemplary', 2025, { answers: {} })
    expect(exemplary.json<Evaluation>().resultLabel).toMatch(/^Đạt 0\/\d+ tiêu chí$/)
    const model = await put(province, ids.area, 'model', 2025, { targetsCompletedShare: 0.95 })
    expect(model.json<Evaluation>().result).toBe('tot')
    const complexity = await put(province, ids.commune, 'complexity', 2025, {
      findings: { securityComplex: false, socialOrderComplex: true },
    })
    expect(complexity.json<Evaluation>().result).toBe('trong_diem_trat_tu')
    expect(
      errorOf(
        await put(province, ids.area, 'complexity', 2025, {
          findings: { securityComplex: true, socialOrderComplex: false },
        }),
      ),
    ).toEqual({ status: 400, code: 'VALIDATION' })
  })
})

describe('units outside TT 124 (issue 10 S1)', () => {
  // TT 124 Art. 2 leaves out primary schools, kindergartens, crèches, small and micro
  // enterprises and armed-forces units; QĐ 510 classifies and QĐ 9745 recognises the same bodies.
  it('refuses an ANTT, movement or exemplary evaluation of a primary school, writing nothing', async () => {
    const school = await context.deps.db
      .selectFrom('units')
      .select(['id', 'path'])
      .where('school_level', '=', 'primary')
      .where('path', 'like', `%.${ids.commune}.%`)
      .executeTakeFirstOrThrow()
    const audits = await countAudit(context.deps)
    for (const [kind, payload] of [
      ['antt', { criteriaSetKey: 'tt124-csgd', answers: {} }],
      ['movement', { criteriaSetKey: 'qd510-cqdncsgd', selfScore: 90 }],
      ['exemplary', { answers: {} }],
    ] as const) {
      const response = await put(clerk, school.id, kind, 2025, payload)
      expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
      expect(response.json<{ error: { message: string } }>().error.message).toContain(
        'Trường tiểu học, mầm non, nhà trẻ không thuộc đối tượng',
      )
    }
    expect(await countAudit(context.deps)).toBe(audits)
    const stored = await context.deps.db
      .selectFrom('evaluations')
      .select('id')
      .where('unit_id', '=', school.id)
      .execute()
    expect(stored).toEqual([])
  })
})
