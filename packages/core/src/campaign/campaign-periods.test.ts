import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changePlan, loadMinimalPlan } from '../../test/plan-fixture'
import { findCriteriaSet } from '../criteria/criteria-catalog'
import { addDays } from './campaign-dates'
import {
  ANTT_EVALUATION_YEARS,
  evaluationYearNamed,
  evaluationYearOf,
} from './campaign-evaluation-years'
import {
  findPeriod,
  ND09_CALENDAR,
  periodContaining,
  periodsOf,
  REPORTING_FREQUENCIES,
  reportingCalendarOf,
  type ReportingFrequency,
} from './campaign-periods'

const span = (frequency: ReportingFrequency, year = 2024, calendar = ND09_CALENDAR) =>
  periodsOf(calendar, year, frequency).map((p) => [p.id, p.start, p.end, p.label])

describe('NĐ 09/2019 reporting calendar', () => {
  it.each([
    ['yearly', [['2024', '2023-12-15', '2024-12-14', 'Năm 2024']]],
    [
      'quarterly',
      [
        ['2024-Q1', '2023-12-15', '2024-03-14', 'Quý I năm 2024'],
        ['2024-Q2', '2024-03-15', '2024-06-14', 'Quý II năm 2024'],
        ['2024-Q3', '2024-06-15', '2024-09-14', 'Quý III năm 2024'],
        ['2024-Q4', '2024-09-15', '2024-12-14', 'Quý IV năm 2024'],
      ],
    ],
    [
      'six_monthly',
      [
        ['2024-H1', '2023-12-15', '2024-06-14', '6 tháng đầu năm 2024'],
        ['2024-H2', '2024-06-15', '2024-12-14', '6 tháng cuối năm 2024'],
      ],
    ],
    ['nine_monthly', [['2024-9M', '2023-12-15', '2024-09-14', '9 tháng năm 2024']]],
  ] as const)('%s', (frequency, expected) => {
    expect(span(frequency)).toEqual(expected)
  })

  it('months run from the 15th of the previous month to the 14th', () => {
    const months = periodsOf(ND09_CALENDAR, 2024, 'monthly')
    expect(months).toHaveLength(12)
    expect(months[0]).toMatchObject({ id: '2024-01', start: '2023-12-15', end: '2024-01-14' })
    expect(months[1]).toMatchObject({ id: '2024-02', start: '2024-01-15', end: '2024-02-14' })
    expect(months[11]).toMatchObject({ id: '2024-12', start: '2024-11-15', end: '2024-12-14' })
  })

  it.each([
    ['2024-03-14', 'quarterly', '2024-Q1'],
    ['2024-03-15', 'quarterly', '2024-Q2'],
    ['2024-12-14', 'quarterly', '2024-Q4'],
    ['2024-12-15', 'quarterly', '2025-Q1'],
    ['2024-01-01', 'yearly', '2024'],
    ['2024-12-31', 'yearly', '2025'],
    ['2024-06-14', 'six_monthly', '2024-H1'],
    ['2024-06-15', 'six_monthly', '2024-H2'],
    ['2024-09-14', 'nine_monthly', '2024-9M'],
    ['2024-02-29', 'monthly', '2024-03'],
  ] as const)('%s in a %s period is %s', (date, frequency, id) => {
    expect(periodContaining(date, ND09_CALENDAR, frequency)?.id).toBe(id)
  })

  it('has no nine-month period after 14/9', () => {
    expect(periodContaining('2024-10-01', ND09_CALENDAR, 'nine_monthly')).toBeUndefined()
  })

  it.each(['2024', '2024-Q3', '2024-H2', '2024-9M', '2024-07'])('finds %s by its id', (id) => {
    expect(findPeriod(ND09_CALENDAR, id)?.id).toBe(id)
  })

  it.each(['2024-Q5', '2024-H3', '2024-13', 'năm 2024', ''])('refuses the id %j', (id) => {
    expect(findPeriod(ND09_CALENDAR, id)).toBeUndefined()
  })
})

describe("a plan's own calendar", () => {
  const calendarYear = { start: '01-01', end: '12-31' }

  it('overrides the year and every period in it', () => {
    expect(
      span('quarterly', 2024, calendarYear).map(([id, start, end]) => [id, start, end]),
    ).toEqual([
      ['2024-Q1', '2024-01-01', '2024-03-31'],
      ['2024-Q2', '2024-04-01', '2024-06-30'],
      ['2024-Q3', '2024-07-01', '2024-09-30'],
      ['2024-Q4', '2024-10-01', '2024-12-31'],
    ])
    expect(periodContaining('2024-12-31', calendarYear, 'yearly')?.id).toBe('2024')
  })

  it("is read from the plan's reporting section", () => {
    const plan = changePlan(loadMinimalPlan(), (copy) => {
      copy.reporting.calendar = {
        basis: 'plan',
        yearStart: '01-01',
        yearEnd: '12-31',
        source: 'VI',
        text: 'năm dương lịch',
      }
    })
    expect(reportingCalendarOf(plan)).toEqual(calendarYear)
    expect(reportingCalendarOf(loadMinimalPlan())).toEqual(ND09_CALENDAR)
  })
})

