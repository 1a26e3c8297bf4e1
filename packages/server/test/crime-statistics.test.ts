// Crime statistics (issue 12 item 4): the police of a commune or district enter a month's
// figures, refused when a part exceeds its whole; a month locks on day 10 of the next month and
// is then corrected only by the plan owner with a reason, kept in the history and the audit
// log; plan 003's crime targets read 2023's records as their baseline and move at the district
// and the province as soon as a month is entered (the incremental recompute).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type Client, TEST_PASSWORD } from './harness'
import ExcelJS from 'exceljs'
import { errorOf, multipart } from './helpers'
import { createWorld, unit, type UnitSpec, type World } from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('P72', 'province'),
  unit('D1', 'district', 'P72'),
  unit('C1', 'commune', 'D1', { subtype: 'xa', households: 500 }),
  unit('C2', 'commune', 'D1', { subtype: 'xa', households: 300 }),
  unit('D2', 'district', 'P72'),
  unit('C3', 'commune', 'D2', { subtype: 'phuong', households: 200 }),
]
let world: World
let police: Client
let districtPolice: Client
let owner: Client

type Year = {
  months: { month: string; version: number; locked: boolean; values: Record<string, number> }[]
  totals: Record<string, number>
  history: { kind: string; before: number | null; after: number; reason: string | null }[]
}
const base = (code: string) => `/api/units/${world.id(code)}/crime-statistics`
async function readYear(client: Client, code: string, year: number) {
  const response = await client.request({ method: 'GET', url: `${base(code)}?year=${year}` })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<Year>()
}
async function enter(client: Client, code: string, month: string, values: object, reason?: string) {
  const url = `${base(code)}?year=${month.slice(0, 4)}`
  const read = await client.request({ method: 'GET', url })
  const months = read.statusCode === 200 ? read.json<Year>().months : []
  const version = months.find((each) => each.month === month)?.version ?? 0
  return client.request({
    method: reason ? 'POST' : 'PUT',
    url: `${base(code)}/${month}${reason ? '/corrections' : ''}`,
    payload: { values, version, ...(reason ? { reason } : {}) },
  })
}
async function account(username: string, role: string, code: string) {
  const created = await world.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      ...{ username, fullName: `Công an ${code}`, password: TEST_PASSWORD },
      ...{ roles: [role], scopeUnitId: world.id(code) },
    },
  })
  expect(created.statusCode, created.body).toBe(200)
  return signIn(world.context.app, username)
}
/** Move the clock and sign everyone in again (sessions end with the day). */
async function moveTo(date: string) {
  await world.at(date)
  police = await signIn(world.context.app, 'congan.c1')
  districtPolice = await signIn(world.context.app, 'congan.d1')
  owner = await signIn(world.context.app, 'congan.p72')
}
async function target(code: string, id: string) {
  const row = (await world.targets(code)).get(id)
  return row && { numerator: row.numerator, denominator: row.denominator, status: row.status }
}

beforeAll(async () => {
  world = await createWorld({
    seedFile: '003-tay-ninh-2024.yaml',
    issuerCode: 'P72',
    units: UNITS,
    start: '2024-01-05',
  })
  police = await account('congan.c1', 'unit_clerk', 'C1')
  districtPolice = await account('congan.d1', 'unit_clerk', 'D1')
  owner = await account('congan.p72', 'plan_owner', 'P72')
}, 120_000)
afterAll(() => world.close())

