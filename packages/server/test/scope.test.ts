// URL tampering: a scoped account changes ids in the URL or the query and must be refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf, multipart } from './helpers'

type Summary = { id: number; name: string; trail: string; version: string }

async function loadIds(deps: TestContext['deps']) {
  const find = (version: string, code: string) => findUnitId(deps, version, code)
  const bacNinh = await find('2025', '24')
  const bacNinhCommune = await deps.db
    .selectFrom('units')
    .select('id')
    .where('version', '=', '2025')
    .where('kind', '=', 'commune')
    .where('path', 'like', `${bacNinh}.%`)
    .executeTakeFirstOrThrow()
  return {
    bacQuang: await find('2025', '01153'),
    bacQuangArea: await find('2025', '01153.KDC1'),
    haGiang1: await find('2025', '00694'),
    haGiang1Area: await find('2025', '00694.KDC1'),
    tuyenQuang: await find('2025', '08'),
    bacNinh,
    bacNinhCommune: bacNinhCommune.id,
    legacyHaGiang: await find('legacy', '02'),
    legacyBacQuang: await find('legacy', '034'),
  }
}

let context: TestContext
let clerk: Client
let ids: Awaited<ReturnType<typeof loadIds>>
beforeAll(async () => {
  context = await createTestContext()
  clerk = await signIn(context.app, 'canbo.bacquang')
  ids = await loadIds(context.deps)
})
afterAll(() => context.close())

const OUT_OF_SCOPE = { status: 403, code: 'OUT_OF_SCOPE' }
const FORBIDDEN = { status: 403, code: 'FORBIDDEN' }

describe('a unit clerk of Xã Bắc Quang', () => {
  it('reads its commune and the units under it', async () => {
    const unit = await clerk.request({ method: 'GET', url: `/api/units/${ids.bacQuang}` })
    expect(unit.statusCode).toBe(200)
    const children = await clerk.request({
      method: 'GET',
      url: `/api/units/${ids.bacQuang}/children?pageSize=500`,
    })
    expect(children.statusCode).toBe(200)
    expect(children.json<{ total: number }>().total).toBeGreaterThan(5)
    expect(
      (await clerk.request({ method: 'GET', url: `/api/units/${ids.bacQuangArea}` })).statusCode,
    ).toBe(200)
    expect(
      (await clerk.request({ method: 'GET', url: `/api/units/${ids.bacQuang}/history` }))
        .statusCode,
    ).toBe(200)
  })

  it('may edit a unit under its commune', async () => {
    const response = await clerk.request({
      method: 'PATCH',
      url: `/api/units/${ids.bacQuangArea}`,
      payload: { households: 321, reason: 'Cập nhật số hộ' },
    })
    expect(response.statusCode).toBe(200)
  })

  it('is refused another commune, its units and its province by id', async () => {
    for (const id of [ids.haGiang1, ids.haGiang1Area, ids.tuyenQuang, ids.bacNinh]) {
      expect(errorOf(await clerk.request({ method: 'GET', url: `/api/units/${id}` }))).toEqual(
        OUT_OF_SCOPE,
      )
      expect(
        errorOf(await clerk.request({ method: 'GET', url: `/api/units/${id}/children` })),
      ).toEqual(OUT_OF_SCOPE)
      expect(
        errorOf(await clerk.request({ method: 'GET', url: `/api/units/${id}/history` })),
      ).toEqual(OUT_OF_SCOPE)
    }
    const patch = await clerk.request({
      method: 'PATCH',
      url: `/api/units/${ids.haGiang1Area}`,
      payload: { households: 1, reason: 'Thử sửa trái phép' },
    })
    expect(errorOf(patch)).toEqual(OUT_OF_SCOPE)
    expect(patch.json<{ error: { message: string } }>().error.message).toBe(
      'Đơn vị này nằm ngoài phạm vi quản lý của bạn',
    )
    const row = await context.deps.db
      .selectFrom('units')
      .select(['households', 'row_version'])
      .where('id', '=', ids.haGiang1Area)
      .executeTakeFirstOrThrow()
    expect(row.row_version).toBe(1)
    expect(row.households).not.toBe(1)
  })

  it('is refused the legacy register', async () => {
    expect(
      errorOf(await clerk.request({ method: 'GET', url: `/api/units/${ids.legacyBacQuang}` })),
    ).toEqual(OUT_OF_SCOPE)
  })

  it('only ever finds units inside its subtree', async () => {
    for (const q of ['thon', 'truong', 'ha giang', 'bac quang', 'phuong', '00694']) {
      const response = await clerk.request({
        method: 'GET',
        url: `/api/units/search?q=${encodeURIComponent(q)}&limit=100`,
      })
      expect(response.statusCode).toBe(200)
      for (const item of response.json<{ items: Summary[] }>().items)
        expect(
          item.id === ids.bacQuang || item.trail.startsWith('Xã Bắc Quang,'),
          `${q}: ${item.name} (${item.trail})`,
        ).toBe(true)
    }
    const other = await clerk.request({ method: 'GET', url: '/api/units/search?q=ha%20giang%201' })
    expect(other.json<{ items: Summary[] }>().items).toEqual([])
    const legacy = await clerk.request({
      method: 'GET',
      url: '/api/units/search?q=bac%20quang&version=legacy',
    })
    expect(legacy.json<{ items: Summary[] }>().items).toEqual([])
  })

  it('cannot read the audit log, import units or manage accounts', async () => {
    expect(
      errorOf(await clerk.request({ method: 'GET', url: `/api/audit?unitId=${ids.haGiang1}` })),
    ).toEqual(FORBIDDEN)
    expect(
      errorOf(await clerk.request({ method: 'GET', url: '/api/units/import/template' })),
    ).toEqual(FORBIDDEN)
    const upload = multipart(
      'don-vi.csv',
      'code,name,kind,parent_code\n01153.X1,Thôn Mới,residential_area,01153\n',
    )
    expect(
      errorOf(
        await clerk.request({
          method: 'POST',
          url: '/api/units/import?version=2025&dryRun=false',
          ...upload,
        }),
      ),
    ).toEqual(FORBIDDEN)
    expect(errorOf(await clerk.request({ method: 'GET', url: '/api/accounts' }))).toEqual(FORBIDDEN)
    const create = await clerk.request({
      method: 'POST',
      url: '/api/accounts',
      payload: {
        username: 'tu.cap.quyen',
        fullName: 'Tự Cấp Quyền',
        password: 'MatKhauRieng2025',
        roles: ['admin'],
        scopeUnitId: null,
      },
    })
    expect(errorOf(create)).toEqual(FORBIDDEN)
    expect(
      errorOf(
        await clerk.request({
          method: 'PATCH',
          url: '/api/accounts/1',
          payload: { roles: ['admin'] },
        }),
      ),
    ).toEqual(FORBIDDEN)
  })
})

