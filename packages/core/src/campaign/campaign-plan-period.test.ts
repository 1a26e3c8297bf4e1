// The plan's period and its campaign's end, and the report periods a plan asks for, against
// the encoded seed plans.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePlanYaml } from '../plans/plan-yaml'
import type { Plan } from '../plans/plan-schema'
import {
  defaultPlanYear,
  findEvaluationYearRefusal,
  findPlanWriteRefusal,
} from './campaign-plan-period'
import { findReportingPeriod, reportDeadlineOf, reportingPeriodsOf } from './campaign-plan-reports'

const ROOT = fileURLToPath(new URL('../../../../plans/seeds/', import.meta.url))
function load(name: string): Plan {
  const result = parsePlanYaml(readFileSync(`${ROOT}${name}.yaml`, 'utf8'))
  if ('errors' in result) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.plan
}
const plan000 = load('000-bac-quang-2024')
const plan001 = load('001-quang-tri-dien-hinh')
const plan002 = load('002-luc-ngan-2020-2025')
const plan003 = load('003-tay-ninh-2024')

describe('the plan’s period for every write', () => {
  it('refuses a year plan 000 ("năm 2024") does not cover', () => {
    expect(findPlanWriteRefusal(plan000, { year: 2025, date: '2025-03-01' })).toEqual({
      code: 'OUTSIDE_PLAN_PERIOD',
      message: 'Năm 2025 nằm ngoài thời gian thực hiện kế hoạch (năm 2024)',
    })
    expect(findPlanWriteRefusal(plan000, { year: 2024, date: '2026-12-07' })).toBeUndefined()
  })

  it('runs plan 001 ("hằng năm", from 2023) every year from its first', () => {
    expect(findPlanWriteRefusal(plan001, { year: 2030, date: '2030-01-01' })).toBeUndefined()
    expect(findPlanWriteRefusal(plan001, { year: 2022, date: '2022-05-01' })?.code).toBe(
      'OUTSIDE_PLAN_PERIOD',
    )
  })

  it('refuses a period wholly before plan 003’s first day (25/3/2024)', () => {
    const q1 = { start: '2023-12-15', end: '2024-03-14', label: 'Quý I năm 2024' }
    const q2 = { start: '2024-03-15', end: '2024-06-14', label: 'Quý II năm 2024' }
    expect(findPlanWriteRefusal(plan003, { year: 2024, date: '2024-03-01', period: q1 })).toEqual({
      code: 'OUTSIDE_PLAN_PERIOD',
      message: 'Quý I năm 2024 nằm ngoài thời gian thực hiện kế hoạch (25/03/2024–31/12/2024)',
    })
    expect(
      findPlanWriteRefusal(plan003, { year: 2024, date: '2024-04-01', period: q2 }),
    ).toBeUndefined()
  })

  it('closes plan 003 after "đến hết ngày 31/12/2024" (IV.1, closes: campaign_end)', () => {
    expect(findPlanWriteRefusal(plan003, { year: 2024, date: '2024-12-31' })).toBeUndefined()
    expect(findPlanWriteRefusal(plan003, { year: 2024, date: '2025-01-01' })).toMatchObject({
      code: 'CAMPAIGN_ENDED',
      message: expect.stringContaining('Đợt thi đua đã kết thúc ngày 31/12/2024') as string,
    })
  })

  it('takes an evaluation when one covering plan takes the year, and any year under none', () => {
    const date = '2025-02-01'
    expect(findEvaluationYearRefusal([], { year: 1999, date })).toBeUndefined()
    expect(findEvaluationYearRefusal([plan003, plan001], { year: 2024, date })).toBeUndefined()
    expect(findEvaluationYearRefusal([plan003], { year: 2024, date })?.code).toBe('CAMPAIGN_ENDED')
    expect(findEvaluationYearRefusal([plan000], { year: 2023, date })?.code).toBe(
      'OUTSIDE_PLAN_PERIOD',
    )
  })

  it('opens on the current year when the plan runs it, else its latest', () => {
    expect(defaultPlanYear(plan000, 2026)).toBe(2024)
    expect(defaultPlanYear(plan002, 2026)).toBe(2025)
    expect(defaultPlanYear(plan001, 2026)).toBe(2026)
    expect(defaultPlanYear(plan000, 2020)).toBe(2024)
  })
})

describe('reporting follows the plan’s own calendar', () => {
  it('gives plan 001 its two reports (IV.1: "trước ngày 30/3", "trước ngày 25/10"), no quarters', () => {
    const periods = reportingPeriodsOf(plan001, 2024)
    expect(
      periods.map((period) => [
        period.id,
        period.start,
        period.end,
        reportDeadlineOf(plan001, period),
      ]),
    ).toEqual([
      ['2024-R1', '2023-12-15', '2024-03-30', '2024-03-30'],
      ['2024-R2', '2023-12-15', '2024-10-25', '2024-10-25'],
    ])
    expect(periods[1]?.label).toBe('Báo cáo kết quả thực hiện hằng năm năm 2024 (hạn 25/10/2024)')
    expect(findReportingPeriod(plan001, '2024-Q1')).toBeUndefined()
    expect(findReportingPeriod(plan001, '2025-R2')?.end).toBe('2025-10-25')
  })

  it('keeps NĐ 09/2019 periods for a plan that sets no report date (000, 002)', () => {
    for (const plan of [plan000, plan002]) {
      const ids = reportingPeriodsOf(plan, 2024).map((period) => period.id)
      expect(ids).toEqual([
        '2024-Q1',
        '2024-Q2',
        '2024-Q3',
        '2024-Q4',
        '2024-H1',
        '2024-H2',
        '2024-9M',
        '2024',
      ])
    }
    const year = findReportingPeriod(plan000, '2024')
    expect(year && reportDeadlineOf(plan000, year)).toBe('2024-12-14')
    expect(findReportingPeriod(plan000, '2024-R1')).toBeUndefined()
  })
})
