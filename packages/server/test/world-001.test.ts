// Plan 001 (Quảng Trị, exemplary units, yearly from 2023) on a small world in 2024, read on
// 10/12/2024 before the plan's year ends (31/12; "hàng năm" is the calendar year, NĐ 09's 14/12
// only cuts off reports): a goal not reached yet is "at risk" (the expectation has grown to
// 345/366 of the threshold), one reached is "met". Candidates are
// the units registered to build an exemplary unit; a commune made exemplary in 2022 must keep
// it. Each district's agency, enterprise or school must be one the district manages ("thuộc
// cấp huyện quản lý", `managedBy: level`): a commune's own school does not count, a school in a
// phường that the district manages does. Checked by hand at the province, each district and
// each commune.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recomputeChain } from '../src/features/targets/targets.incremental'
import { signIn } from './harness'
import { importFile, toCsv } from './helpers'
import {
  createWorld,
  expectTargets,
  NOT_APPLICABLE as na,
  unit,
  type Expected,
  type UnitSpec,
  type World,
} from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('P45', 'province'),
  unit('P45.CQ', 'agency', 'P45', { staff: 80 }),
  unit('D1', 'district', 'P45'),
  unit('D1.CQ', 'agency', 'D1', { staff: 30 }),
  unit('C1', 'commune', 'D1', { subtype: 'xa' }),
  unit('C1.TH', 'school', 'C1', { level: 'lower_secondary', staff: 25, pupils: 400 }),
  unit('C2', 'commune', 'D1', { subtype: 'phuong' }),
  unit('C2.THCS', 'school', 'C2', { level: 'lower_secondary', staff: 35, pupils: 500 }),
  unit('D2', 'district', 'P45'),
  unit('D2.DN', 'enterprise', 'D2', { size: 'medium', staff: 60 }),
  unit('C3', 'commune', 'D2', { subtype: 'xa' }),
  unit('C3.TH', 'school', 'C3', { level: 'lower_secondary', staff: 20, pupils: 300 }),
  unit('C3.CQ', 'agency', 'C3', { staff: 10 }),
  unit('C4', 'commune', 'D2', { subtype: 'thi_tran' }),
]
const YEAR = 2024
let world: World

beforeAll(async () => {
  world = await createWorld({
    seedFile: '001-quang-tri-dien-hinh.yaml',
    issuerCode: 'P45',
    units: UNITS,
    start: '2024-03-01',
  })
  // C2.THCS lies in phường C2 but the district manages it (as district education offices do
  // lower secondary schools): the same row again, with its managing unit.
  const thcs = {
    ...{ code: 'C2.THCS', name: 'Đơn vị C2.THCS', kind: 'school', parent_code: 'C2' },
    ...{ managing_code: 'D1', school_level: 'lower_secondary', staff: 35, pupils: 500 },
  }
  // C3.CQ lies in C3 (district D2) but district D1 manages it: "thuộc cấp huyện quản lý" is
  // each district's own units, so it is D2's no more than D1's (GLOSSARY, ADR 008).
  const foreign = {
    ...{ code: 'C3.CQ', name: 'Đơn vị C3.CQ', kind: 'agency', parent_code: 'C3' },
    ...{ managing_code: 'D1', school_level: '', staff: 10, pupils: '' },
  }
  const admin = await signIn(world.context.app, 'admin')
  const content = toCsv(Object.keys(thcs), [thcs, foreign])
  const managed = await importFile(admin, { fileName: 'thcs.csv', content, version: 'legacy' })
  expect(managed.result, JSON.stringify(managed.result)).toMatchObject({ ok: true, updated: 2 })
  // C1.TH (C1's own school) registers too: it must not count for its district.
  const candidates = ['P45.CQ', 'D1.CQ', 'C1.TH', 'C2.THCS', 'C3.CQ', 'C1', 'C2', 'C3']
  await world.register(YEAR, candidates, {
    strivesForAntt: false,
    buildsExemplary: true,
  })
  // The plan's own yearly report (IV.1: "báo cáo kết quả thực hiện hàng năm (trước ngày
  // 25/10)"), period 2024-R2, is sent before its date.
  await world.at('2024-10-20')
  const commune = (recognised2022: boolean) => ({
    ...{ 'prior_year.antt_recognized': true, 'prior_year.movement_class': 'kha' },
    ...{ 'exemplary.recognized_2022': recognised2022 },
    ...{ 'exemplary.criteria_met': 30, 'exemplary.criteria_total': 34 },
  })
  for (const [code, in2022] of [
    ['C1', true],
    ['C2', false],
    ['C3', true],
    ['C4', false],
  ] as const)
    await world.report('2024-R2', code, commune(in2022))
  await world.recogniseExemplary(YEAR, 'C1')
  await world.at('2024-12-10')
  await world.compute('2024-12-10')
}, 180_000)
afterAll(() => world.close())

