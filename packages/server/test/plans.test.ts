import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../src/config'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

type PlanBody = {
  id: number
  key: string
  version: number
  status: string
  actions: string[]
  changes: { path: string }[]
  versions: { version: number }[]
  definition: { targets: { id: string; threshold: unknown }[] }
}

const SEED_000 = fs.readFileSync(
  path.join(REPO_ROOT, 'plans/seeds/000-bac-quang-2024.yaml'),
  'utf8',
)
let context: TestContext
let admin: Client

beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
})
afterAll(() => context.close())

async function latest(key: string) {
  const list = await admin.request({ method: 'GET', url: '/api/plans' })
  const summary = list
    .json<{ items: { id: number; key: string }[] }>()
    .items.find((item) => item.key === key)
  if (!summary) throw new Error(`no plan ${key}`)
  return (await admin.request({ method: 'GET', url: `/api/plans/${summary.id}` })).json<PlanBody>()
}

describe('plans', () => {
  it('holds the five source plans, published', async () => {
    const list = await admin.request({ method: 'GET', url: '/api/plans' })
    const items = list.json<{ items: { key: string; status: string }[] }>().items
    expect(items.map((item) => item.key).sort()).toEqual([
      '000-bac-quang-2024',
      '001-quang-tri-dien-hinh',
      '002-luc-ngan-2020-2025',
      '003-tay-ninh-2024',
      '004-dong-thap-2024',
    ])
    expect(items.every((item) => item.status === 'published')).toBe(true)
    const bacQuang = list
      .json<{
        items: {
          key: string
          issuerName: string
          documentNumber: { symbol: string } | null
          documentDate: string | null
        }[]
      }>()
      .items.find((item) => item.key === '000-bac-quang-2024')
    expect(bacQuang).toMatchObject({
      issuerName: 'Ban Chỉ đạo 138 huyện Bắc Quang',
      documentNumber: { symbol: 'KH-BCĐ' },
      documentDate: '2024-04',
    })
  })

  it('re-importing an unchanged published plan creates nothing', async () => {
    const before = await latest('000-bac-quang-2024')
    const response = await admin.request({
      method: 'POST',
      url: '/api/plans/import',
      payload: { text: SEED_000 },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json<PlanBody>()).toMatchObject({
      id: before.id,
      version: before.version,
      status: 'published',
    })
  })

  it('a published plan is immutable: an edit is refused, a revision makes a new draft with its changes', async () => {
    const published = await latest('000-bac-quang-2024')
    const edit = await admin.request({
      method: 'PUT',
      url: `/api/plans/${published.id}/definition`,
      payload: { definition: published.definition },
    })
    expect(errorOf(edit)).toEqual({ status: 409, code: 'INVALID_TRANSITION' })

    const revised = (
      await admin.request({
        method: 'POST',
        url: `/api/plans/${published.id}/actions`,
        payload: { action: 'revise', reason: 'Điều chỉnh chỉ tiêu' },
      })
    ).json<PlanBody>()
    expect(revised).toMatchObject({ version: published.version + 1, status: 'draft' })
    const definition = structuredClone(revised.definition)
    const target = definition.targets.find((item) => item.id === 'cong-nhan-antt')
    if (!target) throw new Error('target missing')
    target.threshold = '97%'
    const saved = await admin.request({
      method: 'PUT',
      url: `/api/plans/${revised.id}/definition`,
      payload: { definition, reason: 'Nâng chỉ tiêu' },
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json<PlanBody>().changes.map((change) => change.path)).toContain(
      'targets[cong-nhan-antt].threshold',
    )
    const published2 = (
      await admin.request({
        method: 'POST',
        url: `/api/plans/${revised.id}/actions`,
        payload: { action: 'publish' },
      })
    ).json<PlanBody>()
    expect(published2).toMatchObject({ status: 'published', version: published.version + 1 })
    expect(published2.versions.map((item) => item.version)).toEqual([
      published.version + 1,
      published.version,
    ])
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'plan')
      .where('entity_id', '=', String(revised.id))
      .execute()
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['plan.revise', 'plan.edit', 'plan.publish']),
    )
  })

  it('refuses an invalid definition in the form editor, with the path of the field', async () => {
    const published = await latest('001-quang-tri-dien-hinh')
    const draft = (
      await admin.request({
        method: 'POST',
        url: `/api/plans/${published.id}/actions`,
        payload: { action: 'revise' },
      })
    ).json<PlanBody>()
    const definition = structuredClone(draft.definition) as unknown as {
      targets: { threshold: unknown }[]
    }
    const first = definition.targets[0]
    if (!first) throw new Error('no target')
    first.threshold = 'nhiều'
    const response = await admin.request({
      method: 'PUT',
      url: `/api/plans/${draft.id}/definition`,
      payload: { definition },
    })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(response.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe(
      'targets[0].threshold',
    )
  })

  it('reports a broken plan file at its line and column, in Vietnamese, and stores nothing', async () => {
    const before = await context.deps.db
      .selectFrom('plans')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const broken = SEED_000.replace('threshold: 95%', 'threshold: [95%')
    const response = await admin.request({
      method: 'POST',
      url: '/api/plans/import',
      payload: { text: broken },
    })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
    const detail = response.json<{
      error: { details: { line: number; col: number; message: string }[] }
    }>().error.details[0]
    expect(detail?.line).toBeGreaterThan(1)
    expect(detail?.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/)
    const after = await context.deps.db
      .selectFrom('plans')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(after.n).toBe(before.n)
  })

  it('validates a text without storing it', async () => {
    const ok = await admin.request({
      method: 'POST',
      url: '/api/plans/validate',
      payload: { text: SEED_000 },
    })
    expect(ok.json()).toEqual({ ok: true, errors: [] })
    const bad = await admin.request({
      method: 'POST',
      url: '/api/plans/validate',
      payload: { text: 'schemaVersion: 1\nid: x\nla: 1\n' },
    })
    expect(bad.json<{ ok: boolean }>().ok).toBe(false)
  })

  it('exports YAML and the Kế hoạch as DOCX', async () => {
    const plan = await latest('004-dong-thap-2024')
    const yaml = await admin.request({
      method: 'GET',
      url: `/api/plans/${plan.id}/export?format=yaml`,
    })
    expect(yaml.body).toContain('id: 004-dong-thap-2024')
    const docx = await admin.request({
      method: 'GET',
      url: `/api/plans/${plan.id}/export?format=docx`,
    })
    expect(docx.headers['content-type']).toContain('wordprocessingml')
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK')
  })

  it('publishes a JSON Schema for editors', async () => {
    const schema = (await admin.request({ method: 'GET', url: '/api/plans/schema' })).json<{
      properties: Record<string, unknown>
    }>()
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['metadata', 'targets', 'awardForms', 'deadlines']),
    )
  })

  it('lets a clerk read plans but not change them', async () => {
    const clerk = await signIn(context.app, 'canbo.bacquang')
    expect((await clerk.request({ method: 'GET', url: '/api/plans' })).statusCode).toBe(200)
    const response = await clerk.request({
      method: 'POST',
      url: '/api/plans/import',
      payload: { text: SEED_000 },
    })
    expect(errorOf(response)).toEqual({ status: 403, code: 'FORBIDDEN' })
  })
})

