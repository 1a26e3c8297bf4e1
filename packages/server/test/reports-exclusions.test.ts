// Plan 000 excludes primary schools, kindergartens and crèches (mục VI.1): such a unit cannot
// register, and now cannot open, save, submit or import a report either; the period's list and
// workbook leave it out. A lower secondary school of the same commune still reports.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from './harness'
import { errorOf, multipart, type ErrorBody } from './helpers'
import { act, COMMUNE_FIGURES, reportUrl, setUpReports, type ReportItem } from './reports-fixture'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CLAUSE = '(mục VI.1: (trừ cơ sở giáo dục tiểu học, mầm non, nhà trẻ))'
const KINDERGARTEN = `Trường mầm non không thuộc đối tượng của kế hoạch này ${CLAUSE}`

type School = { id: number; code: string; name: string; school_level: string | null }
type ReportList = { items: ReportItem[]; notSubmitted: { id: number }[] }

let context: TestContext
let setup: Awaited<ReturnType<typeof setUpReports>>
let schools: School[]
const schoolOf = (level: string) => {
  const school = schools.find((each) => each.school_level === level)
  if (!school) throw new Error(`no ${level} school under the commune`)
  return school
}
const EXCLUDED_LEVELS = ['primary', 'kindergarten', 'creche']

beforeAll(async () => {
  context = await createTestContext(() => new Date('2024-03-01T03:00:00Z'))
  setup = await setUpReports(context)
  schools = await context.deps.db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'school_level'])
    .where('parent_id', '=', setup.commune.id)
    .where('kind', '=', 'school')
    .orderBy('code')
    .execute()
})
afterAll(() => context.close())

const list = async (unitId?: number) => {
  const query = unitId ? `&unitId=${unitId}` : ''
  return setup.clerk.request({
    method: 'GET',
    url: `/api/plans/${setup.planId}/reports?periodId=2024-Q1${query}`,
  })
}
const reportCount = async (unitIds: number[]) =>
  (
    await context.deps.db
      .selectFrom('reports')
      .select('id')
      .where('unit_id', 'in', unitIds)
      .execute()
  ).length

describe('a unit the plan excludes', () => {
  it('is left out of the period’s list, which keeps the schools the plan names', async () => {
    const response = await list(setup.commune.id)
    expect(response.statusCode).toBe(200)
    const body = response.json<ReportList>()
    const ids = body.items.map((item) => item.unit.id)
    const excluded = schools.filter((school) => EXCLUDED_LEVELS.includes(school.school_level ?? ''))
    expect(excluded.length).toBeGreaterThanOrEqual(2)
    for (const school of excluded) {
      expect(ids).not.toContain(school.id)
      expect(body.notSubmitted.map((unit) => unit.id)).not.toContain(school.id)
    }
    const kept = schools.filter((school) => !EXCLUDED_LEVELS.includes(school.school_level ?? ''))
    expect(kept.length).toBeGreaterThan(0)
    expect(
      body.items.filter((item) => item.unit.kind === 'school').map((item) => item.unit.id),
    ).toEqual(kept.map((school) => school.id))
  })

  it('cannot open its own page of reports, and is told why', async () => {
    const response = await list(schoolOf('kindergarten').id)
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(response.json<ErrorBody>().error.message).toBe(KINDERGARTEN)
  })

  it('cannot save a report; nothing is written', async () => {
    const response = await setup.clerk.request({
      method: 'PUT',
      url: reportUrl(setup.planId, schoolOf('kindergarten').id, '2024-Q1'),
      payload: { figures: {} },
    })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(response.json<ErrorBody>().error).toMatchObject({
      message: KINDERGARTEN,
      details: [{ path: 'unit', message: KINDERGARTEN }],
    })
    const primary = await setup.clerk.request({
      method: 'PUT',
      url: reportUrl(setup.planId, schoolOf('primary').id, '2024-Q1'),
      payload: { figures: {} },
    })
    expect(primary.json<ErrorBody>().error.message).toBe(
      `Trường tiểu học không thuộc đối tượng của kế hoạch này ${CLAUSE}`,
    )
    expect(await reportCount(schools.map((each) => each.id))).toBe(0)
  })

  it('cannot submit a report written before the rule, nor have it reviewed', async () => {
    const school = schoolOf('kindergarten')
    const unit = await context.deps.db
      .selectFrom('units')
      .select('path')
      .where('id', '=', school.id)
      .executeTakeFirstOrThrow()
    await context.deps.db
      .insertInto('reports')
      .values({
        ...{ plan_key: '000-bac-quang-2024', plan_id: setup.planId, period_id: '2024-Q1' },
        ...{ unit_id: school.id, unit_path: unit.path, status: 'draft', figures: '{}' },
        ...{ updated_by: 'test', updated_at: new Date('2024-02-01T00:00:00Z') },
      })
      .execute()
    const url = reportUrl(setup.planId, school.id, '2024-Q1')
    for (const [client, action] of [
      [setup.clerk, 'submit'],
      [setup.reviewer, 'return'],
    ] as const) {
      const response = await act(client, url, { action, reason: 'Thử' })
      expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
      expect(response.json<ErrorBody>().error.message).toBe(KINDERGARTEN)
    }
    const row = await context.deps.db
      .selectFrom('reports')
      .select(['status', 'row_version'])
      .where('unit_id', '=', school.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'draft', row_version: 1 })
    await context.deps.db.deleteFrom('reports').where('unit_id', '=', school.id).execute()
  })

  it('lets a school the plan names save its draft', async () => {
    const school = schoolOf('lower_secondary')
    const response = await setup.clerk.request({
      method: 'PUT',
      url: reportUrl(setup.planId, school.id, '2024-Q1'),
      payload: { figures: {} },
    })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json<ReportItem>()).toMatchObject({ unit: { id: school.id }, status: 'draft' })
  })
})

