// An upward report's life: the reporting level drafts it (the computed sections are drawn from
// the record, the written ones are its own) and sends it; the receiving level marks it received
// or returns it with a reason. A sent report is frozen with the snapshot taken when it was sent.
import { AppError } from '../errors/app-error'

export const UPWARD_REPORT_STATUSES = ['draft', 'submitted', 'received'] as const
export type UpwardReportStatus = (typeof UPWARD_REPORT_STATUSES)[number]
export const UPWARD_REPORT_ACTIONS = ['save', 'submit', 'receive', 'return'] as const
export type UpwardReportAction = (typeof UPWARD_REPORT_ACTIONS)[number]

export const UPWARD_REPORT_STATUS_LABELS: Record<UpwardReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  received: 'Cấp trên đã nhận',
}

export const UPWARD_REPORT_TRANSITIONS = {
  draft: { save: 'draft', submit: 'submitted' },
  submitted: { receive: 'received', return: 'draft' },
  received: {},
} as const satisfies Record<
  UpwardReportStatus,
  Partial<Record<UpwardReportAction, UpwardReportStatus>>
>

/** Who acts: the reporting unit or the level receiving its report. */
export const UPWARD_REPORT_ACTORS = {
  save: 'reporter',
  submit: 'reporter',
  receive: 'recipient',
  return: 'recipient',
} as const satisfies Record<UpwardReportAction, 'reporter' | 'recipient'>

const REFUSALS: Record<UpwardReportStatus, string> = {
  draft: 'Báo cáo chưa được gửi lên cấp trên',
  submitted: 'Báo cáo đã gửi lên cấp trên, không sửa hay gửi lại được',
  received: 'Cấp trên đã nhận báo cáo, không thay đổi được nữa',
}

/** The status after `action`, or INVALID_TRANSITION with why (a new report starts as a draft). */
export function transitionUpwardReport(
  status: UpwardReportStatus | null,
  action: UpwardReportAction,
  reason: string | null = null,
): UpwardReportStatus {
  const from = status ?? 'draft'
  const table: Partial<Record<UpwardReportAction, UpwardReportStatus>> =
    UPWARD_REPORT_TRANSITIONS[from]
  const to = table[action]
  if (!to) throw new AppError('INVALID_TRANSITION', REFUSALS[from])
  if (action === 'return' && !reason?.trim())
    throw new AppError('VALIDATION', 'Cần ghi lý do trả lại', [
      { path: 'reason', message: 'Cần ghi lý do trả lại' },
    ])
  return to
}
