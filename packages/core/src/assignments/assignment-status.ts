// Where an assignment stands. The owner body works on it (progress notes, evidence files) and
// submits it as done; the plan owner accepts it or returns it with a reason. "Hoàn thành" is an
// accepted submission, dated by the submission ("done late" when submitted after the due date);
// an open or returned share past its due date is "quá hạn". A submission waiting for review is
// never overdue: the plan owner holds it.
import { AppError } from '../errors/app-error'

export const ASSIGNMENT_STATUSES = [
  'not_started',
  'in_progress',
  'done',
  'overdue',
  'cancelled',
] as const
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number]
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  overdue: 'Quá hạn',
  cancelled: 'Đã hủy',
}

/**
 * `cancelled`: the task left the plan (a published version without it); the share is closed
 * with the reason, never deleted, and no action applies to it any more.
 */
export const ASSIGNMENT_REVIEWS = [
  'open',
  'submitted',
  'returned',
  'accepted',
  'cancelled',
] as const
export type AssignmentReview = (typeof ASSIGNMENT_REVIEWS)[number]
export const ASSIGNMENT_REVIEW_LABELS: Record<AssignmentReview, string> = {
  open: 'Chưa gửi',
  submitted: 'Chờ duyệt',
  returned: 'Bị trả lại',
  accepted: 'Đã chấp nhận',
  cancelled: 'Đã hủy (nhiệm vụ không còn trong kế hoạch)',
}

export const ASSIGNMENT_ACTIONS = ['note', 'submit', 'accept', 'return', 'chase'] as const
export type AssignmentAction = (typeof ASSIGNMENT_ACTIONS)[number]
export const ASSIGNMENT_ACTION_LABELS: Record<AssignmentAction, string> = {
  note: 'Ghi tiến độ',
  submit: 'Báo cáo hoàn thành',
  accept: 'Chấp nhận',
  return: 'Trả lại',
  chase: 'Đôn đốc',
}

/** The review workflow: from each state, the actions allowed and the state they lead to. */
export const ASSIGNMENT_TRANSITIONS = {
  open: { note: 'open', submit: 'submitted', chase: 'open' },
  submitted: { accept: 'accepted', return: 'returned' },
  returned: { note: 'returned', submit: 'submitted', chase: 'returned' },
  accepted: {},
  cancelled: {},
} as const satisfies Record<AssignmentReview, Partial<Record<AssignmentAction, AssignmentReview>>>

/** Who acts: the owner body, or the plan owner reviewing it. */
export const ASSIGNMENT_ACTORS = {
  note: 'owner',
  submit: 'owner',
  accept: 'reviewer',
  return: 'reviewer',
  chase: 'reviewer',
} as const satisfies Record<AssignmentAction, 'owner' | 'reviewer'>

export const MAX_ASSIGNMENT_NOTE = 2000

/**
 * The review state after `action`, or an AppError: INVALID_TRANSITION for an action the state
 * does not allow, VALIDATION when a return has no reason.
 */
export function transitionAssignment(
  review: AssignmentReview,
  action: AssignmentAction,
  note: string | null,
): AssignmentReview {
  const allowed = ASSIGNMENT_TRANSITIONS[review] as Partial<
    Record<AssignmentAction, AssignmentReview>
  >
  const next = allowed[action]
  if (next === undefined)
    throw new AppError(
      'INVALID_TRANSITION',
      `Không thể "${ASSIGNMENT_ACTION_LABELS[action]}" khi nhiệm vụ ${ASSIGNMENT_REVIEW_LABELS[review].toLowerCase()}`,
    )
  const needsText = action === 'return' || action === 'note'
  if (needsText && !note?.trim()) {
    const message = action === 'return' ? 'Cần ghi lý do trả lại' : 'Cần ghi nội dung tiến độ'
    throw new AppError('VALIDATION', message, [{ path: 'note', message }])
  }
  return next
}

/** The actions a side may take now (what the page offers). */
export function availableAssignmentActions(
  review: AssignmentReview,
  side: 'owner' | 'reviewer',
): AssignmentAction[] {
  return (Object.keys(ASSIGNMENT_TRANSITIONS[review]) as AssignmentAction[]).filter(
    (action) => ASSIGNMENT_ACTORS[action] === side,
  )
}

export type AssignmentFacts = {
  review: AssignmentReview
  /** Any progress recorded (a note, a file, a submission). */
  started: boolean
  due: string
  /** The day of the accepted submission, yyyy-mm-dd. */
  completedOn: string | null
}

/**
 * Status on `today` (yyyy-mm-dd). A past period is final: judged on a later date, an open share
 * stays overdue and a done one keeps its on-time or late mark.
 * @example deriveAssignmentStatus({ review: 'open', started: true, due: '2024-03-31', completedOn: null }, '2024-04-01') // 'overdue'
 */
export function deriveAssignmentStatus(facts: AssignmentFacts, today: string): AssignmentStatus {
  if (facts.review === 'cancelled') return 'cancelled'
  if (facts.review === 'accepted') return 'done'
  if (facts.review === 'submitted') return 'in_progress'
  if (today > facts.due) return 'overdue'
  return facts.started ? 'in_progress' : 'not_started'
}

/** Done after its due date ("hoàn thành muộn"). */
export function isDoneLate(facts: Pick<AssignmentFacts, 'due' | 'completedOn'>): boolean {
  return facts.completedOn !== null && facts.completedOn > facts.due
}

export type Scorecard = {
  total: number
  onTime: number
  late: number
  overdue: number
  inProgress: number
  notStarted: number
}

/** The plan owner's count of a body's shares on `today`. */
export function scoreAssignments(list: readonly AssignmentFacts[], today: string): Scorecard {
  const card: Scorecard = { total: 0, onTime: 0, late: 0, overdue: 0, inProgress: 0, notStarted: 0 }
  for (const facts of list) {
    card.total += 1
    const status = deriveAssignmentStatus(facts, today)
    if (status === 'done') card[isDoneLate(facts) ? 'late' : 'onTime'] += 1
    else if (status === 'overdue') card.overdue += 1
    else if (status === 'in_progress') card.inProgress += 1
    else card.notStarted += 1
  }
  return card
}