describe('the period’s workbook', () => {
  const exportBook = async () => {
    const response = await setup.clerk.request({
      method: 'GET',
      url: `/api/plans/${setup.planId}/reports/export?periodId=2024-Q1`,
    })
    expect(response.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Báo cáo')
    if (!sheet) throw new Error('no sheet')
    return { workbook, sheet }
  }
  /** The header sits under the title, period and details rows; the field ids under it. */
  const headerOf = (sheet: ExcelJS.Worksheet) => {
    let header = 0
    sheet.eachRow((row, number) => {
      if (!header && row.getCell(1).text === 'Mã đơn vị') header = number
    })
    return header
  }
  const codesOf = (sheet: ExcelJS.Worksheet) => {
    const codes: string[] = []
    const first = headerOf(sheet) + 2
    sheet.eachRow((row, number) => {
      if (number >= first && row.getCell(1).text !== 'Tổng cộng') codes.push(row.getCell(1).text)
    })
    return codes
  }

  it('exports no row for an excluded unit', async () => {
    const { sheet } = await exportBook()
    const codes = codesOf(sheet)
    const listed = (await list()).json<ReportList>().items.map((item) => item.unit.code)
    expect(codes).toEqual(listed)
    expect(codes).toContain(schoolOf('lower_secondary').code)
    for (const level of EXCLUDED_LEVELS)
      for (const school of schools.filter((each) => each.school_level === level))
        expect(codes).not.toContain(school.code)
  })

  it('refuses a row added for an excluded unit, in Vietnamese, writing nothing', async () => {
    const { workbook, sheet } = await exportBook()
    const header = headerOf(sheet)
    const keyRow = sheet.getRow(header + 1)
    const keys = Array.from({ length: keyRow.cellCount + 1 }, (_, i) =>
      i === 0 ? '' : keyRow.getCell(i).text,
    )
    sheet.eachRow((row, number) => {
      if (number < header + 2 || row.getCell(1).text !== setup.commune.code) return
      for (const [id, value] of Object.entries(COMMUNE_FIGURES))
        row.getCell(keys.indexOf(id)).value =
          typeof value === 'boolean' ? (value ? 'Có' : 'Không') : value
    })
    const school = schoolOf('kindergarten')
    const added = sheet.addRow([school.code, school.name])
    const response = await setup.clerk.request({
      method: 'POST',
      url: `/api/plans/${setup.planId}/reports/import?periodId=2024-Q1&dryRun=false`,
      ...multipart('bao-cao.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()), XLSX),
    })
    expect(response.statusCode).toBe(200)
    const result = response.json<{ ok: boolean; changed: number; errors: unknown[] }>()
    expect(result).toMatchObject({ ok: false, changed: 1 })
    expect(result.errors).toEqual([
      { row: added.number, column: 'unit_code', message: `${school.name}: ${KINDERGARTEN}` },
    ])
    expect(await reportCount([setup.commune.id, school.id])).toBe(0)
  })
})
