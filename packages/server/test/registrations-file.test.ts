// The offline registration form: download the template, fill it, a dry run with a bad cell
// (row/column error, nothing written), then the import.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { errorOf, multipart, type ErrorBody } from './helpers'

let context: TestContext
let owner: Client
let planId: number
let communeCode: string

beforeAll(async () => {
  context = await createTestContext(() => new Date('2024-04-10T03:00:00Z'))
  planId = (
    await context.deps.db
      .selectFrom('plans')
      .select('id')
      .where('plan_key', '=', '000-bac-quang-2024')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow()
  ).id
  const district = await findUnitId(context.deps, 'legacy', '034')
  const area = await context.deps.db
    .selectFrom('units as a')
    .innerJoin('units as c', 'c.id', 'a.parent_id')
    .select('c.id')
    .where('a.kind', '=', 'residential_area')
    .where('c.parent_id', '=', district)
    .executeTakeFirstOrThrow()
  const admin = await signIn(context.app, 'admin')
  const created = await admin.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      username: 'canbo.xa034b',
      fullName: 'Cán bộ xã',
      password: 'matkhaurieng2024',
      roles: ['unit_clerk'],
      scopeUnitId: area.id,
    },
  })
  expect(created.statusCode, created.body).toBe(200)
  owner = await signIn(context.app, 'canbo.xa034b', 'matkhaurieng2024')
  communeCode = (
    await context.deps.db
      .selectFrom('units')
      .select('code')
      .where('id', '=', area.id)
      .executeTakeFirstOrThrow()
  ).code
})
afterAll(() => context.close())

const countRegistrations = async () =>
  Number(
    (
      await context.deps.db
        .selectFrom('registrations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

async function upload(bytes: Uint8Array, dryRun: boolean, fileName = 'dang-ky.xlsx') {
  return owner.request({
    method: 'POST',
    url: `/api/plans/${planId}/registrations/import?year=2024&dryRun=${String(dryRun)}`,
    ...multipart(fileName, bytes, 'application/octet-stream'),
  })
}

describe('registration template and import', () => {
  it('downloads, refuses a bad cell in a dry run, then imports the filled form', async () => {
    const template = await owner.request({
      method: 'GET',
      url: `/api/plans/${planId}/registrations/template?year=2024`,
    })
    expect(template.statusCode).toBe(200)
    expect(template.headers['content-type']).toContain('spreadsheetml')
    const disposition = decodeURIComponent(
      String(template.headers['content-disposition']).split("''")[1] ?? '',
    )
    expect(disposition).toMatch(/^Đăng ký thi đua - .+ - Năm 2024\.xlsx$/)
    expect(template.headers['content-disposition']).toContain('filename="Dang ky thi dua - ')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    // Title, period ("Năm 2024"), plan and scope, guidance, then the header; ids hidden under it.
    expect(sheet.getCell(2, 1).value).toBe('Năm 2024')
    const headerRow = 6
    const header = sheet.getRow(headerRow).values as string[]
    expect(header.slice(1, 4)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'])
    expect(header.some((cell) => /\[|_/.test(String(cell)))).toBe(false)
    expect(sheet.getRow(headerRow + 1).hidden).toBe(true)
    expect(sheet.getRow(headerRow + 1).values).toContain('bk-bca')
    const first = headerRow + 2
    expect(sheet.getCell(first, 1).value).toBe(communeCode)
    const totalsRow = sheet.rowCount
    expect(sheet.getCell(totalsRow, 1).value).toBe('Tổng cộng')
    const rows = totalsRow - first
    expect(rows).toBeGreaterThan(2)
    const codes = Array.from({ length: rows }, (_, i) => sheet.getCell(first + i, 1).text)
    for (let r = first; r < totalsRow; r++) sheet.getCell(r, 4).value = 'x'
    sheet.getCell(first + 1, 5).value = 'có lẽ'
    const bad = new Uint8Array(await workbook.xlsx.writeBuffer())

    const dry = await upload(bad, true)
    expect(errorOf(dry)).toEqual({ status: 422, code: 'IMPORT_INVALID' })
    expect(dry.json<ErrorBody>().error.details).toEqual([
      {
        row: first + 1,
        column: 'strivesForAntt',
        message: expect.stringContaining('có lẽ') as string,
      },
    ])
    expect(await countRegistrations()).toBe(0)

    sheet.getCell(first + 1, 5).value = null
    const good = new Uint8Array(await workbook.xlsx.writeBuffer())
    const check = await upload(good, true)
    expect(check.json()).toMatchObject({ ok: true, dryRun: true, rows, created: rows })
    expect(await countRegistrations()).toBe(0)

    const imported = await upload(good, false)
    expect(imported.json()).toMatchObject({ ok: true, dryRun: false, rows, created: rows })
    const stored = await context.deps.db
      .selectFrom('registrations')
      .innerJoin('units', 'units.id', 'registrations.unit_id')
      .select('units.code')
      .execute()
    expect(stored.map((row) => row.code).sort()).toEqual([...codes].sort())
  })

  it('takes a hand-made sheet headed by the labels the template shows, marks as "Có"', async () => {
    const forms = await owner.request({
      method: 'GET',
      url: `/api/plans/${planId}/registrations/template?year=2024`,
    })
    const template = new ExcelJS.Workbook()
    await template.xlsx.load(forms.rawPayload as unknown as ArrayBuffer)
    const award = template.worksheets[0]?.getCell(6, 7).text ?? ''
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Đăng ký')
    sheet.addRow([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Tham gia phong trào',
      'Phấn đấu đạt tiêu chuẩn "An toàn về ANTT"',
      'Xây dựng điển hình',
      award,
    ])
    sheet.addRow([communeCode, '', '', 'Có', '', '', 'x'])
    const response = await upload(new Uint8Array(await workbook.xlsx.writeBuffer()), true)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toMatchObject({ ok: true, dryRun: true, rows: 1 })
  })

  it('rejects a file that is not an XLSX', async () => {
    const response = await upload(new TextEncoder().encode('code,name\n'), true, 'dang-ky.csv')
    expect(errorOf(response)).toEqual({ status: 422, code: 'UPLOAD_INVALID' })
  })
})
