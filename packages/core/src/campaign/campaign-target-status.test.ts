import { describe, expect, it } from 'vitest'
import { loadMinimalPlan } from '../../test/plan-fixture'
import type { Target } from '../plans/plan-targets'
import {
  evaluateTargetStatus,
  TARGET_STATUS_LABELS,
  TARGET_STATUSES,
  targetGoals,
  type TargetStatus,
} from './campaign-target-status'
import type { TargetValue } from './campaign-target-values'

const base = loadMinimalPlan()
const target = (measure: Target['measure'], extra: Partial<Target> = {}): Target => ({
  ...base.targets[0]!,
  measure,
  scope: {
    unitKinds: ['commune', 'school'],
    managedBy: 'territory',
    area: null,
    where: null,
    per: null,
  },
  milestones: [],
  ...extra,
})
const YEAR = { start: '2024-01-01', end: '2024-12-31' }
const share = (numerator: number | null, denominator: number | null = 100): TargetValue => ({
  numerator,
  denominator,
})

describe('target status', () => {
  const ninety = target(
    { type: 'unit_share', condition: 'antt.recognized' },
    { comparator: '>=', threshold: '90%', due: null },
  )
  it.each<[string, Partial<Target>, TargetValue, string, TargetStatus, number | null]>([
    ['met early', {}, share(92), '2024-07-01', 'met', null],
    ['on the linear path at mid-year', {}, share(46), '2024-07-01', 'on_track', 0.45],
    ['exactly on it', {}, share(45), '2024-07-01', 'on_track', 0.45],
    ['behind it', {}, share(44), '2024-07-01', 'at_risk', 0.45],
    ['no figures yet', {}, share(0, 0), '2024-07-01', 'no_data', null],
    ['on the due day, short', {}, share(89), '2024-12-31', 'at_risk', 0.9],
    ['after the due date, met', {}, share(90), '2025-01-01', 'met', null],
    ['after the due date, short', {}, share(89), '2025-01-01', 'missed', null],
    ['after the due date, no figures', {}, share(null), '2025-01-01', 'no_data', null],
    ['"more than" is strict', { comparator: '>' }, share(90), '2025-01-01', 'missed', null],
    ['a due date of its own', { due: '2024-06-30' }, share(50), '2024-07-01', 'missed', null],
    ['a cap kept', { comparator: '<', threshold: '15%' }, share(10), '2024-03-01', 'met', null],
    [
      'a cap broken before the due date',
      { comparator: '<', threshold: '15%' },
      share(20),
      '2024-03-01',
      'at_risk',
      null,
    ],
    [
      'a cap broken at the end',
      { comparator: '<', threshold: '15%' },
      share(20),
      '2025-01-01',
      'missed',
      null,
    ],
    [
      '"none" with one left',
      { comparator: '=', threshold: 0 },
      share(1, null),
      '2024-03-01',
      'at_risk',
      null,
    ],
    [
      '"none" reached',
      { comparator: '=', threshold: 0 },
      share(0, null),
      '2024-03-01',
      'met',
      null,
    ],
    [
      'a count on its way',
      { comparator: '>=', threshold: 20 },
      share(10, null),
      '2024-07-01',
      'on_track',
      10,
    ],
  ])('%s', (_, change, value, today, status, expected) => {
    const result = evaluateTargetStatus({
      target: { ...ninety, ...change },
      value,
      today,
      period: YEAR,
    })
    expect(result.status).toBe(status)
    if (expected === null) expect(result.expected).toBeNull()
    else expect(result.expected).toBeCloseTo(expected, 9)
  })

  it('names every status in Vietnamese, "not applicable" among them', () => {
    expect(TARGET_STATUSES.map((status) => TARGET_STATUS_LABELS[status])).toEqual([
      ...['Đã đạt', 'Đúng tiến độ', 'Chậm tiến độ', 'Không đạt', 'Chưa có số liệu'],
      'Không áp dụng',
    ])
  })

  it('explains itself in Vietnamese', () => {
    expect(
      evaluateTargetStatus({ target: ninety, value: share(44), today: '2024-07-01', period: YEAR })
        .reason,
    ).toBe('Chậm tiến độ: 44%, cần 45% tại ngày 01/07/2024 (chỉ tiêu ≥ 90% đến ngày 31/12/2024)')
    expect(
      evaluateTargetStatus({ target: ninety, value: share(92), today: '2025-01-01', period: YEAR })
        .reason,
    ).toBe('Đã đạt: 92% (chỉ tiêu ≥ 90% đến ngày 31/12/2024)')
  })

  describe('phased (plan 002: >90% by end-2022, >95% by 2025)', () => {
    const phased = target(
      { type: 'unit_share', condition: 'antt.recognized' },
      {
        comparator: '>',
        threshold: '95%',
        due: '2025-12-31',
        milestones: [
          { phase: 'den-2022', due: '2022-12-31', comparator: '>', threshold: '90%', upper: null },
        ],
      },
    )
    const period = { start: '2020-01-01', end: '2025-12-31' }
    const phases = [
      { id: 'den-2022', start: '2020-01-01', end: '2022-12-31' },
      { id: 'den-2025', start: '2023-01-01', end: '2025-12-31' },
    ]
    it.each<[string, number, TargetStatus, string, number | null]>([
      ['2021-06-30', 50, 'on_track', 'den-2022', (547 / 1096) * 0.9],
      ['2021-06-30', 40, 'at_risk', 'den-2022', (547 / 1096) * 0.9],
      ['2022-12-31', 91, 'met', 'den-2022', null],
      ['2023-01-01', 91, 'on_track', 'den-2025', 0.9 + 0.05 / 1096],
      ['2024-07-01', 93, 'on_track', 'den-2025', 0.925],
      ['2024-07-01', 92, 'at_risk', 'den-2025', 0.925],
      ['2026-01-01', 96, 'met', 'den-2025', null],
      ['2026-01-01', 95, 'missed', 'den-2025', null],
    ])('on %s at %s%%: %s in phase %s', (today, percent, status, phase, expected) => {
      const result = evaluateTargetStatus({
        target: phased,
        value: share(percent),
        today,
        period,
        phases,
      })
      expect([result.status, result.goal.phase]).toEqual([status, phase])
      if (expected === null) expect(result.expected).toBeNull()
      else expect(result.expected).toBeCloseTo(expected, 9)
    })

    it('dates a milestone by its phase when it has no date', () => {
      const byPhase = { ...phased, milestones: [{ ...phased.milestones[0]!, due: null }] }
      expect(
        targetGoals(byPhase, period, phases).map((goal) => [goal.start, goal.due, goal.phase]),
      ).toEqual([
        ['2020-01-01', '2022-12-31', 'den-2022'],
        ['2023-01-01', '2025-12-31', 'den-2025'],
      ])
    })
  })
})
