// Plan 000 (Bắc Quang 2024, issued by a district) on a small world: two communes, the kinds
// each target counts, the plan's exclusion (primary schools, kindergartens), TT 124's (small
// enterprises: out of every ANTT, movement and exemplary target, issue 10 S1), a residential
// area founded after the year, and two organisations without a report (S2).
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
  // No report: its register staff counts, its empty pupils count 0 (S2).
  unit('W2.TC2', 'organisation', 'W2', { staff: 12 }),
  // No report and no figure at all: "thiếu số liệu", never silently dropped (S2).
  unit('W2.TC3', 'organisation', 'W2'),
]
const YEAR = 2024
let world: World
let refused: { statusCode: number; body: string }
let refusedReport: { statusCode: number; body: string }
let refusedClasses: { statusCode: number; body: string }[]

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
  // W2.K2 never registered: recognised all the same, it is no "trong đó" unit (S3).
  await world.recogniseAntt(YEAR, 'W2.K2')
  const scores: Record<string, number> = {
    ...{ W1: 95, 'W1.K1': 92, 'W1.K2': 75, 'W1.K3': 40, 'W1.CQ': 60 },
    ...{ 'W1.DN': 91, 'W1.THCS': 80 },
    ...{ W2: 70, 'W2.K1': 50, 'W2.CQ': 90, 'W2.THPT': 50 },
  }
  for (const [code, score] of Object.entries(scores)) await world.classify(YEAR, code, score)
  // QĐ 510 classifies the bodies TT 124 covers: the small enterprise and the primary school get
  // no movement class (S1).
  refusedClasses = []
  for (const [code, setKey] of [
    ['W1.DNS', 'qd510-cqdncsgd'],
    ['W1.TH', 'qd510-cqdncsgd'],
  ] as const)
    refusedClasses.push(
      await world.request({
        method: 'PUT',
        url: `/api/units/${world.id(code)}/evaluations/movement/${YEAR}`,
        payload: { criteriaSetKey: setKey, selfScore: 90, reviewerScore: 90 },
      }),
    )
  await world.recogniseExemplary(YEAR, 'W1')
  await world.recogniseExemplary(YEAR, 'W2.THPT')
  // Read after the plan's year "năm 2024" ends (31/12/2024): every status is met or missed.
  await world.at('2025-01-10')
  await world.compute('2025-01-10')
}, 180_000)
afterAll(() => world.close())

