// The nomination workflow along the plan's route, as one transition table: the unit drafts
// and submits; the police / emulation board appraises (thẩm định); the council reviews; the
// authorised level decides. At any step after submission the nomination can go back to the
// unit with a reason, or be rejected. A decided nomination is revoked only on a legal ground
// (H7). `compileNominationWorkflow` checks the table once (every status reachable, every
// transition owned by a permission, terminal statuses final) and the module fails to load if
// it does not hold, the same way a plan's formulas are checked before use.
import { AppError } from '../errors/app-error'
import type { Permission } from '../permissions/permissions'

export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'appraised',
  'reviewed',
  'decided',
  'returned',
  'rejected',
  'withdrawn',
  'revoked',
] as const
export type NominationStatus = (typeof NOMINATION_STATUSES)[number]

export const NOMINATION_ACTIONS = [
  'submit',
  'withdraw',
  'cancel',
  'revise',
  'appraise',
  'review',
  'decide',
  'return',
  'reject',
  'revoke',
] as const
export type NominationAction = (typeof NOMINATION_ACTIONS)[number]

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi đề nghị',
  appraised: 'Đã thẩm định',
  reviewed: 'Hội đồng đã xét',
  decided: 'Đã có quyết định khen thưởng',
  returned: 'Bị trả lại',
  rejected: 'Không đề nghị khen thưởng',
  withdrawn: 'Đã hủy',
  revoked: 'Đã thu hồi quyết định',
}
export const NOMINATION_ACTION_LABELS: Record<NominationAction, string> = {
  submit: 'Gửi đề nghị',
  withdraw: 'Rút lại',
  cancel: 'Hủy đề nghị',
  revise: 'Sửa lại',
  appraise: 'Thẩm định',
  review: 'Hội đồng xét',
  decide: 'Quyết định khen thưởng',
  return: 'Trả lại',
  reject: 'Không đề nghị',
  revoke: 'Thu hồi',
}

export const NOMINATION_TRANSITIONS = {
  draft: { submit: 'submitted', cancel: 'withdrawn' },
  submitted: { withdraw: 'draft', appraise: 'appraised', return: 'returned', reject: 'rejected' },
  appraised: { review: 'reviewed', return: 'returned', reject: 'rejected' },
  reviewed: { decide: 'decided', return: 'returned', reject: 'rejected' },
  decided: { revoke: 'revoked' },
  returned: { revise: 'draft', cancel: 'withdrawn' },
  rejected: {},
  withdrawn: {},
  revoked: {},
} as const satisfies Record<NominationStatus, Partial<Record<NominationAction, NominationStatus>>>

/** The permission each action needs (the unit proposes; others act along the route). */
export const NOMINATION_ACTION_PERMISSIONS = {
  submit: 'nominations:propose',
  withdraw: 'nominations:propose',
  cancel: 'nominations:propose',
  revise: 'nominations:propose',
  appraise: 'nominations:appraise',
  review: 'council:manage',
  decide: 'decisions:sign',
  // Also the step's holder: see nominationActionPermissions.
  return: 'nominations:appraise',
  reject: 'nominations:appraise',
  revoke: 'decisions:sign',
} as const satisfies Record<NominationAction, Permission>

// Returning or rejecting belongs to whoever holds the nomination at that step (the board while
// appraising, the council after appraisal, the decider after review); the police / emulation
// board, as the standing secretariat, may always return or reject.
const STEP_HOLDERS: Partial<Record<NominationStatus, Permission>> = {
  submitted: 'nominations:appraise',
  appraised: 'council:manage',
  reviewed: 'decisions:sign',
}

/** The permissions any one of which allows `action` on a nomination in `status`. */
export function nominationActionPermissions(
  status: NominationStatus,
  action: NominationAction,
): Permission[] {
  const base: Permission = NOMINATION_ACTION_PERMISSIONS[action]
  const holder = STEP_HOLDERS[status]
  if ((action === 'return' || action === 'reject') && holder && holder !== base)
    return [base, holder]
  return [base]
}