describe('plan scope', () => {
  it('lets the issuer subtree change a plan, and refuses a plan owner elsewhere', async () => {
    const plan = await latest('000-bac-quang-2024')
    const elsewhere = await signIn(context.app, 'congan.tuyenquang')
    expect(
      (await elsewhere.request({ method: 'GET', url: `/api/plans/${plan.id}` })).statusCode,
    ).toBe(200)
    const refused = await elsewhere.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/actions`,
      payload: { action: 'revise' },
    })
    expect(errorOf(refused)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    const issuer = await signIn(context.app, 'congan.bacquang')
    const revised = await issuer.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/actions`,
      payload: { action: 'revise' },
    })
    expect(revised.statusCode).toBe(200)
    expect(revised.json<PlanBody>().status).toBe('draft')
  })
})

describe('criteria sets', () => {
  it('are seeded from the legal reference and versioned on edit, by an administrator only', async () => {
    const list = (await admin.request({ method: 'GET', url: '/api/criteria-sets' })).json<{
      items: {
        key: string
        version: number
        definition: { classes: { id: string; minScore: number | null; assumption: boolean }[] }
      }[]
    }>()
    expect(list.items.length).toBeGreaterThanOrEqual(10)
    const sheet = list.items.find((item) => item.definition.classes.length === 4)
    if (!sheet) throw new Error('no score sheet with four classes')
    const owner = await signIn(context.app, 'congan.tuyenquang')
    const denied = await owner.request({
      method: 'POST',
      url: `/api/criteria-sets/${sheet.key}/versions`,
      payload: { definition: sheet.definition, reason: 'Thử' },
    })
    expect(errorOf(denied)).toEqual({ status: 403, code: 'FORBIDDEN' })
    const saved = await admin.request({
      method: 'POST',
      url: `/api/criteria-sets/${sheet.key}/versions`,
      payload: { definition: sheet.definition, reason: 'Cập nhật ngưỡng theo hướng dẫn mới' },
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json<{ version: number; versions: unknown[] }>()).toMatchObject({
      version: sheet.version + 1,
    })
  })
})
