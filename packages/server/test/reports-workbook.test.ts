import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type Client, type TestContext } from './harness'
import { errorOf, multipart } from './helpers'
import { COMMUNE_FIGURES, setUpReports, type ReportItem } from './reports-fixture'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
type ImportResult = {
  ok: boolean
  dryRun: boolean
  changed: number
  unchanged: number
  errors: { row: number; column: string; message: string }[]
}

let context: TestContext
let setup: Awaited<ReturnType<typeof setUpReports>>

beforeAll(async () => {
  context = await createTestContext(() => new Date('2024-03-01T03:00:00Z'))
  setup = await setUpReports(context)
})
afterAll(() => context.close())

async function exportBook(client: Client, unitId?: number) {
  const query = unitId ? `&unitId=${unitId}` : ''
  const response = await client.request({
    method: 'GET',
    url: `/api/plans/${setup.planId}/reports/export?periodId=2024-Q1${query}`,
  })
  expect(response.statusCode).toBe(200)
  expect(response.headers['content-type']).toBe(XLSX)
  // Named after what it is, the plan, the scope and the period, in Vietnamese (RFC 5987).
  const disposition = String(response.headers['content-disposition'])
  expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Báo cáo - ')}`)
  expect(decodeURIComponent(disposition.split("''")[1] ?? '')).toMatch(/ - Quý I năm 2024\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
  return workbook
}

async function upload(client: Client, bytes: Uint8Array, dryRun: boolean, name = 'bao-cao.xlsx') {
  return client.request({
    method: 'POST',
    url: `/api/plans/${setup.planId}/reports/import?periodId=2024-Q1&dryRun=${String(dryRun)}`,
    ...multipart(name, bytes, XLSX),
  })
}

/** The header row (found by its first header) and the hidden field ids under it. */
function layout(sheet: ExcelJS.Worksheet) {
  let header = 0
  sheet.eachRow((row, number) => {
    if (!header && row.getCell(1).text === 'Mã đơn vị') header = number
  })
  const keyRow = sheet.getRow(header + 1)
  const keys = Array.from({ length: keyRow.cellCount + 1 }, (_, i) =>
    i === 0 ? '' : keyRow.getCell(i).text,
  )
  return { header, keys }
}

/** Put figures into the row of a unit, by the field ids of the hidden key row. */
function fill(workbook: ExcelJS.Workbook, code: string, figures: Record<string, unknown>) {
  const sheet = workbook.getWorksheet('Báo cáo')
  if (!sheet) throw new Error('no sheet')
  const { header, keys } = layout(sheet)
  sheet.eachRow((row, number) => {
    if (number < header + 2 || row.getCell(1).text !== code) return
    for (const [id, value] of Object.entries(figures))
      row.getCell(keys.indexOf(id)).value =
        typeof value === 'boolean' ? (value ? 'Có' : 'Không') : (value as ExcelJS.CellValue)
  })
}

describe('report workbook', () => {
  it('exports one row per sub-unit with a Vietnamese header', async () => {
    const workbook = await exportBook(setup.reviewer)
    const sheet = workbook.getWorksheet('Báo cáo')
    if (!sheet) throw new Error('no sheet')
    const { header: headerRow, keys } = layout(sheet)
    expect(sheet.getRow(2).getCell(1).text).toBe('Kỳ báo cáo: Quý I năm 2024')
    expect(sheet.getRow(headerRow + 1).hidden).toBe(true)
    expect(keys.slice(1, 4)).toEqual(['unit_code', 'unit_name', 'status'])
    const header = (sheet.getRow(headerRow).values as unknown[]).map(String)
    expect(header).toContain('Số hộ gia đình được tuyên truyền, phổ biến')
    expect(header.filter((text) => /^[a-z_.]+$/.test(text))).toEqual([])
    const codes: string[] = []
    sheet.eachRow((row, number) => number > headerRow + 1 && codes.push(row.getCell(1).text))
    expect(codes).toEqual(expect.arrayContaining([setup.commune.code, setup.other.code]))
    expect(codes.at(-1)).toBe('Tổng cộng')
  })

  it('checks type, shape and every cell; a dry run writes nothing; then imports', async () => {
    expect(
      errorOf(await upload(setup.clerk, new TextEncoder().encode('a,b\n1,2'), true, 'x.csv')),
    ).toEqual({
      status: 422,
      code: 'UPLOAD_INVALID',
    })
    const workbook = await exportBook(setup.clerk)
    fill(workbook, setup.commune.code, {
      ...COMMUNE_FIGURES,
      'propaganda.households_reached': 900,
      'models.count': 'nhiều',
    })
    const bad = await upload(setup.clerk, new Uint8Array(await workbook.xlsx.writeBuffer()), true)
    const badResult = bad.json<ImportResult>()
    expect(badResult).toMatchObject({ ok: false, dryRun: true, changed: 1 })
    expect(badResult.errors).toEqual(
      expect.arrayContaining([
        {
          row: 8,
          column: 'models.count',
          message: '"Số mô hình phong trào toàn dân bảo vệ ANTQ" phải là một số',
        },
        expect.objectContaining({ row: 8, column: 'propaganda.households_reached' }),
      ]),
    )
    const count = () => context.deps.db.selectFrom('reports').select('id').execute()
    expect(await count()).toHaveLength(0)

    fill(workbook, setup.commune.code, COMMUNE_FIGURES)
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    expect((await upload(setup.clerk, bytes, true)).json<ImportResult>()).toMatchObject({
      ok: true,
      changed: 1,
    })
    expect(await count()).toHaveLength(0)
    const done = await upload(setup.clerk, bytes, false)
    expect(done.json<ImportResult>()).toMatchObject({ ok: true, dryRun: false, changed: 1 })
    const list = await setup.clerk.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/reports?periodId=2024-Q1`,
    })
    const mine = list
      .json<{ items: ReportItem[] }>()
      .items.find((item) => item.unit.id === setup.commune.id)
    expect(mine).toMatchObject({ status: 'draft', figures: COMMUNE_FIGURES })
  })

  it('refuses rows outside the clerk subtree, all or nothing', async () => {
    const workbook = await exportBook(setup.reviewer)
    fill(workbook, setup.commune.code, { ...COMMUNE_FIGURES, 'models.count': 9 })
    fill(workbook, setup.other.code, COMMUNE_FIGURES)
    const result = (
      await upload(setup.clerk, new Uint8Array(await workbook.xlsx.writeBuffer()), false)
    ).json<ImportResult>()
    expect(result.ok).toBe(false)
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        column: 'unit_code',
        message: expect.stringContaining('ngoài phạm vi') as string,
      }),
    )
    const rows = await context.deps.db.selectFrom('reports').select('figures').execute()
    expect(rows.map((row) => (row.figures as Record<string, unknown>)['models.count'])).toEqual([3])
    expect(errorOf(await upload(setup.reviewer, new Uint8Array(8), true))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    })
  })
})
