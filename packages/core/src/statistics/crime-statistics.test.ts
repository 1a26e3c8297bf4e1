import { describe, expect, it } from 'vitest'
import { CRIME_STATISTIC_KINDS, statisticKindOfTypedField } from './crime-statistics'
import {
  compareTypedFigures,
  formatStatisticMonth,
  isFutureMonth,
  isStatisticMonth,
  isStatisticMonthLocked,
  monthsOfPeriod,
  monthsOfYear,
  statisticLockDate,
  summariseStatistics,
  summariseTerritory,
  validateStatisticMonth,
} from './crime-statistics-rules'

describe('crime statistics catalogue', () => {
  it('has unique ids, a Vietnamese label and a unit for every kind', () => {
    const ids = CRIME_STATISTIC_KINDS.map((kind) => kind.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('cases_solved')
    for (const kind of CRIME_STATISTIC_KINDS) expect(kind.label.length).toBeGreaterThan(5)
  })
  it('names the typed report field each kind stands for', () => {
    expect(statisticKindOfTypedField('crime.reports_handled')?.id).toBe('tips_accepted')
    expect(statisticKindOfTypedField('propaganda.households_reached')).toBeUndefined()
  })
})

describe('months and their lock', () => {
  it('accepts YYYY-MM months only', () => {
    expect(isStatisticMonth('2024-03')).toBe(true)
    expect(isStatisticMonth('2024-13')).toBe(false)
    expect(isStatisticMonth('1999-12')).toBe(false)
    expect(isStatisticMonth('2024-3')).toBe(false)
    expect(formatStatisticMonth('2024-03')).toBe('03/2024')
  })
  it('locks a month after day 10 of the next month', () => {
    expect(statisticLockDate('2024-03')).toBe('2024-04-10')
    expect(statisticLockDate('2024-12')).toBe('2025-01-10')
    expect(isStatisticMonthLocked('2024-03', '2024-04-10')).toBe(false)
    expect(isStatisticMonthLocked('2024-03', '2024-04-11')).toBe(true)
  })
  it('refuses a month not begun', () => {
    expect(isFutureMonth('2024-05', '2024-04-30')).toBe(true)
    expect(isFutureMonth('2024-04', '2024-04-01')).toBe(false)
  })
  it('reads the months of a period by their 14th (NĐ 09 quarters hold whole months)', () => {
    expect(monthsOfPeriod('2023-12-15', '2024-03-14')).toEqual(['2024-01', '2024-02', '2024-03'])
    expect(monthsOfPeriod('2023-12-15', '2024-12-14')).toEqual(monthsOfYear(2024))
    expect(monthsOfPeriod('2024-01-01', '2024-12-31')).toEqual(monthsOfYear(2024))
  })
})

describe('a month’s figures', () => {
  it('holds when every part is within its whole', () => {
    expect(
      validateStatisticMonth({
        cases: 10,
        cases_solved: 8,
        serious_cases: 2,
        serious_cases_solved: 2,
      }),
    ).toEqual([])
  })
  it('refuses solved above cases, very serious solved above solved, resolved above accepted', () => {
    const paths = (values: Record<string, unknown>) =>
      validateStatisticMonth(values).map((error) => error.path)
    expect(paths({ cases: 3, cases_solved: 4 })).toEqual(['cases_solved'])
    expect(paths({ cases: 9, cases_solved: 2, serious_cases: 5, serious_cases_solved: 3 })).toEqual(
      ['serious_cases_solved'],
    )
    expect(paths({ tips_received: 10, tips_accepted: 11, tips_resolved: 12 })).toEqual([
      'tips_accepted',
      'tips_resolved',
    ])
    expect(validateStatisticMonth({ cases: 3, cases_solved: 4 })[0]?.message).toBe(
      'Số vụ đã điều tra, khám phá (4) không được lớn hơn tổng số vụ phạm tội phải điều tra (3)',
    )
  })
  it('refuses negative, fractional, huge or unknown figures', () => {
    expect(validateStatisticMonth({ cases: -1 })).toHaveLength(1)
    expect(validateStatisticMonth({ cases: 1.5 })).toHaveLength(1)
    expect(validateStatisticMonth({ cases: 100_001 })).toHaveLength(1)
    expect(validateStatisticMonth({ cases: '3' })).toHaveLength(1)
    expect(validateStatisticMonth({ murders: 1 })[0]?.message).toBe('Không có chỉ số "murders"')
  })
})

describe('a period’s figures', () => {
  const records = [
    { month: '2024-01', kind: 'cases', value: 5 },
    { month: '2024-02', kind: 'cases', value: 7 },
    { month: '2023-12', kind: 'cases', value: 100 },
    { month: '2024-02', kind: 'wanted_existing', value: 9 },
    { month: '2024-01', kind: 'wanted_existing', value: 10 },
  ]
  it('adds flows and takes stocks at the earliest month; absent kinds stay absent', () => {
    expect(summariseStatistics(records, monthsOfYear(2024))).toEqual({
      cases: 12,
      wanted_existing: 10,
    })
    expect(summariseStatistics(records, ['2024-02'])).toEqual({ cases: 7, wanted_existing: 9 })
  })
})

describe('typed report figures beside the records', () => {
  it('adds a territory unit by unit and flags a typed figure that disagrees', () => {
    const recorded = summariseTerritory(
      [
        { unitId: 1, month: '2024-01', kind: 'cases', value: 4 },
        { unitId: 2, month: '2024-01', kind: 'cases', value: 8 },
        { unitId: 1, month: '2024-01', kind: 'wanted_existing', value: 3 },
        { unitId: 2, month: '2024-02', kind: 'wanted_existing', value: 2 },
        { unitId: 2, month: '2024-03', kind: 'wanted_existing', value: 7 },
      ],
      monthsOfYear(2024),
    )
    expect(recorded).toEqual({ cases: 12, wanted_existing: 5 })
    expect(
      compareTypedFigures(
        ['crime.cases', 'wanted.existing', 'crime.cases_solved', 'roads.count'],
        { 'crime.cases': 9, 'wanted.existing': 5 },
        recorded,
      ),
    ).toEqual({
      'crime.cases': { recorded: 12, differs: true },
      'wanted.existing': { recorded: 5, differs: false },
      'crime.cases_solved': { recorded: null, differs: false },
    })
  })
})
