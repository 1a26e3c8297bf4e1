// Every write path the targets read recomputes the year it wrote (targets-recompute.ts): after
// each write through the HTTP API, the stored values of that year equal a full recompute of it,
// and the year holding today is left alone. Plan 001 (Quảng Trị, yearly from 2023) on a small
// world, every write for 2024. Registrations (by 30/3) and reports (plan 001's own 2024-R2, by
// 25/10) are written in their windows; evaluations and recognitions on 20/12/2024, after
// NĐ 09's cut-off (15/12) — where recomputing "the current year" would refresh the wrong one —
// the recognition under an audited extension of plan 001's 25/10 recognition deadline.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computePlanTargets } from '../src/features/targets/targets.compute'
import { multipart } from './helpers'
import { createWorld, unit, type UnitSpec, type World } from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('P45', 'province'),
  unit('P45.CQ', 'agency', 'P45', { staff: 80 }),
  unit('D1', 'district', 'P45'),
  unit('D1.CQ', 'agency', 'D1', { staff: 30 }),
  unit('C1', 'commune', 'D1', { subtype: 'xa' }),
  unit('C1.TH', 'school', 'C1', { level: 'lower_secondary', staff: 25, pupils: 400 }),
  unit('C2', 'commune', 'D1', { subtype: 'phuong' }),
  unit('D2', 'district', 'P45'),
  unit('C3', 'commune', 'D2', { subtype: 'xa' }),
]
const YEAR = 2024
let world: World

type Row = { target_id: string; scope_unit_id: number; numerator: number | null }
type Stored = Row & { denominator: number | null; value: number | null; status: string | null }

const readYear = (year: number): Promise<Stored[]> =>
  world.context.deps.db
    .selectFrom('target_values')
    .select(['target_id', 'scope_unit_id', 'numerator', 'denominator', 'value', 'status'])
    .where('plan_id', '=', world.planId)
    .where('period_id', '=', String(year))
    .orderBy('target_id')
    .orderBy('scope_unit_id')
    .execute()

/** Stored values of `year` before and after `write`; after it they equal a full recompute. */
async function expectRecomputed(write: () => Promise<void>) {
  const before = await readYear(YEAR)
  await write()
  const stored = await readYear(YEAR)
  await computePlanTargets(world.context.deps, world.planId, { year: YEAR })
  expect(stored).toEqual(await readYear(YEAR))
  // Today's campaign year (2025) was neither computed nor touched by a 2024 write.
  expect(await readYear(YEAR + 1)).toEqual([])
  return { before, stored }
}

/** Move the clock and recompute the year, so every stored status is judged on the new today. */
async function at(date: string) {
  await world.at(date)
  await computePlanTargets(world.context.deps, world.planId, { year: YEAR })
}

const changed = (before: Stored[], after: Stored[]) =>
  after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i])).length

/** Last year's ANTT and "Khá" (plan 001's candidate rule), written as fixture data. */
async function priorYear(code: string) {
  const { path } = await world.context.deps.db
    .selectFrom('units')
    .select('path')
    .where('id', '=', world.id(code))
    .executeTakeFirstOrThrow()
  const base = { unit_id: world.id(code), unit_path: path, evaluation_year: YEAR - 1 }
  await world.context.deps.db
    .insertInto('evaluations')
    .values([
      {
        ...base,
        kind: 'antt',
        result: 'dat',
        decision_number: '9/QĐ',
        decision_date: '2023-11-20',
      },
      { ...base, kind: 'movement', result: 'kha' },
    ])
    .execute()
}

beforeAll(async () => {
  world = await createWorld({
    seedFile: '001-quang-tri-dien-hinh.yaml',
    issuerCode: 'P45',
    units: UNITS,
    start: '2024-03-01',
  })
  await at('2024-03-01')
}, 180_000)
afterAll(() => world.close())

