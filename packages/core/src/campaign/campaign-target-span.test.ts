// When a year's value is final and which due date the plan gives, against the seed plans' own
// words; and "no data" never read as met.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePlanYaml } from '../plans/plan-yaml'
import type { Plan } from '../plans/plan-schema'
import type { Target } from '../plans/plan-targets'
import { buildTargetFraction, computeTargetValue } from './campaign-target-fraction'
import { yearBounds, ND09_CALENDAR } from './campaign-periods'
import { assessedCountTarget, evaluateTargetStatus, targetGoals } from './campaign-target-status'
import { targetSpan } from './campaign-target-span'

const ROOT = fileURLToPath(new URL('../../../../plans/seeds/', import.meta.url))
function load(name: string): Plan {
  const result = parsePlanYaml(readFileSync(`${ROOT}${name}.yaml`, 'utf8'))
  if ('errors' in result) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.plan
}
const find = (plan: Plan, id: string) => plan.targets.find((each) => each.id === id) as Target

/** A target's status as the server judges it: its span for `year`, judged on `today`. */
function judge(plan: Plan, target: Target, year: number, today: string, numerator: number | null) {
  const { period, closesOn } = targetSpan(plan, target, year)
  const value = { numerator, denominator: target.measure.type === 'count' ? null : 100 }
  const goals = targetGoals(target, period, plan.period.phases)
  return evaluateTargetStatus({ target, value, today, period, goals, closesOn })
}

describe('the due date a plan gives', () => {
  const p000 = load('000-bac-quang-2024')
  const p002 = load('002-luc-ngan-2020-2025')
  const p003 = load('003-tay-ninh-2024')

  it('003 "từ nay đến hết ngày 31/12/2024": due 31/12/2024, not NĐ 09’s 14/12', () => {
    const span = targetSpan(p003, p003.targets[0] as Target, 2024)
    expect(span).toEqual({
      period: { start: '2024-03-25', end: '2024-12-31' },
      closesOn: '2024-12-31',
    })
    expect(yearBounds(ND09_CALENDAR, 2024).end).toBe('2024-12-14')
  })

  it('000 "năm 2024": the calendar year, judged final only after 31/12/2024', () => {
    const target = find(p000, 'phan-loai-xuat-sac') // IV.3 "… 30% Xuất sắc"
    expect(targetSpan(p000, target, 2024).closesOn).toBe('2024-12-31')
    // On 15/12 — past NĐ 09's cut-off, before the plan's year ends — still open: pro-rata.
    expect(judge(p000, target, 2024, '2024-12-15', 20).status).toBe('at_risk')
    expect(judge(p000, target, 2024, '2024-12-15', 29.9).status).toBe('on_track')
    expect(judge(p000, target, 2024, '2025-01-01', 29.9).status).toBe('missed')
    expect(judge(p000, target, 2024, '2025-01-01', 30).status).toBe('met')
  })

  it('an open year is judged pro-rata: on track or at risk, never final', () => {
    const target = find(p000, 'phan-loai-xuat-sac')
    const mid = judge(p000, target, 2024, '2024-07-01', 14)
    expect(mid.status).toBe('at_risk')
    expect(mid.expected).toBeCloseTo((183 / 366) * 0.3, 9)
    expect(judge(p000, target, 2024, '2024-07-01', 15).status).toBe('on_track')
  })

  it('002 phases "đến hết năm 2022" / "đến hết năm 2025": a past year is final against the goal then in force', () => {
    const target = p002.targets.find((each) => each.milestones.length > 0) as Target
    const today = '2026-12-07'
    const y2022 = judge(p002, target, 2022, today, 99)
    expect(y2022.goal).toMatchObject({ due: '2022-12-31', phase: 'den-2022' })
    expect(['met', 'missed']).toContain(y2022.status)
    for (const year of [2020, 2021, 2023, 2024, 2025]) {
      const result = judge(p002, target, year, today, 1)
      expect(result.status, String(year)).toBe('missed')
      expect(result.goal.due, String(year)).toBe(year <= 2022 ? '2022-12-31' : '2025-12-31')
    }
    // Inside 2023, the 2025 goal is still open: pro-rata, not final.
    expect(['on_track', 'at_risk']).toContain(judge(p002, target, 2023, '2023-06-30', 1).status)
  })
})

describe('no data', () => {
  const p000 = load('000-bac-quang-2024')
  const noWeak = find(p000, 'khong-co-yeu') // IV.3 "Không có đơn vị bị phân loại phong trào Yếu."

  it('a value of nothing is "Chưa có số liệu" while open and after, never met', () => {
    const share = find(p000, 'phan-loai-xuat-sac')
    for (const today of ['2024-07-01', '2026-12-07']) {
      expect(judge(p000, share, 2024, today, null)).toMatchObject({
        status: 'no_data',
        reason: expect.stringContaining('Chưa có số liệu') as string,
      })
      const zero = evaluateTargetStatus({
        ...{ target: share, today, value: { numerator: 0, denominator: 0 } },
        ...targetSpan(p000, share, 2024),
      })
      expect(zero.status).toBe('no_data')
    }
  })

  it('"= 0 Yếu" with nobody classified counts nobody assessed: no data, not met', () => {
    const assessed = assessedCountTarget(noWeak) as Target
    expect(assessedCountTarget(find(p000, 'phan-loai-xuat-sac'))).toBeNull()
    type Row = { 'unit.kind': string; 'movement.class': string | null }
    const units: Row[] = [
      { 'unit.kind': 'commune', 'movement.class': null },
      { 'unit.kind': 'school', 'movement.class': null },
    ]
    const of = (target: Target, rows: Row[]) => {
      const fraction = buildTargetFraction(target, p000)
      if (!fraction.ok) throw new Error(fraction.errors.map((e) => e.message).join('\n'))
      return computeTargetValue(fraction, rows).numerator
    }
    expect(of(noWeak, units)).toBe(0)
    expect(of(assessed, units)).toBe(0) // nobody assessed: the 0 above says nothing
    const classified = [...units, { 'unit.kind': 'commune', 'movement.class': 'kha' }]
    expect(of(assessed, classified)).toBe(1)
    expect(judge(p000, noWeak, 2024, '2026-12-07', 0).status).toBe('met')
    expect(judge(p000, noWeak, 2024, '2026-12-07', null).status).toBe('no_data')
  })
})
