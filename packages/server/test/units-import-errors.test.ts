// The unit importer refuses bad files, bad rows, units outside the actor's scope and codes
// of the other register version, and never writes anything when it does.
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { countAudit, countUnits, errorOf, importFile, multipart, toCsv } from './helpers'

const COLUMNS = [
  'code',
  'name',
  'kind',
  'subtype',
  'parent_code',
  'households',
  'valid_from',
  'valid_until',
]
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
])

let context: TestContext
let admin: Client
let owner: Client
beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
  owner = await signIn(context.app, 'congan.tuyenquang')
})
afterAll(() => context.close())

// Every test here must leave the register and the audit log exactly as they were.
let counts: [number, number]
beforeEach(async () => {
  counts = [await countUnits(context.deps), await countAudit(context.deps)]
})
afterEach(async () => {
  expect([await countUnits(context.deps), await countAudit(context.deps)]).toEqual(counts)
})

const csv = (rows: Record<string, string | number>[]) => toCsv(COLUMNS, rows)
const area = (code: string, parent: string, name = `Thôn ${code}`) => ({
  code,
  name,
  kind: 'residential_area',
  parent_code: parent,
})

describe('files the importer cannot read', () => {
  it('refuses a PNG named .csv, a .txt file, a fake .xlsx and an empty file with UPLOAD_INVALID', async () => {
    const files: [string, string | Uint8Array][] = [
      ['anh.csv', PNG],
      ['don-vi.txt', 'code,name,kind\nX1,Thôn X,residential_area\n'],
      ['don-vi.xlsx', 'code,name,kind\n'],
      ['hong.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])],
      ['rong.csv', ''],
    ]
    for (const [fileName, content] of files) {
      const { result } = await importFile(owner, { fileName, content })
      expect({ fileName, ok: result.ok, code: result.error?.code }).toEqual({
        fileName,
        ok: false,
        code: 'UPLOAD_INVALID',
      })
      expect(result.error?.message.length).toBeGreaterThan(5)
    }
  })

  it('refuses a request that is not a multipart upload, has no file or is cut off, with UPLOAD_INVALID', async () => {
    const json = await owner.request({
      method: 'POST',
      url: '/api/units/import?version=2025&dryRun=true',
      payload: { file: 'x' },
    })
    expect(errorOf(json)).toEqual({ status: 422, code: 'UPLOAD_INVALID' })
    const boundary = 'antqboundary'
    const noFile = await owner.request({
      method: 'POST',
      url: '/api/units/import?version=2025&dryRun=true',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nxin chao\r\n--${boundary}--\r\n`,
    })
    expect(errorOf(noFile)).toEqual({ status: 422, code: 'UPLOAD_INVALID' })
    const cutOff = await owner.request({
      method: 'POST',
      url: '/api/units/import?version=2025&dryRun=false',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\ncode,name,kind,parent_code\n01153.Z1,Thôn Z,residential_area,01153\n`,
    })
    expect(errorOf(cutOff)).toEqual({ status: 422, code: 'UPLOAD_INVALID' })
  })

  it('refuses an unknown version before reading the file', async () => {
    const response = await owner.request({
      method: 'POST',
      url: '/api/units/import?version=2030&dryRun=true',
      ...multipart('a.csv', csv([area('01153.Z1', '01153')])),
    })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
  })
})

describe('headers', () => {
  it('names an unknown column and a missing required one with IMPORT_INVALID', async () => {
    const { result } = await importFile(owner, {
      fileName: 'a.csv',
      content: 'code,name,so_dien_thoai\n01153.Z1,Thôn Z,0912345678\n',
    })
    expect(result.ok).toBe(false)
    expect(result.error?.code).toBe('IMPORT_INVALID')
    expect(result.errors).toContainEqual({
      row: 1,
      column: 'so_dien_thoai',
      message: 'Cột "so_dien_thoai" không có trong mẫu',
    })
    expect(result.errors).toContainEqual({
      row: 1,
      column: 'kind',
      message: 'Thiếu cột "Loại đơn vị"',
    })
  })

  it('refuses a file with a header and no rows', async () => {
    const { result } = await importFile(owner, {
      fileName: 'a.csv',
      content: 'code,name,kind,parent_code\n',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } })
  })
})

