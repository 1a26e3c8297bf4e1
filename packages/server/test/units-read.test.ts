import { compareVi } from '@antq/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

type Summary = {
  id: number
  version: string
  code: string
  name: string
  kind: string
  subtype: string | null
  childCount: number
  trail: string
}
type Ref = { id: number; code: string; name: string; kind: string }
type View = Summary & {
  kindLabel: string
  parent: Ref | null
  managingUnit: Ref | null
  ancestors: Ref[]
  anttExclusion: string | null
  schoolLevel: string | null
}

let context: TestContext
let admin: Client
beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
})
afterAll(() => context.close())

const get = async <T>(url: string, client = admin): Promise<T> => {
  const response = await client.request({ method: 'GET', url })
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200)
  return response.json<T>()
}
const names = (items: { name: string }[]) => items.map((item) => item.name)
const sortedVi = (list: string[]) => [...list].sort(compareVi)

describe('GET /api/units/versions', () => {
  it('counts the real 2025 and legacy registers', async () => {
    const { items } = await get<{
      items: { version: string; label: string; total: number; byKind: Record<string, number> }[]
    }>('/api/units/versions')
    expect(items.map((item) => item.version)).toEqual(['2025', 'legacy'])
    const [current, legacy] = items
    expect(current?.byKind).toMatchObject({ province: 34, commune: 3321 })
    expect(current?.byKind.district).toBeUndefined()
    expect(legacy?.byKind).toMatchObject({ province: 63, district: 696, commune: 10035 })
    for (const item of items) {
      expect(item.label.length).toBeGreaterThan(0)
      expect(item.total).toBe(Object.values(item.byKind).reduce((sum, n) => sum + n, 0))
    }
  })
})

describe('GET /api/units/roots', () => {
  it('lists the 34 provinces of 2025 in Vietnamese order for a national account', async () => {
    const { items } = await get<{ items: Summary[] }>('/api/units/roots?version=2025')
    expect(items).toHaveLength(34)
    expect(
      items.every(
        (item) => item.kind === 'province' && item.version === '2025' && item.trail === '',
      ),
    ).toBe(true)
    expect(names(items)).toEqual(sortedVi(names(items)))
    expect(names(items)).toContain('Tỉnh Tuyên Quang')
    expect(items.find((item) => item.code === '08')?.childCount).toBe(124)
  })

  it('lists the 63 legacy provinces in Vietnamese order', async () => {
    const { items } = await get<{ items: Summary[] }>('/api/units/roots?version=legacy')
    expect(items).toHaveLength(63)
    expect(names(items)).toEqual(sortedVi(names(items)))
  })

  it('gives a scoped account only its own unit, and nothing in another version', async () => {
    const clerk = await signIn(context.app, 'canbo.bacquang')
    expect(
      names((await get<{ items: Summary[] }>('/api/units/roots?version=2025', clerk)).items),
    ).toEqual(['Xã Bắc Quang'])
    expect(
      (await get<{ items: Summary[] }>('/api/units/roots?version=legacy', clerk)).items,
    ).toEqual([])
  })

  it('rejects an unknown version', async () => {
    expect(
      errorOf(await admin.request({ method: 'GET', url: '/api/units/roots?version=1999' })),
    ).toEqual({ status: 400, code: 'VALIDATION' })
  })
})

describe('GET /api/units/search', () => {
  it('finds "bac quang" without accents in both versions', async () => {
    const current = await get<{ items: Summary[] }>('/api/units/search?q=bac%20quang&version=2025')
    expect(current.items[0]).toMatchObject({
      name: 'Xã Bắc Quang',
      code: '01153',
      trail: 'Tỉnh Tuyên Quang',
    })
    expect(current.items.every((item) => item.version === '2025')).toBe(true)
    const legacy = await get<{ items: Summary[] }>('/api/units/search?q=bac%20quang&version=legacy')
    expect(legacy.items[0]).toMatchObject({
      name: 'Huyện Bắc Quang',
      kind: 'district',
      trail: 'Tỉnh Hà Giang',
    })
    expect(legacy.items.every((item) => item.version === 'legacy')).toBe(true)
  })

  it('finds "pho bang" and filters by kind', async () => {
    const { items } = await get<{ items: Summary[] }>(
      '/api/units/search?q=pho%20bang&version=2025&kind=commune',
    )
    expect(names(items)).toEqual(['Xã Phố Bảng'])
  })

  it('finds a unit by its exact code, and honours the limit', async () => {
    expect((await get<{ items: Summary[] }>('/api/units/search?q=00694')).items[0]).toMatchObject({
      name: 'Phường Hà Giang 1',
    })
    expect(
      (await get<{ items: Summary[] }>('/api/units/search?q=thon&limit=5')).items,
    ).toHaveLength(5)
  })

  it('treats LIKE wildcards in the query as text', async () => {
    expect((await get<{ items: Summary[] }>('/api/units/search?q=%25')).items).toEqual([])
    expect((await get<{ items: Summary[] }>('/api/units/search?q=_')).items).toEqual([])
  })

  it('requires a query', async () => {
    expect(errorOf(await admin.request({ method: 'GET', url: '/api/units/search?q=' }))).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
  })
})