const met = 'met'
const atRisk = 'at_risk'
const noData: Expected = { numerator: null, denominator: null, value: null, status: 'no_data' }
const count = (numerator: number, status: string): Expected => ({
  ...{ numerator, denominator: null, value: numerator, status },
})
const share = (numerator: number, denominator: number, status: string): Expected => ({
  ...{ numerator, denominator, value: denominator === 0 ? null : numerator / denominator, status },
})

// II.2.1 "Mỗi năm lựa chọn ít nhất 01 xã, 01 phường/thị trấn và 01 cơ quan …" is each
// district's obligation (per: district): a commune only contributes to it, its status "Không
// áp dụng", its count kept (issue 10 S4).
const part = (numerator: number): Expected => ({
  ...{ numerator, denominator: null, value: numerator, status: 'not_applicable' },
})

describe('world 001 (Quảng Trị, 2024)', () => {
  // A target does not apply where no unit of its scope lies: the province's own agencies at
  // every district and commune, a xã target at a phường, an agency target without agencies.
  it('communes: every target by hand', async () => {
    await expectTargets(world, 'C1', {
      'chon-cq-cap-tinh': na, // only the province's own agencies
      'chon-xa-moi-huyen': part(1),
      'chon-phuong-moi-huyen': na, // a xã
      'chon-cq-moi-huyen': na, // C1.TH registered, but C1 manages it, not the district
      'duy-tri-dien-hinh-2022': share(1, 1, met), // exemplary in 2022 and again in 2024
    })
    await expectTargets(world, 'C2', {
      'chon-cq-cap-tinh': na,
      'chon-xa-moi-huyen': na, // a phường
      'chon-phuong-moi-huyen': part(1),
      'chon-cq-moi-huyen': part(1), // C2.THCS: in C2, managed by D1, registered
      'duy-tri-dien-hinh-2022': na, // not exemplary in 2022: nothing to keep
    })
    await expectTargets(world, 'C3', {
      'chon-cq-cap-tinh': na,
      'chon-xa-moi-huyen': part(1),
      'chon-phuong-moi-huyen': na,
      'chon-cq-moi-huyen': na, // C3.TH is C3's own school
      'duy-tri-dien-hinh-2022': share(0, 1, atRisk), // exemplary in 2022, not yet renewed
    })
    await expectTargets(world, 'C4', {
      'chon-cq-cap-tinh': na,
      'chon-xa-moi-huyen': na, // a thị trấn
      // a thị trấn with no registration: its contribution is no data (issue 10 S6), not 0
      'chon-phuong-moi-huyen': na,
      'chon-cq-moi-huyen': na,
      'duy-tri-dien-hinh-2022': na,
    })
  })

  it('districts: each must pick a xã, a phường/thị trấn and an agency, by hand', async () => {
    await expectTargets(world, 'D1', {
      'chon-cq-cap-tinh': na, // D1.CQ is the district's, not the province's
      'chon-xa-moi-huyen': count(1, met), // C1
      'chon-phuong-moi-huyen': count(1, met), // C2
      // D1.CQ and C2.THCS (managed by D1); C1.TH registered too but C1 manages it (3 on
      // `managedBy: territory`)
      'chon-cq-moi-huyen': count(2, met),
      'duy-tri-dien-hinh-2022': share(1, 1, met), // C1 of C1
    })
    await expectTargets(world, 'D2', {
      'chon-cq-cap-tinh': na,
      'chon-xa-moi-huyen': count(1, met), // C3
      // No registration of C4 (D2's only thị trấn) nor of D2.DN (C3.TH is C3's; C3.CQ, registered,
      // is managed by D1, another district): nothing recorded to count, "Chưa có số liệu" (S6)
      'chon-phuong-moi-huyen': noData,
      'chon-cq-moi-huyen': noData,
      'duy-tri-dien-hinh-2022': share(0, 1, atRisk), // C3 of C3
    })
  })

  // At the province, `managedBy: issuer` counts the province's own agencies only (P45.CQ, not
  // D1.CQ), and a `per: district` target counts the districts meeting it over the districts:
  // met only when every district is.
  it('the province: its own agencies, and the districts meeting each per-district target', async () => {
    await expectTargets(world, 'P45', {
      'chon-cq-cap-tinh': count(1, met), // P45.CQ registered
      'chon-xa-moi-huyen': share(2, 2, met), // D1 (C1) and D2 (C3)
      'chon-phuong-moi-huyen': share(1, 2, atRisk), // D1 (C2); D2's thị trấn C4 did not register
      'chon-cq-moi-huyen': share(1, 2, atRisk), // D1 (D1.CQ, C2.THCS); D2.DN did not register
      'duy-tri-dien-hinh-2022': share(1, 2, atRisk), // C1 of C1, C3
    })
  })

  it('redoes the province from its districts after a write in one commune', async () => {
    const perTargets = ['chon-xa-moi-huyen', 'chon-phuong-moi-huyen', 'chon-cq-moi-huyen']
    await world.context.deps.db
      .deleteFrom('target_values')
      .where('plan_id', '=', world.planId)
      .where('scope_unit_id', '=', world.id('P45'))
      .where('target_id', 'in', perTargets)
      .execute()
    // C4's chain is P45, D2, C4: D1's values are read as stored, D2's computed afresh.
    const c4 = await world.context.deps.db
      .selectFrom('units')
      .select('path')
      .where('id', '=', world.id('C4'))
      .executeTakeFirstOrThrow()
    await recomputeChain(world.context.deps, world.planId, c4.path, YEAR, '2024-12-10')
    const stored = await world.context.deps.db
      .selectFrom('target_values')
      .select(['target_id', 'numerator', 'denominator', 'status'])
      .where('plan_id', '=', world.planId)
      .where('period_id', '=', String(YEAR))
      .where('scope_unit_id', '=', world.id('P45'))
      .where('target_id', 'in', perTargets)
      .orderBy('target_id')
      .execute()
    expect(
      stored.map((row) => [row.target_id, row.numerator, row.denominator, row.status]),
    ).toEqual([
      ['chon-cq-moi-huyen', 1, 2, 'at_risk'],
      ['chon-phuong-moi-huyen', 1, 2, 'at_risk'],
      ['chon-xa-moi-huyen', 2, 2, 'met'],
    ])
  })

  it('recomputes last year after a December decision on it (year 2025 holds today)', async () => {
    await world.at('2024-12-20')
    await world.recogniseExemplary(YEAR, 'C3')
    const stored = async (code: string) =>
      world.context.deps.db
        .selectFrom('target_values')
        .select(['numerator', 'denominator'])
        .where('plan_id', '=', world.planId)
        .where('target_id', '=', 'duy-tri-dien-hinh-2022')
        .where('period_id', '=', '2024')
        .where('scope_unit_id', '=', world.id(code))
        .executeTakeFirstOrThrow()
    // C3 renewed: 1/1 at C3 and D2; C1 and C3 of C1, C3 at the province
    expect(await stored('C3')).toEqual({ numerator: 1, denominator: 1 })
    expect(await stored('D2')).toEqual({ numerator: 1, denominator: 1 })
    expect(await stored('P45')).toEqual({ numerator: 2, denominator: 2 })
  })
})
