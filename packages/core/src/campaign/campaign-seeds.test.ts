// The campaign rules run against the five encoded plans (plans/seeds), as the product will.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePlanYaml } from '../plans/plan-yaml'
import type { Plan } from '../plans/plan-schema'
import type { UnitKind } from '../units/unit-kinds'
import { checkRegistrationWindow } from './campaign-deadlines'
import { ND09_CALENDAR, periodsOf, reportingCalendarOf } from './campaign-periods'
import { findRegistrationBarrier, type RegistrantUnit } from './campaign-registration'
import { RegistrationPledge, validateRegistration } from './campaign-registration-pledge'
import { statisticKindOfTypedField } from '../statistics/crime-statistics'
import { buildReportForm } from './campaign-report-form'
import { validateReport } from './campaign-report-validation'
import { evaluateTargetStatus } from './campaign-target-status'
import { buildTargetFraction, computeTargetValue } from './campaign-target-fraction'

const SEEDS = [
  '000-bac-quang-2024',
  '001-quang-tri-dien-hinh',
  '002-luc-ngan-2020-2025',
  '003-tay-ninh-2024',
  '004-dong-thap-2024',
] as const
const ROOT = fileURLToPath(new URL('../../../../plans/seeds/', import.meta.url))

function load(name: (typeof SEEDS)[number]): Plan {
  const result = parsePlanYaml(readFileSync(`${ROOT}${name}.yaml`, 'utf8'))
  if ('errors' in result)
    throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'))
  return result.plan
}
const plans = Object.fromEntries(SEEDS.map((name) => [name, load(name)])) as Record<
  (typeof SEEDS)[number],
  Plan
>
const unit = (kind: UnitKind, extra: Partial<RegistrantUnit> = {}): RegistrantUnit => ({
  kind,
  subtype: null,
  schoolLevel: null,
  enterpriseSize: null,
  ...extra,
})

describe.each(SEEDS)('seed %s', (name) => {
  const plan = plans[name]

  it('reports on the NĐ 09/2019 calendar', () => {
    expect(reportingCalendarOf(plan)).toEqual(ND09_CALENDAR)
    expect(periodsOf(reportingCalendarOf(plan), 2024, 'quarterly')[0]).toMatchObject({
      start: '2023-12-15',
      end: '2024-03-14',
    })
  })

  it('gives every target a fraction that levels can add up', () => {
    for (const target of plan.targets) {
      const fraction = buildTargetFraction(target, plan)
      expect(fraction.ok, target.id).toBe(true)
      if (fraction.ok) expect(() => computeTargetValue(fraction, []), target.id).not.toThrow()
    }
  })

  it('derives a valid form for every unit kind its targets cover', () => {
    for (const kind of new Set(plan.targets.flatMap((target) => target.scope.unitKinds))) {
      const form = buildReportForm(plan, kind)
      for (const field of form.fields) expect(field.label, field.id).not.toBe(field.id)
      expect(validateReport(form, {}, 'draft')).toEqual([])
    }
  })
})

