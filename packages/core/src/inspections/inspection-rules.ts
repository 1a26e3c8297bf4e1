// An inspection's life and the checks its record must pass: the status transition table
// (planned → in progress → done, reopened with a reason), a period that runs forward inside its
// year, visits inside the period, and follow-up actions due after the inspection began.
import { AppError, type ErrorDetail } from '../errors/app-error'

export const INSPECTION_STATUSES = ['planned', 'in_progress', 'done'] as const
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number]

export const INSPECTION_ACTIONS = ['start', 'finish', 'reopen'] as const
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number]

/** The transition table: from a status, which action leads where. */
export const INSPECTION_TRANSITIONS: Record<
  InspectionStatus,
  Partial<Record<InspectionAction, InspectionStatus>>
> = {
  planned: { start: 'in_progress' },
  in_progress: { finish: 'done' },
  done: { reopen: 'in_progress' },
}

export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = {
  planned: 'Chưa tiến hành',
  in_progress: 'Đang kiểm tra',
  done: 'Đã kết thúc',
}

export const FINDING_RESULTS = ['met', 'not_met', 'noted'] as const
export type FindingResult = (typeof FINDING_RESULTS)[number]
export const FINDING_RESULT_LABELS: Record<FindingResult, string> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  noted: 'Ghi nhận',
}

export const INSPECTION_MEMBER_ROLES = ['lead', 'deputy', 'member', 'secretary'] as const
export type InspectionMemberRole = (typeof INSPECTION_MEMBER_ROLES)[number]
export const INSPECTION_MEMBER_ROLE_LABELS: Record<InspectionMemberRole, string> = {
  lead: 'Trưởng đoàn',
  deputy: 'Phó Trưởng đoàn',
  member: 'Thành viên',
  secretary: 'Thư ký',
}

export const ACTION_STATUSES = ['open', 'done'] as const
export type InspectionActionStatus = (typeof ACTION_STATUSES)[number]

/** The status an action leads to, or INVALID_TRANSITION naming where the inspection stands. */
export function nextInspectionStatus(
  status: InspectionStatus,
  action: InspectionAction,
): InspectionStatus {
  const next = INSPECTION_TRANSITIONS[status][action]
  if (next === undefined)
    throw new AppError(
      'INVALID_TRANSITION',
      `Cuộc kiểm tra đang ở trạng thái "${INSPECTION_STATUS_LABELS[status]}", không thực hiện được thao tác này`,
    )
  return next
}

/** Team, units and findings change only while the inspection is not over. */
export function assertInspectionOpen(status: InspectionStatus): void {
  if (status === 'done')
    throw new AppError(
      'INVALID_TRANSITION',
      'Cuộc kiểm tra đã kết thúc; cần mở lại trước khi sửa biên bản',
    )
}

function fail(details: ErrorDetail[]): never {
  throw new AppError('VALIDATION', details.map((detail) => detail.message).join('; '), details)
}

/** The period runs forward and lies in the inspection's year. */
export function assertInspectionPeriod(period: { year: number; from: string; to: string }): void {
  const details: ErrorDetail[] = []
  if (period.to < period.from)
    details.push({ path: 'periodTo', message: 'Ngày kết thúc kiểm tra trước ngày bắt đầu' })
  if (Number(period.from.slice(0, 4)) !== period.year)
    details.push({
      path: 'periodFrom',
      message: `Ngày bắt đầu kiểm tra không thuộc năm ${period.year}`,
    })
  if (details.length > 0) fail(details)
}

/** A visit falls inside the inspection's period. */
export function assertVisitInPeriod(
  visitedOn: string | null,
  period: { from: string; to: string },
): void {
  if (visitedOn !== null && (visitedOn < period.from || visitedOn > period.to))
    fail([{ path: 'visitedOn', message: 'Ngày kiểm tra đơn vị nằm ngoài thời gian kiểm tra' }])
}

/** A follow-up action is due no earlier than the inspection began. */
export function assertActionDue(dueOn: string, period: { from: string }): void {
  if (dueOn < period.from)
    fail([{ path: 'dueOn', message: 'Hạn thực hiện kiến nghị trước ngày bắt đầu kiểm tra' }])
}

/** Exactly one team lead: the biên bản is signed by the Trưởng đoàn. */
export function assertOneLead(members: readonly { role: InspectionMemberRole }[]): void {
  const leads = members.filter((member) => member.role === 'lead').length
  if (leads !== 1) fail([{ path: 'members', message: 'Đoàn kiểm tra cần đúng một Trưởng đoàn' }])
}

/** An inspection ends with every unit visited and concluded, and at least one unit. */
export function assertReadyToFinish(
  units: readonly { name: string; visitedOn: string | null; conclusion: string | null }[],
): void {
  if (units.length === 0) fail([{ path: 'units', message: 'Chưa có đơn vị được kiểm tra' }])
  const details = units.flatMap((unit): ErrorDetail[] =>
    unit.visitedOn === null || !unit.conclusion
      ? [{ path: 'units', message: `Chưa ghi ngày kiểm tra và kết luận tại ${unit.name}` }]
      : [],
  )
  if (details.length > 0) fail(details)
}
