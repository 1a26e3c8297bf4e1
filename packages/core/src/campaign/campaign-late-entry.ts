// Late entry (nhập muộn): the plan owner enters or corrects the results of a period whose
// deadline has passed for the unit — a plan loaded in the middle of its period is filled in for
// the periods already gone, a wrong accepted figure is corrected after the lock. It needs a
// reason, takes complete figures (validated as a submission) and stands as accepted at once,
// marked as late entry. It is the one report write allowed after the campaign's end; a period
// outside the plan's period is still refused. While the unit may still report itself (the
// deadline, or its extension, not passed) the unit reports: late entry is refused.
import { AppError } from '../errors/app-error'
import { findReportLock, type ReportContext } from './campaign-report-workflow'

export type LateEntryRefusal = {
  code: 'INVALID_TRANSITION' | 'VALIDATION'
  message: string
  path?: string
}

/**
 * Why a late entry is refused, or undefined.
 * @example findLateEntryRefusal({ date: '2024-03-01', deadline: '2024-03-14', reason: 'x' }) // { code: 'INVALID_TRANSITION', … }
 */
export function findLateEntryRefusal(context: ReportContext): LateEntryRefusal | undefined {
  if (!findReportLock(context))
    return {
      code: 'INVALID_TRANSITION',
      message: 'Kỳ báo cáo chưa hết hạn với đơn vị này: đơn vị tự lập và gửi báo cáo',
    }
  if (!context.reason?.trim())
    return { code: 'VALIDATION', message: 'Cần ghi lý do nhập muộn', path: 'reason' }
  return undefined
}

export function assertLateEntryAllowed(context: ReportContext): void {
  const refusal = findLateEntryRefusal(context)
  if (!refusal) return
  const details = refusal.path ? [{ path: refusal.path, message: refusal.message }] : []
  throw new AppError(refusal.code, refusal.message, details)
}
