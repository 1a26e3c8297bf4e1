// The register guarded (issue 15 item 5): provinces, districts and communes carry codes from
// the national list, so only an administrator renames or reclassifies them (by hand or by
// import); a clerk changes only the figures plans ask units to report (households, staff,
// pupils); the police running the movement still edit the units ANTQ users create.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf, importFile, toCsv } from './helpers'

let context: TestContext
let clerk: Client
let owner: Client
let admin: Client
let commune: number
let area: number
beforeAll(async () => {
  context = await createTestContext()
  ;[clerk, owner, admin] = await Promise.all([
    signIn(context.app, 'canbo.bacquang'),
    signIn(context.app, 'congan.tuyenquang'),
    signIn(context.app, 'admin'),
  ])
  commune = await findUnitId(context.deps, '2025', '01153')
  area = await findUnitId(context.deps, '2025', '01153.KDC1')
})
afterAll(() => context.close())

const patch = (client: Client, id: number, payload: object) =>
  client.request({
    method: 'PATCH',
    url: `/api/units/${id}`,
    payload: { reason: 'Cập nhật', ...payload },
  })
const nameOf = async (id: number) =>
  (await admin.request({ method: 'GET', url: `/api/units/${id}` })).json<{ name: string }>().name

describe('an official commune', () => {
  it('is renamed by an administrator only', async () => {
    const before = await nameOf(commune)
    for (const client of [clerk, owner]) {
      const response = await patch(client, commune, { name: 'Xã Đổi Tên' })
      expect(errorOf(response)).toEqual({ status: 403, code: 'FORBIDDEN' })
      expect(response.json<{ error: { message: string } }>().error.message).toContain(
        'chỉ quản trị hệ thống',
      )
    }
    expect(await nameOf(commune)).toBe(before)
    expect((await patch(admin, commune, { name: 'Xã Bắc Quang Mới' })).statusCode).toBe(200)
    expect(await nameOf(commune)).toBe('Xã Bắc Quang Mới')
  })

  it('takes its reported figures from its clerk, with the unchanged name sent along', async () => {
    const name = await nameOf(commune)
    const response = await patch(clerk, commune, { name, households: 1234, staff: 20 })
    expect(response.statusCode, response.body).toBe(200)
    expect(errorOf(await patch(clerk, commune, { areaType: 'urban' }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
  })

  it('is not renamed or added through an import by the police', async () => {
    const columns = ['code', 'name', 'kind', 'parent_code']
    const renamed = await importFile(owner, {
      fileName: 'a.csv',
      content: toCsv(columns, [
        { code: '01153', name: 'Xã Khác', kind: 'commune', parent_code: '08' },
      ]),
    })
    expect(renamed.result.errors).toEqual([
      { row: 2, column: 'code', message: expect.stringContaining('chỉ quản trị hệ thống') },
    ])
    const added = await importFile(owner, {
      fileName: 'b.csv',
      content: toCsv(columns, [
        { code: '99999', name: 'Xã Mới', kind: 'commune', parent_code: '08' },
      ]),
    })
    expect(added.result.errors).toHaveLength(1)
  })
})

describe('a unit ANTQ users created (a residential area)', () => {
  it('is renamed by the police but only counted by the clerk', async () => {
    expect(errorOf(await patch(clerk, area, { name: 'Thôn Mới' }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
    expect((await patch(clerk, area, { households: 88 })).statusCode).toBe(200)
    expect((await patch(owner, area, { name: 'Thôn Mới' })).statusCode).toBe(200)
  })
})