const monthDay = fc
  .date({
    min: new Date('2023-01-01T00:00:00Z'),
    max: new Date('2023-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(5, 10))
const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10))
const partitions = REPORTING_FREQUENCIES.filter((f) => f !== 'nine_monthly')

describe('properties', () => {
  it('the periods of a frequency tile the year without gap or overlap', () => {
    fc.assert(
      fc.property(
        monthDay,
        fc.integer({ min: 2000, max: 2099 }),
        fc.constantFrom(...partitions),
        (start, year, frequency) => {
          // A consistent calendar ends the day before the next year starts.
          const end = addDays(`2023-${start}`, -1).slice(5)
          const calendar = { start, end }
          const periods = periodsOf(calendar, year, frequency)
          const [whole] = periodsOf(calendar, year, 'yearly')
          expect(periods[0]?.start).toBe(whole?.start)
          expect(periods.at(-1)?.end).toBe(whole?.end)
          periods
            .slice(1)
            .forEach((period, i) => expect(period.start).toBe(addDays(periods[i]!.end, 1)))
          for (const period of periods) expect(period.start <= period.end).toBe(true)
        },
      ),
    )
  })

  it('every date lies in exactly one NĐ 09 period, found again by its id', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...partitions), (date, frequency) => {
        const period = periodContaining(date, ND09_CALENDAR, frequency)
        expect(period && period.start <= date && date <= period.end).toBe(true)
        expect(findPeriod(ND09_CALENDAR, period!.id)).toEqual(period)
      }),
    )
  })

  it('every date lies in one evaluation year of each kind', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.constantFrom('residential_area', 'commune', 'school') as fc.Arbitrary<'commune'>,
        (date, kind) => {
          const year = evaluationYearOf(kind, date)!
          expect(year.start <= date && date <= year.end).toBe(true)
          expect(evaluationYearNamed(kind, year.year)).toEqual(year)
        },
      ),
    )
  })
})

describe('TT 124 evaluation years', () => {
  it.each([
    ['residential_area', '2024-10-31', '2024', '2023-11-01', '2024-10-31'],
    ['residential_area', '2024-11-01', '2025', '2024-11-01', '2025-10-31'],
    ['commune', '2024-11-15', '2024', '2023-11-16', '2024-11-15'],
    ['commune', '2024-11-16', '2025', '2024-11-16', '2025-11-15'],
    ['agency', '2024-01-01', '2024', '2023-11-16', '2024-11-15'],
    ['enterprise', '2024-12-31', '2025', '2024-11-16', '2025-11-15'],
    ['school', '2024-06-01', '2024', '2023-11-16', '2024-11-15'],
  ] as const)('%s on %s: year %s (%s–%s)', (kind, date, id, start, end) => {
    expect(evaluationYearOf(kind, date)).toMatchObject({ id, start, end })
  })

  it('labels the year in Vietnamese', () => {
    expect(evaluationYearOf('residential_area', '2024-05-01')?.label).toBe(
      'Năm đánh giá 2024 (01/11/2023–31/10/2024)',
    )
  })

  it.each(['district', 'province'] as const)('has none for a %s', (kind) => {
    expect(evaluationYearOf(kind, '2024-05-01')).toBeUndefined()
  })

  it.each([
    ['tt124-kdc', 'residential_area'],
    ['tt124-xa', 'commune'],
    ['tt124-cqdn', 'agency'],
    ['tt124-csgd', 'school'],
  ] as const)('agrees with the seeded set %s', (code, kind) => {
    const period = findCriteriaSet(code)?.evaluationPeriod
    expect(period).toEqual(ANTT_EVALUATION_YEARS[kind])
  })

  it("takes a criteria set's own period when given", () => {
    const hd01 = findCriteriaSet('hd01-to-bao-ve')?.evaluationPeriod
    expect(evaluationYearOf('commune', '2024-11-14', hd01)).toMatchObject({
      id: '2024',
      start: '2023-11-15',
      end: '2024-11-14',
      source: 'Bộ tiêu chí áp dụng',
    })
  })
})
