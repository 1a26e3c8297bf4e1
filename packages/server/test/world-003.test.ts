// Plan 003 (Tây Ninh 2024, issued by a province) on a small world: two districts' police
// entering their monthly crime records (social-order crime against the 2023 baseline, cases solved, reports
// handled, re-offending, wanted persons, hot spots), communes reporting households, roads,
// self-managed boards and the rural security criterion (2023's read from 2023's records), units reporting fire safety and Zalo
// groups. Every target at the province, each district and each commune is checked by hand.
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
  unit('P72', 'province'),
  unit('D1', 'district', 'P72'),
  unit('C1', 'commune', 'D1', { subtype: 'xa', households: 500 }),
  unit('C1.A1', KDC, 'C1'),
  unit('C1.CQ', 'agency', 'C1', { staff: 30 }),
  unit('C2', 'commune', 'D1', { subtype: 'xa', households: 300 }),
  unit('C2.A1', KDC, 'C2'),
  unit('D2', 'district', 'P72'),
  unit('C3', 'commune', 'D2', { subtype: 'phuong', households: 200 }),
  unit('C3.A1', KDC, 'C3'),
  unit('C3.TH', 'school', 'C3', { level: 'upper_secondary', staff: 50, pupils: 800 }),
]
const YEAR = 2024
let world: World

// The police's monthly records (issue 12 item 4), in the catalogue's kinds: the targets read
// them, not typed report figures. Each district's year is entered as one month.
const crime = (figures: number[]) => {
  const kinds = [
    ...['social_order_cases', 'cases', 'cases_solved', 'serious_cases'],
    ...['serious_cases_solved', 'tips_received', 'tips_accepted', 'tips_resolved'],
    ...['released_persons', 'reoffenders', 'wanted_existing', 'wanted_existing_caught'],
    ...['wanted_new', 'wanted_new_caught', 'hotspots_selected', 'hotspots_transformed'],
  ]
  return Object.fromEntries(kinds.map((kind, i) => [kind, figures[i]]))
}
async function enterStatistics(code: string, month: string, values: Record<string, unknown>) {
  const url = `/api/units/${world.id(code)}/crime-statistics`
  const year = await world.request({ method: 'GET', url: `${url}?year=${month.slice(0, 4)}` })
  const version = year
    .json<{ months: { month: string; version: number }[] }>()
    .months.find((each) => each.month === month)?.version
  const saved = await world.request({
    method: 'PUT',
    url: `${url}/${month}`,
    payload: { values, version },
  })
  expect(saved.statusCode, saved.body).toBe(200)
}
const commune = (values: number[], ntm: boolean, met2023: boolean) => ({
  ...{ 'unit.households': values[0], 'propaganda.households_reached': values[1] },
  ...{ 'models.count': values[2], 'models.with_zalo_group': values[3] },
  ...{ 'roads.count': values[4], 'roads.lit': values[5], 'self_managed.boards': values[6] },
  ...{ 'self_managed.boards_effective': values[7], 'fire_safety.recognized': values[8] === 1 },
  ...{ 'ntm.indicator_19_2': ntm, 'ntm.security_met_2023': met2023 },
})
const body = (staff: number, reached: number, pupils: number, pupilsReached: number) => ({
  ...{ 'unit.staff': staff, 'propaganda.staff_reached': reached },
  ...{ 'unit.pupils': pupils, 'propaganda.pupils_reached': pupilsReached },
})