describe('crime statistics', () => {
  it('refuses a part above its whole, a negative or fractional figure, with codes', async () => {
    const solved = await enter(police, 'C1', '2023-12', { cases: 3, cases_solved: 4 })
    expect(errorOf(solved)).toEqual({ status: 422, code: 'STATISTICS_INVALID' })
    expect(solved.json<{ error: { details: { path: string }[] } }>().error.details).toEqual([
      expect.objectContaining({ path: 'cases_solved' }),
    ])
    const tips = await enter(police, 'C1', '2023-12', {
      tips_received: 5,
      tips_accepted: 5,
      tips_resolved: 6,
    })
    expect(errorOf(tips)).toEqual({ status: 422, code: 'STATISTICS_INVALID' })
    for (const value of [-1, 2.5, '7', 200_000])
      expect(errorOf(await enter(police, 'C1', '2023-12', { cases: value })).code).toBe(
        'STATISTICS_INVALID',
      )
    const future = await enter(police, 'C1', '2024-02', { cases: 1 })
    expect(errorOf(future)).toEqual({ status: 400, code: 'VALIDATION' })
    const province = await enter(owner, 'P72', '2023-12', { cases: 1 })
    expect(errorOf(province)).toEqual({ status: 400, code: 'VALIDATION' })
    expect((await readYear(police, 'C1', 2023)).totals).toEqual({})
  })

  it('keeps a commune’s police to its commune, and checks the month’s version', async () => {
    expect(errorOf(await enter(police, 'C3', '2023-12', { cases: 1 }))).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
    const stale = await police.request({
      method: 'PUT',
      url: `${base('C1')}/2023-12`,
      payload: { values: { cases: 1 }, version: 7 },
    })
    expect(errorOf(stale)).toEqual({ status: 409, code: 'CONFLICT' })
  })

  it('reads 2023 from its records as the baseline: 2024 moves the target at district and province', async () => {
    // December 2023 is open until 10/1/2024: the 2023 figures (40 in D1: 25 + 15 in a commune).
    expect(
      (await enter(districtPolice, 'D1', '2023-12', { social_order_cases: 25 })).statusCode,
    ).toBe(200)
    expect((await enter(police, 'C1', '2023-12', { social_order_cases: 15 })).statusCode).toBe(200)
    expect((await enter(owner, 'D2', '2023-12', { social_order_cases: 20 })).statusCode).toBe(200)
    // Nothing in 2024 yet: the change against 2023 has no data.
    expect(await target('D1', 'giam-toi-pham-trat-tu')).toEqual({
      ...{ numerator: 0, denominator: 0, status: 'no_data' },
    })
    await moveTo('2024-02-05')
    // January 2024: 30 in D1 (a 25% fall) — met; the province reads D1 only (D2 not entered).
    expect((await enter(police, 'C1', '2024-01', { social_order_cases: 10 })).statusCode).toBe(200)
    expect(
      (await enter(districtPolice, 'D1', '2024-01', { social_order_cases: 20 })).statusCode,
    ).toBe(200)
    expect(await target('D1', 'giam-toi-pham-trat-tu')).toMatchObject({
      ...{ numerator: 10, denominator: 40 },
    })
    expect(await target('P72', 'giam-toi-pham-trat-tu')).toMatchObject({
      ...{ numerator: 10, denominator: 40 },
    })
    // D2's January: 21 > 20, its rise pulls the province's change down: (10 − 1) / 60.
    expect((await enter(owner, 'D2', '2024-01', { social_order_cases: 21 })).statusCode).toBe(200)
    expect(await target('D2', 'giam-toi-pham-trat-tu')).toMatchObject({
      ...{ numerator: -1, denominator: 20 },
    })
    expect(await target('P72', 'giam-toi-pham-trat-tu')).toMatchObject({
      ...{ numerator: 9, denominator: 60 },
    })
    // The ratio targets read the months' sums too.
    await enter(districtPolice, 'D1', '2024-01', { cases: 8, cases_solved: 7 })
    await enter(police, 'C1', '2024-01', { cases: 2, cases_solved: 1 })
    expect(await target('D1', 'kham-pha-an')).toMatchObject({ numerator: 8, denominator: 10 })
    expect(await target('P72', 'kham-pha-an')).toMatchObject({ numerator: 8, denominator: 10 })
    // The incremental recompute after each entry equals a full one.
    const stored = await Promise.all(['D1', 'D2', 'P72'].map((code) => world.targets(code)))
    await world.compute('2024-02-05')
    const full = await Promise.all(['D1', 'D2', 'P72'].map((code) => world.targets(code)))
    expect(full).toEqual(stored)
  })

  it('locks a month after day 10 of the next; a correction needs the plan owner and a reason', async () => {
    await moveTo('2024-02-11')
    const year = await readYear(police, 'C1', 2024)
    expect(year.months.find((each) => each.month === '2024-01')?.locked).toBe(true)
    expect(errorOf(await enter(police, 'C1', '2024-01', { cases: 3 }))).toEqual({
      status: 409,
      code: 'MONTH_LOCKED',
    })
    const byPolice = await enter(police, 'C1', '2024-01', { cases: 3 }, 'Bổ sung vụ án')
    expect(errorOf(byPolice)).toEqual({ status: 403, code: 'FORBIDDEN' })
    const noReason = await enter(owner, 'C1', '2024-01', { cases: 3 }, ' ')
    expect(errorOf(noReason).code).toBe('VALIDATION')
    const corrected = await enter(
      owner,
      'C1',
      '2024-01',
      { cases: 3 },
      'Bổ sung 01 vụ chuyển từ tháng 12',
    )
    expect(corrected.statusCode, corrected.body).toBe(200)
    const after = corrected.json<Year>()
    expect(after.totals.cases).toBe(3)
    expect(after.history[0]).toMatchObject({
      ...{ kind: 'cases', before: 2, after: 3, reason: 'Bổ sung 01 vụ chuyển từ tháng 12' },
    })
    const audit = await world.context.deps.db
      .selectFrom('audit_log')
      .select(['action', 'reason', 'before', 'after'])
      .where('action', '=', 'crime_statistics.correct')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]?.reason).toBe('Bổ sung 01 vụ chuyển từ tháng 12')
    // The target moved with the correction: 8 solved of 11 cases in D1.
    expect(await target('D1', 'kham-pha-an')).toMatchObject({ numerator: 8, denominator: 11 })
    // A correction of the baseline year moves the year compared with it: D2 (25 − 21) / 25.
    const baseline = await enter(owner, 'D2', '2023-12', { social_order_cases: 25 }, 'Rà soát lại')
    expect(baseline.statusCode, baseline.body).toBe(200)
    expect(await target('D2', 'giam-toi-pham-trat-tu')).toMatchObject({
      ...{ numerator: 4, denominator: 25 },
    })
    // History is append-only.
    await expect(
      world.context.deps.db.deleteFrom('crime_statistic_history').execute(),
    ).rejects.toThrow()
  })

  it('round-trips the XLSX template: Vietnamese headers, row-numbered refusals, nothing written on error', async () => {
    const url = `${base('C1')}/template?year=2024`
    const download = await police.request({ method: 'GET', url })
    expect(download.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Số liệu tội phạm')
    if (!sheet) throw new Error('no sheet')
    expect(sheet.getCell('A2').value).toBe('Năm 2024')
    expect(sheet.getCell('B3').value).toBe('Đơn vị C1')
    expect(sheet.getCell('A5').value).toBe('Tháng')
    expect(sheet.getCell('B5').value).toBe('Tổng số vụ phạm tội phải điều tra (vụ)')
    expect(sheet.getCell('A6').value).toBe('01/2024')
    expect(sheet.getCell('B6').value).toBe(3) // January's corrected cases
    expect(sheet.getCell('B7').dataValidation).toMatchObject({
      type: 'whole',
      formulae: [0, 100_000],
    })
    expect(sheet.pageSetup.orientation).toBe('landscape')
    const send = async (dryRun: boolean) => {
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
      const body = multipart('so-lieu.xlsx', bytes, 'application/octet-stream')
      const response = await police.request({
        method: 'POST',
        url: `${base('C1')}/import?year=2024&dryRun=${dryRun}`,
        ...body,
      })
      expect(response.statusCode, response.body).toBe(200)
      return response.json<{
        ok: boolean
        changed: number
        errors: { row: number; message: string }[]
      }>()
    }
    // February (row 7): 4 cases, 5 solved — refused; January (row 6, locked) changed — refused.
    const column = (header: string) =>
      (sheet.getRow(5).values as unknown[]).findIndex((value) => value === header)
    const solvedColumn = column('Số vụ đã điều tra, khám phá (vụ)')
    sheet.getCell(7, 2).value = 4
    sheet.getCell(7, solvedColumn).value = 5
    sheet.getCell(6, 2).value = 9
    const refused = await send(false)
    expect(refused.ok).toBe(false)
    expect(refused.errors.map((error) => error.row)).toEqual([6, 7])
    expect(refused.errors[0]?.message).toContain('đã khóa sổ')
    expect(refused.errors[1]?.message).toContain('không được lớn hơn')
    const untouched = await readYear(police, 'C1', 2024)
    expect(untouched.months.find((each) => each.month === '2024-02')?.values).toEqual({})
    // Fixed: January as it was, February 4 cases of which 3 solved.
    sheet.getCell(6, 2).value = 3
    sheet.getCell(7, solvedColumn).value = 3
    expect(await send(true)).toMatchObject({ ok: true, changed: 1 })
    expect(await send(false)).toMatchObject({ ok: true, changed: 1 })
    const year = await readYear(police, 'C1', 2024)
    expect(year.months.find((each) => each.month === '2024-02')?.values).toEqual({
      cases: 4,
      cases_solved: 3,
    })
    // The district's target moved with the import: (8 + 3) solved of (11 + 4) cases.
    expect(await target('D1', 'kham-pha-an')).toMatchObject({ numerator: 11, denominator: 15 })
  })

  it('shows the records beside the figures a report still types, flagging a disagreement', async () => {
    const saved = await districtPolice.request({
      method: 'PUT',
      url: `/api/plans/${world.planId}/reports/${world.id('D1')}/2024`,
      payload: { figures: { 'crime.cases': 15, 'crime.cases_solved': 9 } },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const { recorded } = saved.json<{ recorded: Record<string, unknown> }>()
    expect(recorded['crime.cases']).toEqual({ recorded: 15, differs: false })
    expect(recorded['crime.cases_solved']).toEqual({ recorded: 11, differs: true })
    expect(recorded['crime.reports']).toEqual({ recorded: null, differs: false })
  })
})