describe('GET /api/units/:id and children', () => {
  it('pages the children of a province in Vietnamese order', async () => {
    const province = await findUnitId(context.deps, '2025', '08')
    const seen: Summary[] = []
    let total = 0
    for (let page = 1; page < 10; page++) {
      const body = await get<{ items: Summary[]; total: number }>(
        `/api/units/${province}/children?page=${page}&pageSize=50`,
      )
      total = body.total
      seen.push(...body.items)
      if (body.items.length < 50) break
    }
    expect(total).toBe(124)
    expect(seen).toHaveLength(124)
    expect(new Set(seen.map((item) => item.id)).size).toBe(124)
    expect(names(seen)).toEqual(sortedVi(names(seen)))
    expect(seen.every((item) => item.trail === 'Tỉnh Tuyên Quang')).toBe(true)
  })

  it('filters children by kind', async () => {
    const commune = await findUnitId(context.deps, '2025', '01153')
    const body = await get<{ items: Summary[]; total: number }>(
      `/api/units/${commune}/children?kind=school`,
    )
    expect(body.total).toBe(body.items.length)
    expect(body.items.length).toBeGreaterThan(0)
    expect(body.items.every((item) => item.kind === 'school')).toBe(true)
    expect(names(body.items)).toEqual(sortedVi(names(body.items)))
  })

  it('shows a unit with its parent, ancestors, trail and labels', async () => {
    const school = await findUnitId(context.deps, '2025', '01153.TH3')
    const unit = await get<View>(`/api/units/${school}`)
    expect(unit).toMatchObject({
      code: '01153.TH3',
      kind: 'school',
      kindLabel: 'Cơ sở giáo dục',
      trail: 'Xã Bắc Quang, Tỉnh Tuyên Quang',
    })
    expect(unit.parent).toMatchObject({ code: '01153', name: 'Xã Bắc Quang' })
    expect(unit.ancestors.map((item) => item.code)).toEqual(['08', '01153'])
    expect(unit.anttExclusion).toBeNull()
    const commune = await get<View>(`/api/units/${unit.parent?.id}`)
    const children = await get<{ total: number }>(`/api/units/${unit.parent?.id}/children`)
    expect(commune.childCount).toBe(children.total)
  })

  it('notes the ANTT exclusion of a primary school', async () => {
    const school = await findUnitId(context.deps, '2025', '01153.TH2')
    const unit = await get<View>(`/api/units/${school}`)
    expect(unit.schoolLevel).toBe('primary')
    expect(unit.anttExclusion).toMatch(/Trường tiểu học.*Thông tư 124\/2021/)
  })

  it('answers 404 for an unknown unit and 400 for a malformed id', async () => {
    expect(errorOf(await admin.request({ method: 'GET', url: '/api/units/99999999' }))).toEqual({
      status: 404,
      code: 'NOT_FOUND',
    })
    expect(errorOf(await admin.request({ method: 'GET', url: '/api/units/abc' }))).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
    expect(
      errorOf(await admin.request({ method: 'GET', url: '/api/units/99999999/children' })),
    ).toEqual({ status: 404, code: 'NOT_FOUND' })
  })
})

describe('GET /api/units/:id/history', () => {
  it('leads from a legacy commune to the 2025 commune it merged into, and back', async () => {
    const old = await findUnitId(context.deps, 'legacy', '00004')
    const fresh = await findUnitId(context.deps, '2025', '00004')
    const forward = await get<{
      mergedFrom: unknown[]
      mergedInto: { unit: Summary; type: string }[]
    }>(`/api/units/${old}/history`)
    expect(forward.mergedFrom).toEqual([])
    expect(forward.mergedInto).toEqual([
      {
        type: 'full',
        unit: expect.objectContaining({ id: fresh, version: '2025', name: 'Phường Ba Đình' }),
      },
    ])
    const back = await get<{
      mergedFrom: { unit: Summary; type: string }[]
      mergedInto: unknown[]
    }>(`/api/units/${fresh}/history`)
    expect(back.mergedInto).toEqual([])
    expect(back.mergedFrom).toHaveLength(10)
    expect(back.mergedFrom.every((link) => link.unit.version === 'legacy')).toBe(true)
    expect(back.mergedFrom).toContainEqual({
      type: 'full',
      unit: expect.objectContaining({ id: old, name: 'Phường Trúc Bạch' }),
    })
    expect(back.mergedFrom).toContainEqual({
      type: 'partial',
      unit: expect.objectContaining({ name: 'Phường Ngọc Hà' }),
    })
  })
})
