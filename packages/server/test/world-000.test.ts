// Plan 000 (Bắc Quang 2024, issued by a district) on a small world: two communes, the kinds
// each target counts, the plan's exclusion (primary schools, kindergartens), TT 124's (small
// enterprises, for the ANTT targets only) and a residential area founded after the year.
// Every target at the district and at each commune is checked against numbers done by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createWorld,
  expectTargets,
  NOT_APPLICABLE,
  unit,
  type UnitSpec,
  type World,
} from './world-fixture'

const KDC = 'residential_area'
const UNITS: UnitSpec[] = [
  unit('W02', 'province'),
  unit('W034', 'district', 'W02'),
  unit('W1', 'commune', 'W034', { subtype: 'xa', households: 1000 }),
  ...['K1', 'K2', 'K3'].map((k) => unit(`W1.${k}`, KDC, 'W1')),
  unit('W1.CQ', 'agency', 'W1', { staff: 20 }),
  unit('W1.DN', 'enterprise', 'W1', { size: 'medium', staff: 50 }),
  unit('W1.DNS', 'enterprise', 'W1', { size: 'small', staff: 8 }),
  unit('W1.THCS', 'school', 'W1', { level: 'lower_secondary', staff: 30, pupils: 400 }),
  unit('W1.TH', 'school', 'W1', { level: 'primary', staff: 25, pupils: 300 }),
  unit('W1.MN', 'school', 'W1', { level: 'kindergarten', staff: 12, pupils: 150 }),
  unit('W2', 'commune', 'W034', { subtype: 'thi_tran', households: 500 }),
  ...['K1', 'K2'].map((k) => unit(`W2.${k}`, KDC, 'W2')),
  unit('W2.K3', KDC, 'W2', { validFrom: '01/03/2025' }),
  unit('W2.CQ', 'agency', 'W2', { staff: 15 }),
  unit('W2.THPT', 'school', 'W2', { level: 'upper_secondary', staff: 40, pupils: 600 }),
  unit('W2.TC', 'organisation', 'W2', { staff: 10 }),
]
const YEAR = 2024
let world: World
let refused: { statusCode: number; body: string }
let refusedReport: { statusCode: number; body: string }

beforeAll(async () => {
  world = await createWorld({
    seedFile: '000-bac-quang-2024.yaml',
    issuerCode: 'W034',
    units: UNITS,
    start: '2024-03-01',
  })
  // Registration, before the 20/4/2024 deadline; the primary school may not (plan VI.1).
  refused = await world.request({
    method: 'PUT',
    url: `/api/plans/${world.planId}/registrations`,
    payload: { year: YEAR, items: [{ unitId: world.id('W1.TH'), pledge: { takePart: true } }] },
  })
  await world.register(YEAR, ['W1.K1', 'W1.K2', 'W1.K3', 'W1.DN', 'W1.THCS'])
  await world.register(YEAR, ['W1', 'W1.CQ'], { buildsExemplary: true })
  await world.register(YEAR, ['W1.DNS'], { strivesForAntt: false })
  await world.register(YEAR, ['W2', 'W2.K1', 'W2.CQ'])
  await world.register(YEAR, ['W2.THPT'], { buildsExemplary: true })
  // Yearly reports, before the year's cut-off (14/12/2024).
  await world.at('2024-12-01')
  const commune = { 'models.count': 2, 'ntm.indicator_19_2': true }
  await world.report('2024', 'W1', {
    ...{ ...commune, 'unit.households': 1000, 'propaganda.households_reached': 950 },
    ...{ 'models.effective': 1, 'ntm.indicator_19_2_enhanced': true },
  })
  await world.report('2024', 'W2', {
    ...{ ...commune, 'unit.households': 500, 'propaganda.households_reached': 400 },
    ...{ 'models.effective': 0, 'ntm.indicator_19_2_enhanced': false },
  })
  const people = (staff: number, reached: number, pupils = 0, pupilsReached = 0) => ({
    ...{ 'unit.staff': staff, 'propaganda.staff_reached': reached },
    ...{ 'unit.pupils': pupils, 'propaganda.pupils_reached': pupilsReached },
  })
  const models = (count: number, effective: number) => ({
    ...{ 'models.count': count, 'models.effective': effective },
  })
  await world.report('2024', 'W1.CQ', { ...people(20, 20), ...models(1, 1) })
  await world.report('2024', 'W1.DN', { ...people(50, 45), ...models(1, 1) })
  await world.report('2024', 'W1.DNS', { ...people(8, 8), ...models(0, 0) })
  await world.report('2024', 'W1.THCS', { ...people(30, 30, 400, 380), ...models(1, 1) })
  // The primary school reports nothing either (plan VI.1 keeps it out of the campaign).
  refusedReport = await world.request({
    method: 'PUT',
    url: `/api/plans/${world.planId}/reports/${world.id('W1.TH')}/2024`,
    payload: { figures: { ...people(25, 0, 300, 0), ...models(0, 0) } },
  })
  await world.report('2024', 'W2.CQ', { ...people(15, 15), ...models(2, 2) })
  await world.report('2024', 'W2.THPT', { ...people(40, 40, 600, 600), ...models(1, 0) })
  await world.report('2024', 'W2.TC', people(10, 10))
  // ANTT: sub-units first, so the commune's criterion 4 (100% registered, ≥70% recognised:
  // 5 of 6 in Xã An) holds when the commune itself is decided.
  for (const code of ['W1.K1', 'W1.K2', 'W1.CQ', 'W1.DN', 'W1.THCS', 'W1', 'W2.K1', 'W2.CQ'])
    await world.recogniseAntt(YEAR, code)
  const scores: Record<string, number> = {
    ...{ W1: 95, 'W1.K1': 92, 'W1.K2': 75, 'W1.K3': 40, 'W1.CQ': 60 },
    ...{ 'W1.DN': 91, 'W1.DNS': 55, 'W1.THCS': 80, 'W1.TH': 95 },
    ...{ W2: 70, 'W2.K1': 50, 'W2.CQ': 90, 'W2.THPT': 50 },
  }
  for (const [code, score] of Object.entries(scores)) await world.classify(YEAR, code, score)
  await world.recogniseExemplary(YEAR, 'W1')
  await world.recogniseExemplary(YEAR, 'W2.THPT')
  // Read after the plan's year "năm 2024" ends (31/12/2024): every status is met or missed.
  await world.at('2025-01-10')
  await world.compute('2025-01-10')
}, 180_000)
afterAll(() => world.close())

