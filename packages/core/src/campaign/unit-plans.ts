// A unit's own plan (kế hoạch của đơn vị) sent to the plan owner by a plan_submission deadline
// ("xây dựng kế hoạch … gửi về UBND huyện trước ngày 05/9/2020"): a transition table (submit,
// accept, return), the deadline with its extensions, and the file types a plan may be sent as.
import { AppError } from '../errors/app-error'
import { detectDossierFileType } from '../awards/dossier-upload'
import type { Deadline } from '../plans/plan-schedule'
import { dateInYear } from './campaign-dates'
import {
  checkDeadline,
  DEADLINE_ACTS,
  type DeadlineCheck,
  type DeadlineExtension,
} from './campaign-deadlines'

export const UNIT_PLAN_STATUSES = ['submitted', 'accepted', 'returned'] as const
export type UnitPlanStatus = (typeof UNIT_PLAN_STATUSES)[number]
export const UNIT_PLAN_ACTIONS = ['submit', 'accept', 'return'] as const
export type UnitPlanAction = (typeof UNIT_PLAN_ACTIONS)[number]

/** From which status (null: nothing sent yet) each action leads where; accepted is final. */
export const UNIT_PLAN_TRANSITIONS: Readonly<
  Record<UnitPlanAction, { from: readonly (UnitPlanStatus | null)[]; to: UnitPlanStatus }>
> = {
  // Sent again before review replaces the plan; after a return it is sent anew.
  submit: { from: [null, 'submitted', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
}

const ACTION_NAMES: Record<UnitPlanAction, string> = {
  submit: 'gửi kế hoạch',
  accept: 'tiếp nhận kế hoạch',
  return: 'trả lại kế hoạch',
}

/** The status an action leads to, or INVALID_TRANSITION saying why not. */
export function transitionUnitPlan(from: UnitPlanStatus | null, action: UnitPlanAction) {
  const rule = UNIT_PLAN_TRANSITIONS[action]
  if (rule.from.includes(from)) return rule.to
  const state =
    from === null
      ? 'đơn vị chưa gửi kế hoạch'
      : from === 'accepted'
        ? 'kế hoạch đã được tiếp nhận'
        : 'kế hoạch đã bị trả lại'
  throw new AppError('INVALID_TRANSITION', `Không thể ${ACTION_NAMES[action]}: ${state}`)
}

/** The campaign year an extension of this deadline is kept under: its date's year, or the plan's first. */
export function unitPlanYear(deadline: Pick<Deadline, 'date'>, startYear: number): number {
  return deadline.date === null ? startYear : Number(deadline.date.slice(0, 4))
}

/** The day the deadline falls on; null when the plan sets no date ("cụ thể hóa" without one). */
export function unitPlanDueDate(
  deadline: Pick<Deadline, 'date' | 'annual'>,
  year: number,
): string | null {
  if (deadline.date !== null) return deadline.date
  return deadline.annual === null ? null : dateInYear(deadline.annual, year)
}

/**
 * Whether a unit may still send its plan on `date`: the deadline's own day, or the latest
 * extension granted to the unit. A deadline without a date never refuses.
 * @example checkUnitPlanDeadline({ date: '2020-09-05', annual: null }, { year: 2020, date: '2020-09-06', unitId: 7 }).reason // 'Đã hết hạn gửi kế hoạch thực hiện ngày 05/09/2020'
 */
export function checkUnitPlanDeadline(
  deadline: Pick<Deadline, 'date' | 'annual'>,
  input: { year: number; date: string; unitId: number; extensions?: readonly DeadlineExtension[] },
): DeadlineCheck {
  return checkDeadline({
    act: DEADLINE_ACTS.plan_submission,
    deadline: unitPlanDueDate(deadline, input.year),
    date: input.date,
    unitId: input.unitId,
    extensions: input.extensions ?? [],
  })
}

/** Sent after the plan's own date (under an extension, or before it was enforced). */
export function isUnitPlanLate(dueDate: string | null, submittedOn: string): boolean {
  return dueDate !== null && submittedOn > dueDate
}

export const UNIT_PLAN_MAX_BYTES = 10 * 1024 * 1024
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] // .doc (Word 97–2003)
export const UNIT_PLAN_FILE_TYPES = {
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  doc: { mime: 'application/msword', extension: 'doc' },
} as const

/**
 * A plan sent as a file: PDF, DOCX or DOC told by its content, named as it is, within 10 MB.
 * @example checkUnitPlanUpload('ke-hoach.pdf', bytes) // { mime: 'application/pdf' }
 */
export function checkUnitPlanUpload(filename: string, bytes: Uint8Array): { mime: string } {
  const refuse = (message: string) =>
    new AppError('UPLOAD_INVALID', message, [{ path: 'file', message }])
  if (bytes.length === 0) throw refuse(`Tệp "${filename}" rỗng`)
  if (bytes.length > UNIT_PLAN_MAX_BYTES)
    throw refuse(`Tệp "${filename}" vượt quá ${UNIT_PLAN_MAX_BYTES / 1024 / 1024} MB cho phép`)
  const detected = detectDossierFileType(bytes)
  const type = OLE.every((value, i) => bytes[i] === value)
    ? 'doc'
    : detected === 'pdf' || detected === 'docx'
      ? detected
      : undefined
  if (!type)
    throw refuse(`Tệp "${filename}" không phải PDF, DOCX hoặc DOC (nội dung tệp không khớp)`)
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  if (extension !== UNIT_PLAN_FILE_TYPES[type].extension)
    throw refuse(`Tên tệp "${filename}" không khớp nội dung (nội dung là ${type.toUpperCase()})`)
  return { mime: UNIT_PLAN_FILE_TYPES[type].mime }
}