beforeAll(async () => {
  world = await createWorld({
    seedFile: '003-tay-ninh-2024.yaml',
    issuerCode: 'P72',
    units: UNITS,
    start: '2024-04-01',
  })
  await world.register(YEAR, ['C1', 'C1.A1', 'C1.CQ'])
  // 2023's social-order crime, entered by the police before December 2023 locked (10/1/2024).
  await world.at('2024-01-05')
  await enterStatistics('D1', '2023-12', { social_order_cases: 40 })
  await enterStatistics('D2', '2023-12', { social_order_cases: 20 })
  await world.at('2024-12-01')
  // 2024: social-order cases; cases, solved; serious, solved; tips received, handled, resolved;
  // released, re-offending; wanted existing, caught; new, caught; hot spots, transformed
  await enterStatistics(
    'D1',
    '2024-11',
    crime([38, 40, 32, 10, 9, 100, 100, 95, 20, 2, 10, 3, 4, 1, 5, 3]),
  )
  await enterStatistics(
    'D2',
    '2024-11',
    crime([22, 20, 14, 5, 5, 50, 48, 44, 10, 2, 5, 1, 6, 4, 2, 2]),
  )
  // III.4 "05 xã chưa đạt trong năm 2023 … 66 xã đã đạt": 2023's 19.2 records (ADR 025), C1
  // failed, C2 met; C3 is a phường.
  await world.standard('C1', 'ntm_19_2', false, '2023-06-20')
  await world.standard('C2', 'ntm_19_2', true, '2023-06-20')
  //                               hh reach mod zalo roads lit boards eff fire
  // C1's clerk types "met in 2023" by mistake: the targets read 2023's records, not the answer.
  await world.report('2024', 'C1', commune([500, 400, 2, 2, 10, 10, 3, 2, 1], true, true))
  await world.report('2024', 'C2', commune([300, 200, 2, 1, 5, 4, 3, 3, 1], true, true))
  await world.report('2024', 'C3', commune([200, 180, 1, 1, 0, 0, 2, 1, 0], false, true))
  for (const [code, fire] of [
    ['C1.A1', true],
    ['C2.A1', true],
    ['C3.A1', false],
  ] as const)
    // A khu dân cư hosts models too (nhom-zalo asks its typed count): none here.
    await world.report('2024', code, { 'fire_safety.recognized': fire, 'models.count': 0 })
  const zalo = (count: number, groups: number, fire: boolean) => ({
    ...{ 'models.count': count, 'models.with_zalo_group': groups, 'fire_safety.recognized': fire },
  })
  await world.report('2024', 'C1.CQ', { ...body(30, 30, 0, 0), ...zalo(1, 1, true) })
  await world.report('2024', 'C3.TH', { ...body(50, 50, 800, 760), ...zalo(1, 0, true) })
  for (const code of ['C1.A1', 'C1.CQ', 'C1', 'C2.A1', 'C3.TH'])
    await world.recogniseAntt(YEAR, code)
  // II.2 "phù hợp với trẻ em", "tiếp cận pháp luật": both for C1, the first for C2, none for C3.
  await world.standard('C1', 'child_friendly', true)
  await world.standard('C1', 'access_to_law', true)
  await world.standard('C2', 'child_friendly', true)
  await world.standard('C2', 'access_to_law', false)
  // The campaign ends 31/12/2024: read in January, every status is final.
  await world.at('2025-01-10')
  await world.compute('2025-01-10')
}, 180_000)
afterAll(() => world.close())

const met = 'met'
const missed = 'missed'
// A zero denominator is no data ("Chưa có số liệu"), never a red light (issue 10 item 2).
const NONE: Expected = { numerator: 0, denominator: 0, value: null, status: 'no_data' }
const ratio = (numerator: number, denominator: number, status: string): Expected => ({
  ...{ numerator, denominator, value: numerator / denominator, status },
})
const count = (numerator: number): Expected => ({
  ...{ numerator, denominator: null, value: numerator, status: missed },
})
/** No unit of the target's scope under the scope (a district's figures at a commune). */
const NA = NOT_APPLICABLE
/** The district-reported targets, where no district lies: they do not apply. */
const NO_CRIME = Object.fromEntries(
  [
    ...['giam-toi-pham-trat-tu', 'kham-pha-an', 'kham-pha-an-nghiem-trong'],
    ...['tiep-nhan-tin-bao', 'giai-quyet-tin-bao', 'tai-pham', 'truy-na-hien-co'],
    ...['truy-na-moi', 'chuyen-hoa-dia-ban'],
  ].map((id) => [id, NA]),
)

// A count the issuer's level owes ("có 19/28 xã", "đối với 05 xã"): below it a scope only
// contributes — its count kept, "Không áp dụng" as status (issue 10 S4).
const part = (numerator: number): Expected => ({
  ...{ numerator, denominator: null, value: numerator, status: 'not_applicable' },
})