describe('world 000 (Bắc Quang 2024)', () => {
  it('refused to register the primary school and its report (plan VI.1)', () => {
    expect(refused.statusCode).toBe(400)
    expect(refused.body).toMatch(/VI\.1/)
    expect(refusedReport.statusCode).toBe(400)
    expect(refusedReport.body).toMatch(/Trường tiểu học không thuộc đối tượng .*VI\.1/)
  })

  it('Xã An: every target by hand', async () => {
    await expectTargets(world, 'W1', {
      // 950 of 1000 households = 0.95 ≥ 90%
      'tuyen-truyen-ho-dan': { numerator: 950, denominator: 1000, value: 0.95, status: 'met' },
      // CQ 20/20 + DN 45/50 + DNS 8/8 + THCS (30+380)/(30+400); primary and kindergarten out:
      // 483/508 ≠ 100%
      'tuyen-truyen-can-bo': {
        numerator: 483,
        denominator: 508,
        value: 483 / 508,
        status: 'missed',
      },
      // W1, K1–K3, CQ, DN, THCS (small enterprise out under TT 124): all 7 registered
      'dang-ky-antt': { numerator: 7, denominator: 7, value: 1, status: 'met' },
      // K1, K2, CQ, DN, THCS, W1 recognised: 6/7 < 95%
      'cong-nhan-antt': { numerator: 6, denominator: 7, value: 6 / 7, status: 'missed' },
      // 8 units (the small enterprise counts here); all but K3 (Yếu) ≥ Trung bình: 7/8
      'phan-loai-trung-binh': { numerator: 7, denominator: 8, value: 0.875, status: 'missed' },
      // W1, K1, DN Xuất sắc: 3/8 = 0.375 ≥ 30%
      'phan-loai-xuat-sac': { numerator: 3, denominator: 8, value: 0.375, status: 'met' },
      // K3 Yếu: 1 ≠ 0
      'khong-co-yeu': { numerator: 1, denominator: null, value: 1, status: 'missed' },
      // the one xã meets 19.2 and the enhanced 19.2
      'ntm-19-2': { numerator: 1, denominator: 1, value: 1, status: 'met' },
      'ntm-19-2-nang-cao': { numerator: 1, denominator: 1, value: 1, status: 'met' },
      // W1 1, CQ 1, DN 1, DNS 0, THCS 1 effective models: 4/5
      'mo-hinh-hieu-qua': { numerator: 4, denominator: 5, value: 0.8, status: 'missed' },
      // W1 and CQ registered exemplary of W1, CQ, DN, DNS, THCS: 2/5 ≥ 30%
      'dang-ky-dien-hinh': { numerator: 2, denominator: 5, value: 0.4, status: 'met' },
      // W1 recognised exemplary: 1/5 = 20% ≥ 20%
      'dat-dien-hinh': { numerator: 1, denominator: 5, value: 0.2, status: 'met' },
    })
  })

  it('Thị trấn Bình: every target by hand', async () => {
    await expectTargets(world, 'W2', {
      // 400 of 500 households = 0.8 < 90%
      'tuyen-truyen-ho-dan': { numerator: 400, denominator: 500, value: 0.8, status: 'missed' },
      // CQ 15/15 + THPT (40+600)/(40+600) + TC 10/10 = 665/665
      'tuyen-truyen-can-bo': { numerator: 665, denominator: 665, value: 1, status: 'met' },
      // W2, K1, K2, CQ, THPT (K3 founded 01/03/2025, after the year): 4 registered of 5
      'dang-ky-antt': { numerator: 4, denominator: 5, value: 0.8, status: 'missed' },
      // K1, CQ recognised: 2/5
      'cong-nhan-antt': { numerator: 2, denominator: 5, value: 0.4, status: 'missed' },
      // W2 Khá, K1 TB, CQ XS, THPT TB; K2 unclassified: 4/5
      'phan-loai-trung-binh': { numerator: 4, denominator: 5, value: 0.8, status: 'missed' },
      // CQ: 1/5 < 30%
      'phan-loai-xuat-sac': { numerator: 1, denominator: 5, value: 0.2, status: 'missed' },
      // no Yếu
      'khong-co-yeu': { numerator: 0, denominator: null, value: 0, status: 'met' },
      // a thị trấn is outside the xã-only targets: they do not apply there
      'ntm-19-2': NOT_APPLICABLE,
      'ntm-19-2-nang-cao': NOT_APPLICABLE,
      // W2 0, CQ 2, THPT 0 effective: 1/3
      'mo-hinh-hieu-qua': { numerator: 1, denominator: 3, value: 1 / 3, status: 'missed' },
      // THPT of W2, CQ, THPT: 1/3 ≥ 30%
      'dang-ky-dien-hinh': { numerator: 1, denominator: 3, value: 1 / 3, status: 'met' },
      'dat-dien-hinh': { numerator: 1, denominator: 3, value: 1 / 3, status: 'met' },
    })
  })

  it('the district: every target by hand (the communes added up)', async () => {
    await expectTargets(world, 'W034', {
      // (950+400)/(1000+500) = 0.9 ≥ 90%
      'tuyen-truyen-ho-dan': { numerator: 1350, denominator: 1500, value: 0.9, status: 'met' },
      // (483+665)/(508+665)
      'tuyen-truyen-can-bo': {
        numerator: 1148,
        denominator: 1173,
        value: 1148 / 1173,
        status: 'missed',
      },
      // (7+4)/(7+5)
      'dang-ky-antt': { numerator: 11, denominator: 12, value: 11 / 12, status: 'missed' },
      // (6+2)/(7+5)
      'cong-nhan-antt': { numerator: 8, denominator: 12, value: 8 / 12, status: 'missed' },
      // (7+4)/(8+5)
      'phan-loai-trung-binh': { numerator: 11, denominator: 13, value: 11 / 13, status: 'missed' },
      // (3+1)/13 = 0.3077 ≥ 30%
      'phan-loai-xuat-sac': { numerator: 4, denominator: 13, value: 4 / 13, status: 'met' },
      'khong-co-yeu': { numerator: 1, denominator: null, value: 1, status: 'missed' },
      'ntm-19-2': { numerator: 1, denominator: 1, value: 1, status: 'met' },
      'ntm-19-2-nang-cao': { numerator: 1, denominator: 1, value: 1, status: 'met' },
      // (4+1)/(5+3)
      'mo-hinh-hieu-qua': { numerator: 5, denominator: 8, value: 0.625, status: 'missed' },
      // (2+1)/8 = 0.375
      'dang-ky-dien-hinh': { numerator: 3, denominator: 8, value: 0.375, status: 'met' },
      // (1+1)/8 = 0.25
      'dat-dien-hinh': { numerator: 2, denominator: 8, value: 0.25, status: 'met' },
    })
  })
})
