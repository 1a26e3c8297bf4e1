// Plan 004 (Đồng Tháp 2024, issued by a province) on a small world of three levels: two
// districts, a xã and two phường, a provincial agency directly under the province (counted at
// the province only) and the TT 124 exclusions (a primary school, a micro enterprise, an
// armed-forces unit) which leave every ANTT, movement and exemplary target (QĐ 510 classifies
// the bodies TT 124 covers, issue 10 S1) but stay in the propaganda and model targets, since
// plan 004 names no exclusion of its own. Every target at every scope is checked by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createWorld,
  expectTargets,
  NOT_APPLICABLE,
  unit,
  type Expected,
  type UnitSpec,
  type World,
} from './world-fixture'

const KDC = 'residential_area'
const UNITS: UnitSpec[] = [
  unit('P87', 'province'),
  unit('P87.CQ', 'agency', 'P87', { staff: 50 }),
  unit('D1', 'district', 'P87'),
  unit('D1.CQ', 'agency', 'D1', { staff: 25 }),
  unit('C1', 'commune', 'D1', { subtype: 'xa', households: 800 }),
  unit('C1.A1', KDC, 'C1'),
  unit('C1.A2', KDC, 'C1'),
  unit('C1.TH', 'school', 'C1', { level: 'primary', staff: 20, pupils: 300 }),
  unit('C2', 'commune', 'D1', { subtype: 'phuong', households: 600 }),
  unit('C2.A1', KDC, 'C2'),
  unit('C2.DN', 'enterprise', 'C2', { size: 'large', staff: 100 }),
  unit('C2.DNM', 'enterprise', 'C2', { size: 'micro', staff: 5 }),
  unit('D2', 'district', 'P87'),
  unit('C3', 'commune', 'D2', { subtype: 'phuong', households: 400 }),
  unit('C3.A1', KDC, 'C3'),
  unit('C3.A2', KDC, 'C3'),
  unit('C3.CQ', 'agency', 'C3', { subtype: 'armed_forces', staff: 30 }),
]
const YEAR = 2024
let world: World
let refusedClasses: number[] = []

const people = (staff: number, reached: number, pupils = 0, pupilsReached = 0) => ({
  ...{ 'unit.staff': staff, 'propaganda.staff_reached': reached },
  ...{ 'unit.pupils': pupils, 'propaganda.pupils_reached': pupilsReached },
})
const models = (count: number, effective: number) => ({
  ...{ 'models.count': count, 'models.effective': effective },
})
const commune = (households: number, reached: number, ntm: boolean, wardPolice: boolean) => ({
  ...{ 'unit.households': households, 'propaganda.households_reached': reached },
  ...{ 'ntm.indicator_19_2': ntm, 'ward_police.model_standard': wardPolice },
})

beforeAll(async () => {
  world = await createWorld({
    seedFile: '004-dong-thap-2024.yaml',
    issuerCode: 'P87',
    units: UNITS,
    start: '2024-02-01',
  })
  // Registration by 29/02/2024; TT 124's excluded units take part without the ANTT pledge.
  await world.register(YEAR, ['C1', 'C1.A1', 'C1.A2', 'C2', 'C2.A1', 'C2.DN', 'C3.A1'])
  await world.register(YEAR, ['P87.CQ', 'D1.CQ'])
  await world.register(YEAR, ['C1.TH', 'C2.DNM', 'C3.CQ'], { strivesForAntt: false })
  await world.at('2024-12-01')
  await world.report('2024', 'C1', { ...commune(800, 760, true, false), ...models(1, 1) })
  await world.report('2024', 'C2', { ...commune(600, 500, false, true), ...models(2, 1) })
  await world.report('2024', 'C3', { ...commune(400, 400, true, true), ...models(0, 0) })
  await world.report('2024', 'C1.TH', { ...people(20, 20, 300, 300), ...models(1, 1) })
  await world.report('2024', 'C2.DN', { ...people(100, 90), ...models(1, 1) })
  await world.report('2024', 'C2.DNM', { ...people(5, 5), ...models(0, 0) })
  await world.report('2024', 'C3.CQ', { ...people(30, 30), ...models(1, 1) })
  await world.report('2024', 'P87.CQ', { ...people(50, 50), ...models(1, 0) })
  await world.report('2024', 'D1.CQ', { ...people(25, 20), ...models(1, 1) })
  const recognised = ['C1.A1', 'C1.A2', 'C2.A1', 'C2.DN', 'P87.CQ', 'D1.CQ', 'C3.A1', 'C1', 'C2']
  for (const code of recognised) await world.recogniseAntt(YEAR, code)
  const scores: Record<string, number> = {
    ...{ C1: 92, 'C1.A1': 95, 'C1.A2': 85, C2: 90, 'C2.A1': 60, 'C2.DN': 93 },
    ...{ C3: 75, 'C3.A1': 91, 'C3.A2': 40, 'P87.CQ': 99 },
    ...{ 'D1.CQ': 72 },
  }
  for (const [code, score] of Object.entries(scores)) await world.classify(YEAR, code, score)
  // TT 124's excluded units get no movement class (S1): each is refused.
  refusedClasses = []
  for (const code of ['C1.TH', 'C2.DNM', 'C3.CQ']) {
    const url = `/api/units/${world.id(code)}/evaluations/movement/${YEAR}`
    const payload = { criteriaSetKey: 'qd510-cqdncsgd', selfScore: 91, reviewerScore: 91 }
    refusedClasses.push((await world.request({ method: 'PUT', url, payload })).statusCode)
  }
  for (const code of ['C1', 'C2.DN', 'P87.CQ']) await world.recogniseExemplary(YEAR, code)
  await world.at('2025-01-10')
  await world.compute('2025-01-10')
}, 180_000)
afterAll(() => world.close())

