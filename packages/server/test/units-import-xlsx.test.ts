// The unit importer reads XLSX: the downloadable template imports as it is, and a workbook
// built elsewhere with Vietnamese headers, numeric and date cells.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { importFile } from './helpers'

let context: TestContext
let owner: Client
beforeAll(async () => {
  context = await createTestContext()
  owner = await signIn(context.app, 'congan.tuyenquang')
})
afterAll(() => context.close())

describe('POST /api/units/import (XLSX)', () => {
  it('imports the downloadable template as it is', async () => {
    const template = await owner.request({ method: 'GET', url: '/api/units/import/template' })
    expect(template.statusCode).toBe(200)
    expect(template.headers['content-type']).toContain('spreadsheetml')
    expect(template.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Mẫu nhập danh sách đơn vị.xlsx')}`,
    )
    const bytes = template.rawPayload
    const sheet = new ExcelJS.Workbook()
    await sheet.xlsx.load(bytes as unknown as ArrayBuffer)
    // The examples are written with the labels a clerk sees, not the codes.
    expect(sheet.worksheets[0]?.getRow(5).getCell(3).text).toBe('Khu dân cư')
    const first = await importFile(owner, {
      fileName: 'mau-nhap-don-vi.xlsx',
      content: bytes,
      contentType: 'application/octet-stream',
    })
    expect(first.result).toMatchObject({ ok: true, created: 2, updated: 0, unchanged: 0 })
    const school = await context.deps.db
      .selectFrom('units')
      .selectAll()
      .where('version', '=', '2025')
      .where('code', '=', '01153.TH01')
      .executeTakeFirstOrThrow()
    expect(school).toMatchObject({
      name: 'Trường THCS Bắc Quang',
      kind: 'school',
      school_level: 'lower_secondary',
      staff: 34,
      pupils: 512,
    })
    const again = await importFile(owner, { fileName: 'mau-nhap-don-vi.xlsx', content: bytes })
    expect(again.result).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 2 })
  })

  it('reads Vietnamese headers, numeric cells and date cells from a workbook built elsewhere', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Sheet1')
    sheet.addRow([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Mã đơn vị cấp trên',
      'Số hộ gia đình',
      'Hiệu lực từ ngày',
    ])
    sheet.addRow([
      '01153.X1',
      'Thôn Khuổi Vài',
      'residential_area',
      '01153',
      240,
      new Date(Date.UTC(2025, 6, 1)),
    ])
    sheet.addRow([])
    sheet.addRow(['01153.X2', 'Thôn Nà Pồng', 'residential_area', '01153', '1.234', '15/08/2025'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const { result } = await importFile(owner, { fileName: 'Danh sach thon.XLSX', content: bytes })
    expect(result).toMatchObject({ ok: true, created: 2 })
    const rows = await context.deps.db
      .selectFrom('units')
      .selectAll()
      .where('version', '=', '2025')
      .where('code', 'in', ['01153.X1', '01153.X2'])
      .orderBy('code')
      .execute()
    expect(rows.map((row) => [row.households, row.valid_from, row.subtype])).toEqual([
      [240, '2025-07-01', null],
      [1234, '2025-08-15', null],
    ])
  })

  it('takes the Vietnamese labels the template shows, and the codes, under title rows', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Đơn vị')
    sheet.addRow(['DANH SÁCH THÔN, TỔ DÂN PHỐ'])
    sheet.addRow(['Ngày lập: 01/08/2025'])
    sheet.addRow([])
    sheet.addRow([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Phân loại',
      'Mã đơn vị cấp trên',
      'Khu vực',
    ])
    sheet.addRow(['01153.L1', 'Thôn Nà Lầu', 'Khu dân cư', 'Thôn', '01153', 'Nông thôn'])
    sheet.addRow(['01153.L2', 'Tổ dân phố 3', 'residential_area', 'to_dan_pho', '01153', 'urban'])
    sheet.addRow(['01153.L3', 'Thôn Khuổi Lếch', 'khu dân cư', 'THÔN', '01153', 'nông thôn'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const { result } = await importFile(owner, { fileName: 'thon.xlsx', content: bytes })
    expect(result).toMatchObject({ ok: true, created: 3 })
    const rows = await context.deps.db
      .selectFrom('units')
      .select(['code', 'kind', 'subtype', 'area_type'])
      .where('version', '=', '2025')
      .where('code', 'in', ['01153.L1', '01153.L2', '01153.L3'])
      .orderBy('code')
      .execute()
    expect(rows).toEqual([
      { code: '01153.L1', kind: 'residential_area', subtype: 'thon', area_type: 'rural' },
      { code: '01153.L2', kind: 'residential_area', subtype: 'to_dan_pho', area_type: 'urban' },
      { code: '01153.L3', kind: 'residential_area', subtype: 'thon', area_type: 'rural' },
    ])
  })
})