describe('each write path recomputes the year it wrote', () => {
  it('registration (PUT /registrations, year 2024)', async () => {
    const { before, stored } = await expectRecomputed(() =>
      world.register(YEAR, ['C1', 'C3', 'D1.CQ'], { strivesForAntt: true, buildsExemplary: true }),
    )
    expect(changed(before, stored)).toBeGreaterThan(0)
  })

  it('registration import (XLSX, year 2024)', async () => {
    const url = `/api/plans/${world.planId}/registrations`
    const template = await world.request({ method: 'GET', url: `${url}/template?year=${YEAR}` })
    expect(template.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    // Every unit of the form takes part (column D), C2 among them (not registered before),
    // and builds an exemplary unit (column F: the pledge plan 001's counts read). The units'
    // rows follow the header ("Mã đơn vị") and its hidden key row, down to "Tổng cộng".
    let header = 0
    sheet.eachRow((row, r) => {
      if (!header && row.getCell(1).text === 'Mã đơn vị') header = r
    })
    for (let r = header + 2; r <= sheet.rowCount; r++) {
      if (sheet.getCell(r, 1).text === 'Tổng cộng') continue
      sheet.getCell(r, 4).value = 'x'
      sheet.getCell(r, 6).value = 'x'
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const { before, stored } = await expectRecomputed(async () => {
      const response = await world.request({
        method: 'POST',
        url: `${url}/import?year=${YEAR}&dryRun=false`,
        ...multipart('dang-ky.xlsx', bytes, 'application/octet-stream'),
      })
      expect(response.statusCode, response.body).toBe(200)
    })
    expect(changed(before, stored)).toBeGreaterThan(0)
  })

  it('report (plan 001’s year-result report 2024-R2 saved and submitted)', async () => {
    await at('2024-10-01')
    const figures = {
      ...{ 'prior_year.antt_recognized': true, 'prior_year.movement_class': 'kha' },
      ...{ 'exemplary.recognized_2022': true },
      ...{ 'exemplary.criteria_met': 30, 'exemplary.criteria_total': 34 },
    }
    // C1 and C3 were exemplary in 2022: they enter duy-tri-dien-hinh-2022's population.
    const { before, stored } = await expectRecomputed(async () => {
      await world.report('2024-R2', 'C3', figures)
      await world.report('2024-R2', 'C1', figures)
    })
    expect(changed(before, stored)).toBeGreaterThan(0)
  })

  it('report import (XLSX of period 2024-R2: a draft, which the targets do not read)', async () => {
    const url = `/api/plans/${world.planId}/reports`
    const exported = await world.request({ method: 'GET', url: `${url}/export?periodId=2024-R2` })
    expect(exported.statusCode, exported.body).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer)
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    await expectRecomputed(async () => {
      const response = await world.request({
        method: 'POST',
        url: `${url}/import?periodId=2024-R2&dryRun=false`,
        ...multipart('bao-cao.xlsx', bytes, 'application/octet-stream'),
      })
      // An export read back unchanged is accepted (nothing to change) or refused as empty:
      // either way no submitted figure moved, and the stored year still equals a recompute.
      expect([200, 422], response.body).toContain(response.statusCode)
    })
  })

  it('evaluation (PUT /units/:id/evaluations/exemplary/2024 with its decision)', async () => {
    await at('2024-12-20')
    const { before, stored } = await expectRecomputed(() => world.recogniseExemplary(YEAR, 'C3'))
    expect(changed(before, stored)).toBeGreaterThan(0)
  })

  it('recognition (recognise: the evaluation of the recognition’s year, 2024)', async () => {
    await priorYear('C1')
    const extended = await world.request({
      method: 'POST',
      url: '/api/recognitions/extensions',
      payload: {
        ...{ planId: world.planId, year: YEAR, unitIds: [world.id('C1')], until: '2024-12-31' },
        reason: 'Chờ kết quả thẩm tra thực tế của huyện',
      },
    })
    expect(extended.statusCode, extended.body).toBe(200)
    const proposed = await world.request({
      method: 'POST',
      url: '/api/recognitions',
      payload: { unitId: world.id('C1'), kind: 'exemplary', year: YEAR, planId: world.planId },
    })
    expect(proposed.statusCode, proposed.body).toBe(200)
    let recognition = proposed.json<{ id: number; rowVersion: number }>()
    const act = async (payload: object) => {
      const url = `/api/recognitions/${recognition.id}/actions`
      const response = await world.request({ method: 'POST', url, payload })
      expect(response.statusCode, response.body).toBe(200)
      recognition = response.json<{ id: number; rowVersion: number }>()
    }
    await act({ action: 'evaluate', criteriaMet: 34, criteriaTotal: 34, rowVersion: 1 })
    const { before, stored } = await expectRecomputed(() =>
      act({ action: 'recognise', date: '2024-12-20', rowVersion: recognition.rowVersion }),
    )
    expect(changed(before, stored)).toBeGreaterThan(0)
  })
})