const met = 'met'
const missed = 'missed'
// II.4 "Phối hợp xây dựng ít nhất 16 đơn vị … ; ít nhất 06 Công an phường": the province's
// own numbers (issue 10 S4): a district or commune contributes, "Không áp dụng" as status.
const part = (numerator: number): Expected => ({
  ...{ numerator, denominator: null, value: numerator, status: 'not_applicable' },
})

describe('world 004 (Đồng Tháp 2024)', () => {
  it('refused a movement class to the primary school, micro enterprise and armed forces', () => {
    expect(refusedClasses).toEqual([400, 400, 400])
  })

  it('communes: every target by hand', async () => {
    await expectTargets(world, 'C1', {
      'tuyen-truyen-ho-dan': { numerator: 760, denominator: 800, value: 0.95, status: met },
      // the primary school counts here (no plan exclusion): (20+300)/(20+300)
      'tuyen-truyen-can-bo': { numerator: 320, denominator: 320, value: 1, status: met },
      // C1, A1, A2 (the primary school is outside TT 124)
      'dang-ky-antt': { numerator: 3, denominator: 3, value: 1, status: met },
      'cong-nhan-antt': { numerator: 3, denominator: 3, value: 1, status: met },
      // "Có trên 80% khóm, ấp, xã … được đánh giá, phân loại … từ Trung bình trở lên": C1 XS,
      // A1 XS, A2 Khá (the primary school is no QĐ 510 subject): 3/3 > 80%
      'phan-loai-trung-binh': { numerator: 3, denominator: 3, value: 1, status: met },
      // "trong đó có từ 60% trở lên … Xuất sắc": of the 3 classified, 2: 2/3 ≥ 60%
      'phan-loai-xuat-sac': { numerator: 2, denominator: 3, value: 2 / 3, status: met },
      'xa-nong-thon-moi': { numerator: 1, denominator: 1, value: 1, status: met },
      // C1 and TH each keep an effective model
      'mo-hinh-hieu-qua': { numerator: 2, denominator: 2, value: 1, status: met },
      'dien-hinh': part(1),
      // a xã has no ward police: the target does not apply
      'cong-an-phuong-kieu-mau': NOT_APPLICABLE,
    })
    await expectTargets(world, 'C2', {
      // 500/600
      'tuyen-truyen-ho-dan': { numerator: 500, denominator: 600, value: 5 / 6, status: missed },
      // DN 90/100 + DNM 5/5
      'tuyen-truyen-can-bo': { numerator: 95, denominator: 105, value: 95 / 105, status: missed },
      // C2, A1, DN (the micro enterprise is outside TT 124)
      'dang-ky-antt': { numerator: 3, denominator: 3, value: 1, status: met },
      'cong-nhan-antt': { numerator: 3, denominator: 3, value: 1, status: met },
      // C2 XS, A1 TB, DN XS (the micro enterprise out): 3/3; XS 2 of the 3 classified
      'phan-loai-trung-binh': { numerator: 3, denominator: 3, value: 1, status: met },
      'phan-loai-xuat-sac': { numerator: 2, denominator: 3, value: 2 / 3, status: met },
      // a phường: outside the xã target
      'xa-nong-thon-moi': NOT_APPLICABLE, // no xã
      // C2 1, DN 1, DNM 0
      'mo-hinh-hieu-qua': { numerator: 2, denominator: 3, value: 2 / 3, status: missed },
      'dien-hinh': part(1),
      'cong-an-phuong-kieu-mau': part(1),
    })
    await expectTargets(world, 'C3', {
      'tuyen-truyen-ho-dan': { numerator: 400, denominator: 400, value: 1, status: met },
      // the armed-forces unit counts for propaganda: 30/30
      'tuyen-truyen-can-bo': { numerator: 30, denominator: 30, value: 1, status: met },
      // C3, A1, A2 (armed forces outside TT 124); only A1 registered
      'dang-ky-antt': { numerator: 1, denominator: 3, value: 1 / 3, status: missed },
      // "có đăng ký và trong đó có từ 90% trở lên được công nhận": of the 1 registered, A1
      // recognised: 1/1
      'cong-nhan-antt': { numerator: 1, denominator: 1, value: 1, status: met },
      // C3 Khá, A1 XS, A2 Yếu (the armed-forces unit out): 2/3; XS 1 of 3 classified
      'phan-loai-trung-binh': { numerator: 2, denominator: 3, value: 2 / 3, status: missed },
      'phan-loai-xuat-sac': { numerator: 1, denominator: 3, value: 1 / 3, status: missed },
      'xa-nong-thon-moi': NOT_APPLICABLE, // no xã
      // C3 0, CQ 1 (CQ's model is CQ's own, not C3's: ADR 019)
      'mo-hinh-hieu-qua': { numerator: 1, denominator: 2, value: 0.5, status: missed },
      // no exemplary evaluation here: its contribution is no data, not 0 (issue 10 S6)
      'dien-hinh': NOT_APPLICABLE,
      'cong-an-phuong-kieu-mau': part(1),
    })
  })

  it('districts: their communes plus their own agency, by hand', async () => {
    await expectTargets(world, 'D1', {
      // (760+500)/(800+600) = 0.9
      'tuyen-truyen-ho-dan': { numerator: 1260, denominator: 1400, value: 0.9, status: met },
      // D1.CQ 20/25 + 320/320 + 95/105
      'tuyen-truyen-can-bo': { numerator: 435, denominator: 450, value: 435 / 450, status: missed },
      // D1.CQ + 3 + 3
      'dang-ky-antt': { numerator: 7, denominator: 7, value: 1, status: met },
      'cong-nhan-antt': { numerator: 7, denominator: 7, value: 1, status: met },
      // D1.CQ Khá + 3 + 3 = 7 of 7; XS 0 + 2 + 2 = 4 of 7 classified < 60%
      'phan-loai-trung-binh': { numerator: 7, denominator: 7, value: 1, status: met },
      'phan-loai-xuat-sac': { numerator: 4, denominator: 7, value: 4 / 7, status: missed },
      'xa-nong-thon-moi': { numerator: 1, denominator: 1, value: 1, status: met },
      // D1.CQ 1 + 2 + 2 = 5 of 1 + 2 + 3
      'mo-hinh-hieu-qua': { numerator: 5, denominator: 6, value: 5 / 6, status: missed },
      'dien-hinh': part(2),
      'cong-an-phuong-kieu-mau': part(1),
    })
    await expectTargets(world, 'D2', {
      'tuyen-truyen-ho-dan': { numerator: 400, denominator: 400, value: 1, status: met },
      'tuyen-truyen-can-bo': { numerator: 30, denominator: 30, value: 1, status: met },
      'dang-ky-antt': { numerator: 1, denominator: 3, value: 1 / 3, status: missed },
      'cong-nhan-antt': { numerator: 1, denominator: 1, value: 1, status: met },
      'phan-loai-trung-binh': { numerator: 2, denominator: 3, value: 2 / 3, status: missed },
      'phan-loai-xuat-sac': { numerator: 1, denominator: 3, value: 1 / 3, status: missed },
      'xa-nong-thon-moi': NOT_APPLICABLE, // no xã
      'mo-hinh-hieu-qua': { numerator: 1, denominator: 2, value: 0.5, status: missed },
      // no exemplary evaluation here: its contribution is no data, not 0 (issue 10 S6)
      'dien-hinh': NOT_APPLICABLE,
      'cong-an-phuong-kieu-mau': part(1),
    })
  })

  it('the province: both districts plus the provincial agency, by hand', async () => {
    await expectTargets(world, 'P87', {
      // (1260+400)/(1400+400)
      'tuyen-truyen-ho-dan': {
        numerator: 1660,
        denominator: 1800,
        value: 1660 / 1800,
        status: met,
      },
      // P87.CQ 50/50 + 435/450 + 30/30
      'tuyen-truyen-can-bo': { numerator: 515, denominator: 530, value: 515 / 530, status: missed },
      // P87.CQ 1/1 + 7/7 + 1/3 = 9/11
      'dang-ky-antt': { numerator: 9, denominator: 11, value: 9 / 11, status: missed },
      // of the 9 registered, all 9 recognised
      'cong-nhan-antt': { numerator: 9, denominator: 9, value: 1, status: met },
      // P87.CQ XS: 1 + 7 + 2 = 10 of 11 = 0.909 > 80%; XS 1 + 4 + 1 = 6 of 11 classified
      'phan-loai-trung-binh': { numerator: 10, denominator: 11, value: 10 / 11, status: met },
      'phan-loai-xuat-sac': { numerator: 6, denominator: 11, value: 6 / 11, status: missed },
      'xa-nong-thon-moi': { numerator: 1, denominator: 1, value: 1, status: met },
      // P87.CQ 0 effective: 0 + 5 + 1 of 1 + 6 + 2
      'mo-hinh-hieu-qua': { numerator: 6, denominator: 9, value: 6 / 9, status: missed },
      // C1, C2.DN, P87.CQ: 3 < 16
      'dien-hinh': { numerator: 3, denominator: null, value: 3, status: missed },
      // C2 and C3: 2 < 6
      'cong-an-phuong-kieu-mau': { numerator: 2, denominator: null, value: 2, status: missed },
    })
  })
})
