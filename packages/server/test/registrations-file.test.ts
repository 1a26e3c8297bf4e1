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
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    const header = sheet.getRow(1).values as string[]
    expect(header.slice(1, 4)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'])
    expect(header.some((cell) => /\[bk-bca\]$/.test(String(cell)))).toBe(true)
    expect(sheet.getCell(2, 1).value).toBe(communeCode)
    const rows = sheet.rowCount - 1
    expect(rows).toBeGreaterThan(2)
    const codes = Array.from({ length: rows }, (_, i) => sheet.getCell(i + 2, 1).text)
    for (let r = 2; r <= sheet.rowCount; r++) sheet.getCell(r, 4).value = 'x'
    sheet.getCell(3, 5).value = 'có lẽ'
    const bad = new Uint8Array(await workbook.xlsx.writeBuffer())

    const dry = await upload(bad, true)
    expect(errorOf(dry)).toEqual({ status: 422, code: 'IMPORT_INVALID' })
    expect(dry.json<ErrorBody>().error.details).toEqual([
      { row: 3, column: 'strivesForAntt', message: expect.stringContaining('có lẽ') as string },
    ])
    expect(await countRegistrations()).toBe(0)

    sheet.getCell(3, 5).value = null
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

  it('rejects a file that is not an XLSX', async () => {
    const response = await upload(new TextEncoder().encode('code,name\n'), true, 'dang-ky.csv')
    expect(errorOf(response)).toEqual({ status: 422, code: 'UPLOAD_INVALID' })
  })
})