export const NOMINATION_REASON_ACTIONS: readonly NominationAction[] = ['return', 'reject', 'revoke']
export const FINAL_NOMINATION_STATUSES: readonly NominationStatus[] = [
  'rejected',
  'withdrawn',
  'revoked',
]
/** Statuses that hold the achievement (and count against quotas when pending or decided). */
export const LIVE_NOMINATION_STATUSES = NOMINATION_STATUSES.filter(
  (status) => !FINAL_NOMINATION_STATUSES.includes(status),
)
export const PENDING_NOMINATION_STATUSES: readonly NominationStatus[] = [
  'submitted',
  'appraised',
  'reviewed',
]

type Table = Readonly<Record<string, Readonly<Record<string, string>>>>

/** Problems with a transition table; empty when it is sound. */
export function compileNominationWorkflow(
  table: Table,
  start: string,
  finals: readonly string[],
): string[] {
  const problems: string[] = []
  const statuses = Object.keys(table)
  for (const [from, row] of Object.entries(table)) {
    for (const [action, to] of Object.entries(row)) {
      if (!statuses.includes(to))
        problems.push(`${from} --${action}--> ${to}: không có trạng thái này`)
      if (!(action in NOMINATION_ACTION_PERMISSIONS)) problems.push(`${action}: chưa gán quyền`)
    }
    if (finals.includes(from) && Object.keys(row).length > 0)
      problems.push(`${from}: trạng thái kết thúc không được có bước tiếp theo`)
    if (!finals.includes(from) && Object.keys(row).length === 0)
      problems.push(`${from}: trạng thái không có lối ra`)
  }
  const reached = new Set([start])
  const queue = [start]
  for (let from = queue.shift(); from !== undefined; from = queue.shift())
    for (const to of Object.values(table[from] ?? {}))
      if (!reached.has(to)) {
        reached.add(to)
        queue.push(to)
      }
  for (const status of statuses)
    if (!reached.has(status)) problems.push(`${status}: không thể đến từ ${start}`)
  return problems
}

const PROBLEMS = compileNominationWorkflow(
  NOMINATION_TRANSITIONS,
  'draft',
  FINAL_NOMINATION_STATUSES,
)
if (PROBLEMS.length > 0) throw new Error(`Nomination workflow: ${PROBLEMS.join('; ')}`)

export type NominationTransition = { status: NominationStatus; reason: string | null }

/**
 * The status an action leads to, or INVALID_TRANSITION / VALIDATION (reason missing).
 * @example transitionNominationStatus('submitted', 'return', 'Thiếu báo cáo thành tích') // { status: 'returned', reason: 'Thiếu báo cáo thành tích' }
 */
export function transitionNominationStatus(
  status: NominationStatus,
  action: NominationAction,
  reason?: string | null,
): NominationTransition {
  const row: Partial<Record<NominationAction, NominationStatus>> = NOMINATION_TRANSITIONS[status]
  const next = row[action]
  if (next === undefined)
    throw new AppError(
      'INVALID_TRANSITION',
      `Không thể "${NOMINATION_ACTION_LABELS[action]}" hồ sơ ở trạng thái "${NOMINATION_STATUS_LABELS[status]}"`,
    )
  const trimmed = reason?.trim() || null
  if (NOMINATION_REASON_ACTIONS.includes(action) && trimmed === null) {
    const message = `Cần ghi lý do khi "${NOMINATION_ACTION_LABELS[action]}"`
    throw new AppError('VALIDATION', message, [{ path: 'reason', message }])
  }
  return { status: next, reason: trimmed }
}

/** The action that moves `from` to `to`, if the table has one (for callers that name targets). */
export function findNominationAction(
  from: NominationStatus,
  to: NominationStatus,
): NominationAction | undefined {
  const row: Partial<Record<NominationAction, NominationStatus>> = NOMINATION_TRANSITIONS[from]
  return NOMINATION_ACTIONS.find((action) => row[action] === to)
}

/** The actions a person holding `permissions` may take now, for the buttons of a page. */
export function availableNominationActions(
  status: NominationStatus,
  permissions: readonly Permission[],
): NominationAction[] {
  return NOMINATION_ACTIONS.filter(
    (action) =>
      action in NOMINATION_TRANSITIONS[status] &&
      nominationActionPermissions(status, action).some((each) => permissions.includes(each)),
  )
}