describe('registration under the seeds', () => {
  const pledge = (extra: Partial<RegistrationPledge> = {}) =>
    RegistrationPledge.parse({ takePart: true, ...extra })

  it.each<[(typeof SEEDS)[number], RegistrantUnit, RegExp | undefined]>([
    ['000-bac-quang-2024', unit('commune'), undefined],
    ['000-bac-quang-2024', unit('residential_area'), undefined],
    ['000-bac-quang-2024', unit('school', { schoolLevel: 'lower_secondary' }), undefined],
    [
      '000-bac-quang-2024',
      unit('school', { schoolLevel: 'primary' }),
      /^Không thuộc đối tượng theo kế hoạch \(mục VI\.1: \(trừ cơ sở giáo dục tiểu học, mầm non, nhà trẻ\)\)$/,
    ],
    ['000-bac-quang-2024', unit('school', { schoolLevel: 'kindergarten' }), /mầm non/],
    ['000-bac-quang-2024', unit('district'), /^Huyện\/Quận\/Thị xã không thuộc đối tượng thi đua/],
    [
      '001-quang-tri-dien-hinh',
      unit('residential_area'),
      /^Khu dân cư không thuộc đối tượng thi đua/,
    ],
    ['003-tay-ninh-2024', unit('district'), undefined],
  ])('%s: %j', (name, registrant, barrier) => {
    const reason = findRegistrationBarrier(plans[name], 'published', registrant)
    if (barrier) expect(reason).toMatch(barrier)
    else expect(reason).toBeUndefined()
  })

  it.each<[(typeof SEEDS)[number], string, boolean, string | undefined]>([
    ['000-bac-quang-2024', '2024-04-20', true, undefined],
    ['000-bac-quang-2024', '2024-04-21', false, 'Đã hết hạn đăng ký ngày 20/04/2024'],
    ['004-dong-thap-2024', '2024-02-29', true, undefined],
    ['004-dong-thap-2024', '2024-03-01', false, 'Đã hết hạn đăng ký ngày 29/02/2024'],
    ['001-quang-tri-dien-hinh', '2025-03-30', true, undefined],
    ['001-quang-tri-dien-hinh', '2025-03-31', false, 'Đã hết hạn đăng ký ngày 30/03/2025'],
    ['002-luc-ngan-2020-2025', '2025-12-31', true, undefined],
  ])('%s on %s: open %s', (name, date, open, reason) => {
    expect(checkRegistrationWindow(plans[name], { date })).toMatchObject(
      reason ? { open, reason } : { open },
    )
  })

  it('plan 000: a commune registers the three forms of VI.1, not the district Giấy khen', () => {
    const plan = plans['000-bac-quang-2024']
    expect(
      validateRegistration(
        plan,
        'published',
        unit('commune'),
        pledge({
          strivesForAntt: true,
          buildsExemplary: true,
          awardForms: ['bk-bca', 'bk-ubnd-tinh', 'gk-ca-tinh'],
        }),
      ),
    ).toEqual([])
    expect(
      validateRegistration(
        plan,
        'published',
        unit('commune'),
        pledge({ awardForms: ['gk-ubnd-huyen'] }),
      ),
    ).toEqual([
      {
        path: 'awardForms',
        message:
          'Hình thức "Giấy khen của Chủ tịch UBND huyện" không đăng ký đầu năm theo kế hoạch',
      },
    ])
  })

  it('plan 001: a commune and a school may build exemplary units', () => {
    const plan = plans['001-quang-tri-dien-hinh']
    for (const registrant of [unit('commune'), unit('school', { schoolLevel: 'upper_secondary' })])
      expect(
        validateRegistration(
          plan,
          'published',
          registrant,
          pledge({ buildsExemplary: true, awardForms: ['cong-nhan-dien-hinh'] }),
        ),
      ).toEqual([])
  })
})

describe('report forms of the seeds', () => {
  it('plan 003: the crime targets read the records; the typed figures stay, beside them', () => {
    const form = buildReportForm(plans['003-tay-ninh-2024'], 'district')
    // "so với năm 2023" is read from 2023's records: no baseline figure is retyped.
    expect(form.fields.some((field) => field.id.startsWith('baseline.'))).toBe(false)
    const typed = form.fields.filter((field) => statisticKindOfTypedField(field.id))
    expect(typed.map((field) => field.id)).toEqual(
      expect.arrayContaining(['crime.cases', 'crime.reports_resolved', 'wanted.existing']),
    )
    expect(typed.every((field) => field.targets.length === 0)).toBe(true)
  })

  it('plan 002: a residential area reports cameras, not its complexity type or movement class', () => {
    const ids = buildReportForm(plans['002-luc-ngan-2020-2025'], 'residential_area').fields.map(
      (field) => field.id,
    )
    expect(ids).toEqual(
      expect.arrayContaining(['cameras.installed', 'cameras.households', 'unit.households']),
    )
    expect(ids).not.toContain('movement.class')
    expect(
      buildReportForm(plans['002-luc-ngan-2020-2025'], 'commune').fields.map((field) => field.id),
    ).not.toContain('complexity.type')
  })

  it('plan 000: a school reports staff and pupils reached, each within its total', () => {
    const form = buildReportForm(plans['000-bac-quang-2024'], 'school')
    expect(
      validateReport(form, {
        'propaganda.staff_reached': 40,
        'unit.staff': 38,
        'propaganda.pupils_reached': 600,
        'unit.pupils': 600,
        'models.effective': 1,
        'models.count': 1,
      }),
    ).toEqual([
      {
        field: 'propaganda.staff_reached',
        message:
          'Số cán bộ, công chức, viên chức, người lao động được tuyên truyền (40) không được lớn hơn Tổng số cán bộ, công chức, viên chức, người lao động (38)',
      },
    ])
  })
})

describe('target status under plan 002', () => {
  const plan = plans['002-luc-ngan-2020-2025']
  const antt = plan.targets.find((target) => target.id === 'cong-nhan-antt')!
  const period = {
    start: `${plan.period.startYear}-01-01`,
    end: `${plan.period.endYear ?? plan.period.startYear}-12-31`,
  }
  it.each<[string, number, string, string | null]>([
    ['2022-06-30', 85, 'on_track', 'den-2022'],
    ['2023-01-10', 89, 'at_risk', 'den-2025'],
    ['2023-01-10', 91, 'on_track', 'den-2025'],
    ['2026-01-01', 96, 'met', 'den-2025'],
  ])('on %s at %s%%: %s', (today, percent, status, phase) => {
    const value = { numerator: percent, denominator: 100 }
    const result = evaluateTargetStatus({
      target: antt,
      value,
      today,
      period,
      phases: plan.period.phases,
    })
    expect(result).toMatchObject({ status, goal: { phase } })
  })
})