describe('world 000 (Bắc Quang 2024)', () => {
  it('counts the units with no staff or pupils figure as missing data (S2)', async () => {
    const rows = await world.targets('W2')
    expect(rows.get('tuyen-truyen-can-bo')?.missingUnits).toBe(1)
    expect((await world.targets('W1')).get('tuyen-truyen-can-bo')?.missingUnits).toBe(0)
    expect((await world.targets('W034')).get('tuyen-truyen-can-bo')?.missingUnits).toBe(1)
    // a share of units has no total: nothing to miss
    expect(rows.get('dang-ky-antt')?.missingUnits).toBeNull()
  })

  it('refused to register the primary school and its report (plan VI.1)', () => {
    expect(refused.statusCode).toBe(400)
    expect(refused.body).toMatch(/VI\.1/)
    expect(refusedReport.statusCode).toBe(400)
    expect(refusedReport.body).toMatch(/Trường tiểu học không thuộc đối tượng .*VI\.1/)
  })

  it('refused a movement class to the small enterprise and the primary school (TT 124 Art. 2)', () => {
    expect(refusedClasses.map((response) => response.statusCode)).toEqual([400, 400])
    expect(refusedClasses[0]?.body).toMatch(/Doanh nghiệp nhỏ và siêu nhỏ không thuộc đối tượng/)
    expect(refusedClasses[1]?.body).toMatch(/Trường tiểu học, mầm non, nhà trẻ không thuộc/)
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
      // IV.2 "có đăng ký, trong đó có từ 95% trở lên được công nhận": of the 7 registered,
      // K1, K2, CQ, DN, THCS, W1 recognised: 6/7 < 95%
      'cong-nhan-antt': { numerator: 6, denominator: 7, value: 6 / 7, status: 'missed' },
      // IV.3 "Có 100% … được đánh giá, phân loại … từ Trung bình trở lên": the same 7 units
      // (the small enterprise out, S1); all but K3 (Yếu) ≥ Trung bình: 6/7
      'phan-loai-trung-binh': { numerator: 6, denominator: 7, value: 6 / 7, status: 'missed' },
      // IV.3 "trong đó có từ 30% trở lên … Xuất sắc": of the 7 classified, W1, K1, DN: 3/7
      'phan-loai-xuat-sac': { numerator: 3, denominator: 7, value: 3 / 7, status: 'met' },
      // K3 Yếu: 1 ≠ 0
      'khong-co-yeu': { numerator: 1, denominator: null, value: 1, status: 'missed' },
      // the one xã meets 19.2 and the enhanced 19.2
      'ntm-19-2': { numerator: 1, denominator: 1, value: 1, status: 'met' },
      'ntm-19-2-nang-cao': { numerator: 1, denominator: 1, value: 1, status: 'met' },
      // W1 1, CQ 1, DN 1, DNS 0, THCS 1 effective models: 4/5
      'mo-hinh-hieu-qua': { numerator: 4, denominator: 5, value: 0.8, status: 'missed' },
      // IV.6 "Có từ 30% đơn vị, địa bàn đăng ký": W1 and CQ of W1, CQ, DN, THCS (the small
      // enterprise is no exemplary candidate, S1): 2/4 ≥ 30%
      'dang-ky-dien-hinh': { numerator: 2, denominator: 4, value: 0.5, status: 'met' },
      // "và 20% phấn đấu đạt điển hình": W1 recognised exemplary: 1/4 ≥ 20%
      'dat-dien-hinh': { numerator: 1, denominator: 4, value: 0.25, status: 'met' },
    })
  })

  it('Thị trấn Bình: every target by hand', async () => {
    await expectTargets(world, 'W2', {
      // 400 of 500 households = 0.8 < 90%
      'tuyen-truyen-ho-dan': { numerator: 400, denominator: 500, value: 0.8, status: 'missed' },
      // CQ 15/15 + THPT (40+600)/(40+600) + TC 10/10 + TC2 0/(12 staff + empty pupils), no
      // report (S2); TC3 has no figure at all: 1 unit "thiếu số liệu" = 665/677
      'tuyen-truyen-can-bo': {
        numerator: 665,
        denominator: 677,
        value: 665 / 677,
        status: 'missed',
      },
      // W2, K1, K2, CQ, THPT (K3 founded 01/03/2025, after the year): 4 registered of 5
      'dang-ky-antt': { numerator: 4, denominator: 5, value: 0.8, status: 'missed' },
      // of the 4 registered (W2, K1, CQ, THPT), K1, CQ recognised: 2/4; K2 was recognised
      // but never registered, so it is in neither number
      'cong-nhan-antt': { numerator: 2, denominator: 4, value: 0.5, status: 'missed' },
      // W2 Khá, K1 TB, CQ XS, THPT TB; K2 unclassified: 4/5
      'phan-loai-trung-binh': { numerator: 4, denominator: 5, value: 0.8, status: 'missed' },
      // of the 4 classified (K2 unclassified), CQ: 1/4 < 30%
      'phan-loai-xuat-sac': { numerator: 1, denominator: 4, value: 0.25, status: 'missed' },
      // no Yếu
      'khong-co-yeu': { numerator: 0, denominator: null, value: 0, status: 'met' },
      // a thị trấn is outside the xã-only targets: they do not apply there
      'ntm-19-2': NOT_APPLICABLE,
      'ntm-19-2-nang-cao': NOT_APPLICABLE,
      // Each xã, cơ quan, trường maintains its own (ADR 019): CQ's two models are CQ's, not W2's;
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
      // (483+665)/(508+677)
      'tuyen-truyen-can-bo': {
        numerator: 1148,
        denominator: 1185,
        value: 1148 / 1185,
        status: 'missed',
      },
      // (7+4)/(7+5)
      'dang-ky-antt': { numerator: 11, denominator: 12, value: 11 / 12, status: 'missed' },
      // (6+2)/(7+4 registered)
      'cong-nhan-antt': { numerator: 8, denominator: 11, value: 8 / 11, status: 'missed' },
      // (6+4)/(7+5)
      'phan-loai-trung-binh': { numerator: 10, denominator: 12, value: 10 / 12, status: 'missed' },
      // (3+1)/(7+4 classified) = 0.3636 ≥ 30%
      'phan-loai-xuat-sac': { numerator: 4, denominator: 11, value: 4 / 11, status: 'met' },
      'khong-co-yeu': { numerator: 1, denominator: null, value: 1, status: 'missed' },
      'ntm-19-2': { numerator: 1, denominator: 1, value: 1, status: 'met' },
      'ntm-19-2-nang-cao': { numerator: 1, denominator: 1, value: 1, status: 'met' },
      // (4+1)/(5+3)
      'mo-hinh-hieu-qua': { numerator: 5, denominator: 8, value: 0.625, status: 'missed' },
      // (2+1)/(4+3)
      'dang-ky-dien-hinh': { numerator: 3, denominator: 7, value: 3 / 7, status: 'met' },
      // (1+1)/(4+3)
      'dat-dien-hinh': { numerator: 2, denominator: 7, value: 2 / 7, status: 'met' },
    })
  })
})
