// A unit's periodic report: drafted and submitted by the unit, accepted or returned (with a
// reason) by the level above; a returned report goes back to draft for correction. After the
// reporting deadline the unit's own actions are locked unless it has an extension; the
// reviewer's actions never are (a reviewer who returns a report late grants an extension with
// it, or the unit cannot correct it). An accepted report may be reopened, with a reason.
import { AppError } from '../errors/app-error'
import { checkDeadline, type DeadlineExtension } from './campaign-deadlines'

export const REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export const REPORT_ACTIONS = [
  'save',
  'submit',
  'withdraw',
  'accept',
  'return',
  'revise',
  'reopen',
  // The plan owner enters or corrects a closed period's figures (campaign-late-entry.ts); never
  // a step of the workflow below, so never offered as one.
  'late_entry',
] as const
export type ReportAction = (typeof REPORT_ACTIONS)[number]

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  accepted: 'Đã tiếp nhận',
  returned: 'Bị trả lại',
}
export const REPORT_ACTION_LABELS: Record<ReportAction, string> = {
  save: 'Lưu',
  submit: 'Gửi báo cáo',
  withdraw: 'Rút lại',
  accept: 'Tiếp nhận',
  return: 'Trả lại',
  revise: 'Sửa lại',
  reopen: 'Mở lại',
  late_entry: 'Nhập muộn',
}

export const REPORT_TRANSITIONS = {
  draft: { save: 'draft', submit: 'submitted' },
  submitted: { withdraw: 'draft', accept: 'accepted', return: 'returned' },
  accepted: { reopen: 'returned' },
  returned: { revise: 'draft' },
} as const satisfies Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>>

/** Who acts: the reporting unit or the level that reviews its reports. */
export const REPORT_ACTORS = {
  save: 'unit',
  submit: 'unit',
  withdraw: 'unit',
  revise: 'unit',
  accept: 'reviewer',
  return: 'reviewer',
  reopen: 'reviewer',
  late_entry: 'reviewer',
} as const satisfies Record<ReportAction, 'unit' | 'reviewer'>

export const REASON_REQUIRED_ACTIONS: readonly ReportAction[] = ['return', 'reopen']

export type ReportContext = {
  /** Today, as a Vietnamese calendar day. */
  date: string
  /** The last day to report for the period; null when the plan sets none. */
  deadline: string | null
  unitId?: number | null
  extensions?: readonly DeadlineExtension[]
  reason?: string | null
}

export type ReportTransitionError =
  | { code: 'INVALID_TRANSITION'; message: string }
  | { code: 'REASON_REQUIRED'; message: string }
  | { code: 'DEADLINE_PASSED'; message: string; closedOn: string }

export type ReportTransition =
  | { ok: true; status: ReportStatus; reason: string | null }
  | { ok: false; error: ReportTransitionError }

/** Why the unit's own actions are locked on the context's date, if they are. */
export function findReportLock(
  context: ReportContext,
): { message: string; closedOn: string } | undefined {
  const check = checkDeadline({
    act: 'nộp báo cáo',
    deadline: context.deadline,
    date: context.date,
    unitId: context.unitId ?? null,
    extensions: context.extensions ?? [],
  })
  return check.open
    ? undefined
    : { message: `Báo cáo đã bị khóa: ${check.reason}`, closedOn: check.closedOn }
}

/**
 * @example transitionReport('submitted', 'return', { date: '2024-12-20', deadline: '2024-12-14', reason: 'Thiếu số liệu quý IV' }) // { ok: true, status: 'returned', … }
 * @example transitionReport('draft', 'submit', { date: '2024-12-15', deadline: '2024-12-14' }) // { ok: false, error: { code: 'DEADLINE_PASSED', … } }
 */
export function transitionReport(
  status: ReportStatus,
  action: ReportAction,
  context: ReportContext,
): ReportTransition {
  const row: Partial<Record<ReportAction, ReportStatus>> = REPORT_TRANSITIONS[status]
  const next = row[action]
  if (next === undefined)
    return {
      ok: false,
      error: {
        code: 'INVALID_TRANSITION',
        message: `Không thể "${REPORT_ACTION_LABELS[action]}" báo cáo ở trạng thái "${REPORT_STATUS_LABELS[status]}"`,
      },
    }
  if (REPORT_ACTORS[action] === 'unit') {
    const lock = findReportLock(context)
    if (lock) return { ok: false, error: { code: 'DEADLINE_PASSED', ...lock } }
  }
  const reason = context.reason?.trim() || null
  if (REASON_REQUIRED_ACTIONS.includes(action) && reason === null)
    return {
      ok: false,
      error: {
        code: 'REASON_REQUIRED',
        message: `Cần ghi lý do khi "${REPORT_ACTION_LABELS[action]}" báo cáo`,
      },
    }
  return {
    ok: true,
    status: next,
    reason: REASON_REQUIRED_ACTIONS.includes(action) ? reason : null,
  }
}

/** The actions a role may take now (locked ones left out), for the buttons of a page. */
export function availableReportActions(
  status: ReportStatus,
  actor: 'unit' | 'reviewer',
  context: Omit<ReportContext, 'reason'>,
): ReportAction[] {
  const locked = actor === 'unit' && findReportLock(context) !== undefined
  return REPORT_ACTIONS.filter(
    (action) => action in REPORT_TRANSITIONS[status] && REPORT_ACTORS[action] === actor && !locked,
  )
}

/** The product-wide error for a refused transition (the server maps its code to HTTP). */
export function toReportAppError(error: ReportTransitionError): AppError {
  switch (error.code) {
    case 'INVALID_TRANSITION':
      return new AppError('INVALID_TRANSITION', error.message)
    case 'DEADLINE_PASSED':
      return new AppError('DEADLINE_PASSED', error.message)
    case 'REASON_REQUIRED':
      return new AppError('VALIDATION', error.message, [{ path: 'reason', message: error.message }])
  }
}
