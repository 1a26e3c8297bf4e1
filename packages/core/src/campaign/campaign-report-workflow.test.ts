import { describe, expect, it } from 'vitest'
import {
  availableReportActions,
  REPORT_ACTIONS,
  REPORT_ACTORS,
  REPORT_STATUSES,
  REPORT_TRANSITIONS,
  toReportAppError,
  transitionReport,
  type ReportAction,
  type ReportContext,
  type ReportStatus,
} from './campaign-report-workflow'

/** The whole table, written out: the status each allowed action leads to. */
const EXPECTED: Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>> = {
  draft: { save: 'draft', submit: 'submitted' },
  submitted: { withdraw: 'draft', accept: 'accepted', return: 'returned' },
  accepted: { reopen: 'returned' },
  returned: { revise: 'draft' },
}
const NEEDS_REASON: readonly ReportAction[] = ['return', 'reopen']
const UNIT_ACTIONS: readonly ReportAction[] = ['save', 'submit', 'withdraw', 'revise']

const DEADLINE = '2024-12-14'
const MOMENTS = {
  'before the deadline': { date: '2024-12-01', deadline: DEADLINE },
  'on the deadline': { date: DEADLINE, deadline: DEADLINE },
  'after the deadline': { date: '2024-12-20', deadline: DEADLINE },
  'after the deadline, extended': {
    date: '2024-12-20',
    deadline: DEADLINE,
    unitId: 5,
    extensions: [{ unitIds: [5], until: '2024-12-31', reason: 'Mất điện kéo dài' }],
  },
  'after an extension for another unit': {
    date: '2024-12-20',
    deadline: DEADLINE,
    unitId: 6,
    extensions: [{ unitIds: [5], until: '2024-12-31', reason: 'Mất điện kéo dài' }],
  },
  'with no deadline': { date: '2030-01-01', deadline: null },
} satisfies Record<string, ReportContext>
const LATE = new Set(['after the deadline', 'after an extension for another unit'])

describe('report workflow', () => {
  it('the table is the one written out, over every status', () => {
    expect(REPORT_TRANSITIONS).toEqual(EXPECTED)
    expect(Object.keys(REPORT_ACTORS).sort()).toEqual([...REPORT_ACTIONS].sort())
  })

  const cases = REPORT_STATUSES.flatMap((status) =>
    REPORT_ACTIONS.flatMap((action) =>
      Object.keys(MOMENTS).flatMap((moment) =>
        [null, 'Số liệu quý IV chưa khớp'].map(
          (reason) => [status, action, moment, reason] as const,
        ),
      ),
    ),
  )

  it('covers every status, action, moment and reason', () => {
    expect(cases).toHaveLength(4 * 8 * 6 * 2)
  })

  it.each(cases)('%s + %s, %s, reason %j', (status, action, moment, reason) => {
    const context: ReportContext = { ...MOMENTS[moment as keyof typeof MOMENTS], reason }
    const result = transitionReport(status, action, context)
    const next = EXPECTED[status][action]
    if (next === undefined) {
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
      if (!result.ok)
        expect(result.error.message).toMatch(/^Không thể ".+" báo cáo ở trạng thái ".+"$/)
    } else if (UNIT_ACTIONS.includes(action) && LATE.has(moment)) {
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'DEADLINE_PASSED',
          closedOn: DEADLINE,
          message: 'Báo cáo đã bị khóa: Đã hết hạn nộp báo cáo ngày 14/12/2024',
        },
      })
    } else if (NEEDS_REASON.includes(action) && reason === null) {
      expect(result).toMatchObject({ ok: false, error: { code: 'REASON_REQUIRED' } })
    } else {
      expect(result).toEqual({
        ok: true,
        status: next,
        reason: NEEDS_REASON.includes(action) ? reason : null,
      })
    }
  })

  it('treats a blank reason as none', () => {
    expect(
      transitionReport('submitted', 'return', { ...MOMENTS['before the deadline'], reason: '   ' }),
    ).toEqual({
      ok: false,
      error: { code: 'REASON_REQUIRED', message: 'Cần ghi lý do khi "Trả lại" báo cáo' },
    })
  })

  it('names the extension that has run out', () => {
    const result = transitionReport('draft', 'submit', {
      ...MOMENTS['after the deadline, extended'],
      date: '2025-01-01',
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'DEADLINE_PASSED',
        closedOn: '2024-12-31',
        message:
          'Báo cáo đã bị khóa: Đã hết hạn nộp báo cáo ngày 31/12/2024 (đã gia hạn từ hạn ban đầu 14/12/2024)',
      },
    })
  })

  it.each([
    ['draft', 'unit', 'before the deadline', ['save', 'submit']],
    ['draft', 'unit', 'after the deadline', []],
    ['draft', 'unit', 'after the deadline, extended', ['save', 'submit']],
    ['draft', 'reviewer', 'before the deadline', []],
    ['submitted', 'unit', 'before the deadline', ['withdraw']],
    ['submitted', 'reviewer', 'after the deadline', ['accept', 'return']],
    ['accepted', 'reviewer', 'after the deadline', ['reopen']],
    ['returned', 'unit', 'before the deadline', ['revise']],
    ['returned', 'unit', 'after the deadline', []],
  ] as const)('a %s report offers the %s %s: %j', (status, actor, moment, actions) => {
    expect(availableReportActions(status, actor, MOMENTS[moment])).toEqual(actions)
  })

  it.each([
    [{ code: 'INVALID_TRANSITION', message: 'x' }, 'INVALID_TRANSITION', []],
    [{ code: 'DEADLINE_PASSED', message: 'x', closedOn: DEADLINE }, 'DEADLINE_PASSED', []],
    [{ code: 'REASON_REQUIRED', message: 'x' }, 'VALIDATION', [{ path: 'reason', message: 'x' }]],
  ] as const)('maps %j to the product error %s', (error, code, details) => {
    const appError = toReportAppError(error)
    expect([appError.code, appError.message, appError.details]).toEqual([code, 'x', details])
  })
})