describe('world 003 (Tây Ninh 2024)', () => {
  it("shows 2023's 19.2 record beside the typed answer about 2023, flagging C1's", async () => {
    type Recorded = Record<string, { recorded: number; differs: boolean; text: string }>
    const read = async (code: string) => {
      const url = `/api/plans/${world.planId}/reports?periodId=2024&unitId=${world.id(code)}`
      const { items } = (await world.request({ method: 'GET', url })).json<{
        items: { unit: { id: number }; recorded: Recorded | null }[]
      }>()
      const item = items.find((each) => each.unit.id === world.id(code))
      return { recorded: item?.recorded ?? {} }
    }
    expect((await read('C1')).recorded['ntm.security_met_2023']).toMatchObject({
      ...{ recorded: 0, differs: true },
      text: expect.stringContaining('năm 2023') as string,
    })
    expect((await read('C2')).recorded['ntm.security_met_2023']).toMatchObject({
      ...{ recorded: 1, differs: false },
    })
  })

  it('communes: every target by hand', async () => {
    await expectTargets(world, 'C1', {
      ...NO_CRIME,
      'tuyen-truyen-ho': ratio(400, 500, met), // 0.8 ≥ 75%
      'tuyen-truyen-cqdn': ratio(30, 30, met),
      'dat-chuan-antt': ratio(3, 3, met), // C1, A1, CQ
      'dat-chuan-pccc': ratio(3, 3, met),
      'nhom-zalo': ratio(3, 3, met), // C1 2/2 + CQ 1/1
      'thap-sang-duong-que': ratio(10, 10, met),
      'ban-dieu-hanh-tu-quan': ratio(2, 3, met), // 2/3 ≥ 2/3
      'ntm-05-xa-chua-dat': part(1), // a xã that failed in 2023 and passes: 1 < 5
      'ntm-66-xa-giu-vung': NA, // failed in 2023: nothing to keep
      'xa-phu-hop-tre-em': ratio(1, 1, met),
      'xa-tiep-can-phap-luat': ratio(1, 1, met),
    })
    await expectTargets(world, 'C2', {
      ...NO_CRIME,
      'tuyen-truyen-ho': ratio(200, 300, missed),
      'tuyen-truyen-cqdn': NA, // no agency, enterprise or school
      'dat-chuan-antt': ratio(1, 2, missed), // A1 of C2, A1
      'dat-chuan-pccc': ratio(2, 2, met),
      'nhom-zalo': ratio(1, 2, missed),
      'thap-sang-duong-que': ratio(4, 5, missed),
      'ban-dieu-hanh-tu-quan': ratio(3, 3, met),
      'ntm-05-xa-chua-dat': NA, // met in 2023
      'ntm-66-xa-giu-vung': part(1), // met in 2023, kept
      'xa-phu-hop-tre-em': ratio(1, 1, met),
      'xa-tiep-can-phap-luat': ratio(0, 1, missed),
    })
    await expectTargets(world, 'C3', {
      ...NO_CRIME,
      'tuyen-truyen-ho': ratio(180, 200, met),
      'tuyen-truyen-cqdn': ratio(810, 850, missed), // (50+760)/(50+800)
      'dat-chuan-antt': ratio(1, 3, missed), // TH of C3, A1, TH
      'dat-chuan-pccc': ratio(1, 3, missed), // TH only
      'nhom-zalo': ratio(1, 2, missed), // C3 1/1 + TH 0/1
      'thap-sang-duong-que': NONE, // a phường without rural roads: 0/0
      'ban-dieu-hanh-tu-quan': ratio(1, 2, missed),
      'ntm-05-xa-chua-dat': NA, // a phường
      'ntm-66-xa-giu-vung': NA,
      'xa-phu-hop-tre-em': ratio(0, 1, missed),
      'xa-tiep-can-phap-luat': ratio(0, 1, missed),
    })
  })

  it('districts: their reported crime figures and their communes, by hand', async () => {
    await expectTargets(world, 'D1', {
      'giam-toi-pham-trat-tu': ratio(2, 40, met), // (40 − 38)/40 = 5% ≥ 5%
      'kham-pha-an': ratio(32, 40, met), // 0.8 > 75%
      'kham-pha-an-nghiem-trong': ratio(9, 10, missed), // 0.9 not > 90%
      'tiep-nhan-tin-bao': ratio(100, 100, met),
      'giai-quyet-tin-bao': ratio(95, 100, met),
      'tai-pham': ratio(2, 20, met), // 10% < 15%
      'truy-na-hien-co': ratio(3, 10, met), // 30% ≥ 30%
      'truy-na-moi': ratio(1, 4, missed),
      'chuyen-hoa-dia-ban': ratio(3, 5, met), // 60% ≥ 60%
      'tuyen-truyen-ho': ratio(600, 800, met), // 75% ≥ 75%
      'tuyen-truyen-cqdn': ratio(30, 30, met),
      'dat-chuan-antt': ratio(4, 5, missed),
      'dat-chuan-pccc': ratio(5, 5, met),
      'nhom-zalo': ratio(4, 5, missed),
      'thap-sang-duong-que': ratio(14, 15, missed),
      'ban-dieu-hanh-tu-quan': ratio(5, 6, met),
      'ntm-05-xa-chua-dat': part(1),
      'ntm-66-xa-giu-vung': part(1),
      'xa-phu-hop-tre-em': ratio(2, 2, met),
      'xa-tiep-can-phap-luat': ratio(1, 2, missed),
    })
    await expectTargets(world, 'D2', {
      'giam-toi-pham-trat-tu': ratio(-2, 20, missed), // (20 − 22)/20 = −10%
      'kham-pha-an': ratio(14, 20, missed),
      'kham-pha-an-nghiem-trong': ratio(5, 5, met),
      'tiep-nhan-tin-bao': ratio(48, 50, missed),
      'giai-quyet-tin-bao': ratio(44, 50, missed), // 88%
      'tai-pham': ratio(2, 10, missed), // 20%
      'truy-na-hien-co': ratio(1, 5, missed),
      'truy-na-moi': ratio(4, 6, met),
      'chuyen-hoa-dia-ban': ratio(2, 2, met),
      'tuyen-truyen-ho': ratio(180, 200, met),
      'tuyen-truyen-cqdn': ratio(810, 850, missed),
      'dat-chuan-antt': ratio(1, 3, missed),
      'dat-chuan-pccc': ratio(1, 3, missed),
      'nhom-zalo': ratio(1, 2, missed),
      'thap-sang-duong-que': NONE,
      'ban-dieu-hanh-tu-quan': ratio(1, 2, missed),
      'ntm-05-xa-chua-dat': NA, // C3 is a phường
      'ntm-66-xa-giu-vung': NA,
      'xa-phu-hop-tre-em': ratio(0, 1, missed),
      'xa-tiep-can-phap-luat': ratio(0, 1, missed),
    })
  })

  it('the province: the districts added up, by hand', async () => {
    await expectTargets(world, 'P72', {
      'giam-toi-pham-trat-tu': ratio(0, 60, missed), // (40+20) − (38+22) = 0 of 60
      'kham-pha-an': ratio(46, 60, met), // 0.767 > 75%
      'kham-pha-an-nghiem-trong': ratio(14, 15, met), // 0.933 > 90%
      'tiep-nhan-tin-bao': ratio(148, 150, missed),
      'giai-quyet-tin-bao': ratio(139, 150, met), // 0.927 > 90%
      'tai-pham': ratio(4, 30, met), // 0.133 < 15%
      'truy-na-hien-co': ratio(4, 15, missed), // 0.267
      'truy-na-moi': ratio(5, 10, met),
      'chuyen-hoa-dia-ban': ratio(5, 7, met),
      'tuyen-truyen-ho': ratio(780, 1000, met),
      'tuyen-truyen-cqdn': ratio(840, 880, missed),
      'dat-chuan-antt': ratio(5, 8, missed),
      'dat-chuan-pccc': ratio(6, 8, missed),
      'nhom-zalo': ratio(5, 7, missed),
      'thap-sang-duong-que': ratio(14, 15, missed),
      'ban-dieu-hanh-tu-quan': ratio(6, 8, met), // 0.75 ≥ 2/3
      'ntm-05-xa-chua-dat': count(1),
      'ntm-66-xa-giu-vung': count(1),
      'xa-phu-hop-tre-em': ratio(2, 3, missed),
      'xa-tiep-can-phap-luat': ratio(1, 3, missed),
    })
  })
})