describe('a plan owner of Tỉnh Tuyên Quang', () => {
  let owner: Client
  beforeAll(async () => {
    owner = await signIn(context.app, 'congan.tuyenquang')
  })

  it('reads and searches its province', async () => {
    expect(
      (await owner.request({ method: 'GET', url: `/api/units/${ids.haGiang1Area}` })).statusCode,
    ).toBe(200)
    const search = await owner.request({ method: 'GET', url: '/api/units/search?q=ha%20giang%201' })
    expect(search.json<{ items: Summary[] }>().items[0]).toMatchObject({
      name: 'Phường Hà Giang 1',
    })
  })

  it('cannot read, list or edit a unit of Tỉnh Bắc Ninh', async () => {
    expect(
      errorOf(await owner.request({ method: 'GET', url: `/api/units/${ids.bacNinh}` })),
    ).toEqual(OUT_OF_SCOPE)
    expect(
      errorOf(await owner.request({ method: 'GET', url: `/api/units/${ids.bacNinhCommune}` })),
    ).toEqual(OUT_OF_SCOPE)
    expect(
      errorOf(await owner.request({ method: 'GET', url: `/api/units/${ids.bacNinh}/children` })),
    ).toEqual(OUT_OF_SCOPE)
    const patch = await owner.request({
      method: 'PATCH',
      url: `/api/units/${ids.bacNinhCommune}`,
      payload: { name: 'Tên giả', reason: 'Thử sửa trái phép' },
    })
    expect(errorOf(patch)).toEqual(OUT_OF_SCOPE)
    const search = await owner.request({ method: 'GET', url: '/api/units/search?q=bac%20ninh' })
    expect(search.json<{ items: Summary[] }>().items).toEqual([])
  })

  it('cannot reach the legacy province Hà Giang through a 2025 scope', async () => {
    expect(
      errorOf(await owner.request({ method: 'GET', url: `/api/units/${ids.legacyHaGiang}` })),
    ).toEqual(OUT_OF_SCOPE)
  })

  it('reads the audit log of its own units but not of another province', async () => {
    expect(
      (await owner.request({ method: 'GET', url: `/api/audit?unitId=${ids.bacQuang}` })).statusCode,
    ).toBe(200)
    expect(
      errorOf(
        await owner.request({ method: 'GET', url: `/api/audit?unitId=${ids.bacNinhCommune}` }),
      ),
    ).toEqual(OUT_OF_SCOPE)
    expect(
      errorOf(await owner.request({ method: 'GET', url: '/api/audit?unitId=99999999' })),
    ).toEqual({ status: 404, code: 'NOT_FOUND' })
  })

  it('sees no audit entry outside its subtree without a unit filter', async () => {
    const admin = await signIn(context.app, 'admin')
    await admin.request({
      method: 'PATCH',
      url: `/api/units/${ids.bacNinhCommune}`,
      payload: { households: 4242, reason: 'Cập nhật số hộ' },
    })
    const response = await owner.request({ method: 'GET', url: '/api/audit?pageSize=200' })
    const items = response.json<{ items: { unit: { id: number } | null }[] }>().items
    expect(items.length).toBeGreaterThan(0)
    expect(items.some((item) => item.unit?.id === ids.bacNinhCommune)).toBe(false)
    expect(items.every((item) => item.unit !== null)).toBe(true)
  })

  it('cannot manage accounts', async () => {
    expect(errorOf(await owner.request({ method: 'GET', url: '/api/accounts' }))).toEqual(FORBIDDEN)
  })
})
