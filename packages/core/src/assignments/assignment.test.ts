import { describe, expect, it } from 'vitest'
import { occurrenceLabel, taskOccurrences } from './assignment-schedule'
import {
  availableAssignmentActions,
  deriveAssignmentStatus,
  scoreAssignments,
  transitionAssignment,
  type AssignmentFacts,
} from './assignment-status'

const task = (schedule: string, extra: Record<string, string | null> = {}) =>
  ({ schedule, due: null, annualDue: null, from: null, ...extra }) as Parameters<
    typeof taskOccurrences
  >[0]

describe('taskOccurrences', () => {
  it('gives a quarterly task four shares due at the quarter ends', () => {
    const list = taskOccurrences(task('quarterly'), 2024)
    expect(list.map((each) => [each.key, each.due])).toEqual([
      ['2024-Q1', '2024-03-31'],
      ['2024-Q2', '2024-06-30'],
      ['2024-Q3', '2024-09-30'],
      ['2024-Q4', '2024-12-31'],
    ])
  })

  it('gives monthly 12 (29/02 in a leap year), six-monthly 2, yearly and continuous 1', () => {
    const monthly = taskOccurrences(task('monthly'), 2024)
    expect(monthly).toHaveLength(12)
    expect(monthly[1]).toMatchObject({ key: '2024-M02', due: '2024-02-29' })
    expect(taskOccurrences(task('six_monthly'), 2023).map((each) => each.due)).toEqual([
      '2023-06-30',
      '2023-12-31',
    ])
    expect(taskOccurrences(task('yearly', { annualDue: '10-25' }), 2024)).toEqual([
      { key: '2024', year: 2024, start: '2024-01-01', due: '2024-10-25' },
    ])
    expect(taskOccurrences(task('yearly'), 2024)[0]?.due).toBe('2024-12-31')
    expect(taskOccurrences(task('continuous'), 2025)).toEqual([
      { key: '2025', year: 2025, start: '2025-01-01', due: '2025-12-31' },
    ])
  })

  it('gives a one-off task its due date in that year, or nothing', () => {
    const once = task('once', { due: '2020-09-05' })
    expect(taskOccurrences(once, 2020)).toEqual([
      { key: '2020', year: 2020, start: '2020-01-01', due: '2020-09-05' },
    ])
    expect(taskOccurrences(once, 2021)).toEqual([])
    // "trong tháng 7 năm 2024": due at the end of July
    expect(taskOccurrences(task('once', { from: '2024-07-01' }), 2024)[0]?.due).toBe('2024-07-31')
    // no date at all: the plan's first year, at its end
    expect(taskOccurrences(task('once'), 2021, 2020)).toEqual([])
    expect(taskOccurrences(task('once'), 2020, 2020)[0]?.due).toBe('2020-12-31')
  })

  it('owes no cycle ending before the task starts', () => {
    const list = taskOccurrences(task('quarterly', { from: '2024-05-10' }), 2024)
    expect(list.map((each) => each.key)).toEqual(['2024-Q2', '2024-Q3', '2024-Q4'])
    expect(list[0]?.start).toBe('2024-05-10')
  })

  it('falls a yearly 29/02 on 28/02 outside leap years', () => {
    expect(taskOccurrences(task('yearly', { annualDue: '02-29' }), 2023)[0]?.due).toBe('2023-02-28')
  })
})

describe('occurrenceLabel', () => {
  it('says each occurrence in Vietnamese', () => {
    expect(['2024', '2024-Q2', '2024-H1', '2024-H2', '2024-M03'].map(occurrenceLabel)).toEqual([
      'Năm 2024',
      'Quý II/2024',
      '6 tháng đầu năm 2024',
      '6 tháng cuối năm 2024',
      'Tháng 3/2024',
    ])
  })
})

describe('assignment workflow', () => {
  it('moves submitted → returned → submitted → accepted', () => {
    expect(transitionAssignment('open', 'submit', null)).toBe('submitted')
    expect(transitionAssignment('submitted', 'return', 'Thiếu biên bản')).toBe('returned')
    expect(transitionAssignment('returned', 'submit', null)).toBe('submitted')
    expect(transitionAssignment('submitted', 'accept', null)).toBe('accepted')
  })

  it('refuses a return without a reason and an action the state does not allow', () => {
    expect(() => transitionAssignment('submitted', 'return', '  ')).toThrow('lý do trả lại')
    expect(() => transitionAssignment('open', 'accept', null)).toThrow('Không thể "Chấp nhận"')
    expect(() => transitionAssignment('accepted', 'note', 'x')).toThrow('Không thể "Ghi tiến độ"')
  })

  it('offers each side its own actions', () => {
    expect(availableAssignmentActions('open', 'owner')).toEqual(['note', 'submit'])
    expect(availableAssignmentActions('submitted', 'reviewer')).toEqual(['accept', 'return'])
    expect(availableAssignmentActions('submitted', 'owner')).toEqual([])
  })
})

describe('deriveAssignmentStatus and scoreAssignments', () => {
  const base: AssignmentFacts = {
    review: 'open',
    started: false,
    due: '2024-03-31',
    completedOn: null,
  }
  it('derives each status on a fixed date', () => {
    expect(deriveAssignmentStatus(base, '2024-03-31')).toBe('not_started')
    expect(deriveAssignmentStatus({ ...base, started: true }, '2024-03-01')).toBe('in_progress')
    expect(deriveAssignmentStatus(base, '2024-04-01')).toBe('overdue')
    expect(deriveAssignmentStatus({ ...base, review: 'returned' }, '2025-01-01')).toBe('overdue')
    expect(deriveAssignmentStatus({ ...base, review: 'submitted' }, '2025-01-01')).toBe(
      'in_progress',
    )
    expect(
      deriveAssignmentStatus(
        { ...base, review: 'accepted', completedOn: '2024-04-02' },
        '2024-04-03',
      ),
    ).toBe('done')
  })

  it('counts on time, late, overdue, in progress and not started', () => {
    const card = scoreAssignments(
      [
        { ...base, review: 'accepted', completedOn: '2024-03-31' },
        { ...base, review: 'accepted', completedOn: '2024-04-02' },
        base,
        { ...base, due: '2024-12-31', started: true },
        { ...base, due: '2024-12-31' },
      ],
      '2024-05-01',
    )
    expect(card).toEqual({ total: 5, onTime: 1, late: 1, overdue: 1, inProgress: 1, notStarted: 1 })
  })
})