describe('rows', () => {
  it('reports every bad cell with its row and column', async () => {
    const rows = [
      area('01153.Z1', '01153'),
      { ...area('01153.Z2', '01153'), kind: 'village' },
      { ...area('01153.Z3', '01153'), households: -4 },
      { ...area('01153.Z4', '01153'), valid_from: '31/02/2025' },
      { ...area('01153.Z5', '01153'), subtype: 'constructor' },
      { ...area('01153 Z6', '01153') },
      { ...area('01153.Z7', '01153'), name: '' },
      { ...area('01153.Z8', '01153'), valid_from: '01/07/2025', valid_until: '01/01/2025' },
      { ...area('01153.Z9', '01153'), valid_until: '45/13/2025' },
    ]
    const { result } = await importFile(owner, { fileName: 'a.csv', content: csv(rows) })
    expect(result.ok).toBe(false)
    expect(result.errors.map((error) => [error.row, error.column])).toEqual([
      [3, 'kind'],
      [4, 'households'],
      [5, 'valid_from'],
      [6, 'subtype'],
      [7, 'code'],
      [8, 'name'],
      [9, 'valid_until'],
      [10, 'valid_until'],
    ])
    for (const error of result.errors) expect(error.message).toMatch(/[à-ỹ]/)
  })

  it('refuses duplicate codes in a file', async () => {
    const { result } = await importFile(owner, {
      fileName: 'a.csv',
      content: csv([
        area('01153.Z1', '01153'),
        area('01153.Z2', '01153'),
        area('01153.Z1', '01153', 'Thôn Trùng'),
      ]),
    })
    expect(result.ok).toBe(false)
    expect(result.errors).toEqual([
      { row: 4, column: 'code', message: 'Mã "01153.Z1" trùng với dòng 2' },
    ])
  })

  it('refuses a kind under a parent that cannot hold it, a changed kind, a moved unit and a loop', async () => {
    const rows = [
      { code: '01153.Z1', name: 'Thôn con', kind: 'residential_area', parent_code: '01153.TH1' },
      { code: '01153.KDC1', name: 'Thôn Xuân Hòa', kind: 'agency', parent_code: '01153' },
      { code: '01153.KDC2', name: 'Thôn Đông Sơn', kind: 'residential_area', parent_code: '00694' },
      { code: '01153.Z2', name: 'Ban A', kind: 'agency', parent_code: '01153.Z3' },
      { code: '01153.Z3', name: 'Ban B', kind: 'agency', parent_code: '01153.Z2' },
    ]
    const { result } = await importFile(admin, { fileName: 'a.csv', content: csv(rows) })
    expect(result.ok).toBe(false)
    expect(result.errors).toEqual([
      { row: 2, column: 'parent_code', message: 'Khu dân cư không thể trực thuộc Cơ sở giáo dục' },
      { row: 3, column: 'kind', message: expect.stringContaining('không đổi loại') },
      { row: 4, column: 'parent_code', message: expect.stringContaining('đơn vị cấp trên khác') },
      { row: 5, column: 'parent_code', message: expect.stringContaining('vòng lặp') },
      { row: 6, column: 'parent_code', message: expect.stringContaining('vòng lặp') },
    ])
  })
})

describe('scope', () => {
  it('refuses rows outside the importing account’s commune', async () => {
    const commune = await findUnitId(context.deps, '2025', '01153')
    const created = await admin.request({
      method: 'POST',
      url: '/api/accounts',
      payload: {
        username: 'congan.xa.bacquang',
        fullName: 'Công an xã Bắc Quang',
        password: 'MatKhauRieng2025',
        roles: ['plan_owner'],
        scopeUnitId: commune,
      },
    })
    expect(created.statusCode).toBe(200)
    counts = [counts[0], counts[1] + 1]
    const local = await signIn(context.app, 'congan.xa.bacquang', 'MatKhauRieng2025')
    counts = [counts[0], counts[1] + 1]
    const rows = [
      area('01153.Z1', '01153'),
      area('00694.Z1', '00694'),
      {
        code: '00694.KDC1',
        name: 'Tổ dân phố Một',
        kind: 'residential_area',
        parent_code: '00694',
      },
    ]
    const { result } = await importFile(local, { fileName: 'a.csv', content: csv(rows) })
    expect(result.ok).toBe(false)
    expect(result.errors.map((error) => [error.row, error.column])).toEqual([
      [3, 'code'],
      [4, 'code'],
    ])
    for (const error of result.errors) expect(error.message).toContain('ngoài phạm vi')
  })

  it('refuses a new province, or a legacy unit, to a province plan owner', async () => {
    const province = await importFile(owner, {
      fileName: 'a.csv',
      content: csv([{ code: '99', name: 'Tỉnh Mới', kind: 'province' }]),
    })
    expect(province.result.errors).toEqual([
      { row: 2, column: 'code', message: expect.stringContaining('ngoài phạm vi') },
    ])
    const legacy = await importFile(owner, {
      fileName: 'a.csv',
      version: 'legacy',
      content: csv([area('01153.Z1', '01153')]),
    })
    expect(legacy.result.errors).toEqual([
      { row: 2, column: 'code', message: expect.stringContaining('ngoài phạm vi') },
    ])
  })
})

describe('register versions', () => {
  it('never resolves a parent code in the other version', async () => {
    const current = await importFile(admin, {
      fileName: 'a.csv',
      content: csv([
        { code: '034.Z1', name: 'Trường Bắc Quang', kind: 'school', parent_code: '034' },
        area('02.Z1', '02'),
      ]),
    })
    expect(current.result.errors).toEqual([
      {
        row: 2,
        column: 'parent_code',
        message: 'Không tìm thấy đơn vị cấp trên mã "034" trong phiên bản 2025',
      },
      {
        row: 3,
        column: 'parent_code',
        message: 'Không tìm thấy đơn vị cấp trên mã "02" trong phiên bản 2025',
      },
    ])
    const legacy = await importFile(admin, {
      fileName: 'a.csv',
      version: 'legacy',
      content: csv([area('11948.Z1', '11948')]),
    })
    expect(legacy.result.errors).toEqual([
      {
        row: 2,
        column: 'parent_code',
        message: 'Không tìm thấy đơn vị cấp trên mã "11948" trong phiên bản legacy',
      },
    ])
  })
})
