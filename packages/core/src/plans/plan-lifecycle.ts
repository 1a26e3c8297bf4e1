// A plan is drafted, published (then immutable: changing it means revising into a new draft
// version) and finally closed. The table drives both the server and the web app's buttons.
import { AppError } from '../errors/app-error'

export const PLAN_STATUSES = ['draft', 'published', 'closed'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]
export const PLAN_ACTIONS = ['edit', 'publish', 'revise', 'close'] as const
export type PlanAction = (typeof PLAN_ACTIONS)[number]

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  published: 'Đã ban hành',
  closed: 'Đã kết thúc',
}
export const PLAN_ACTION_LABELS: Record<PlanAction, string> = {
  edit: 'Sửa',
  publish: 'Ban hành',
  revise: 'Tạo phiên bản sửa đổi',
  close: 'Kết thúc',
}

export const PLAN_TRANSITIONS = {
  draft: { edit: 'draft', publish: 'published' },
  published: { revise: 'draft', close: 'closed' },
  closed: {},
} as const satisfies Record<PlanStatus, Partial<Record<PlanAction, PlanStatus>>>

/** Actions that leave the current version untouched and start a new version. */
export const VERSIONING_ACTIONS: readonly PlanAction[] = ['revise']

export type PlanTransition =
  { ok: true; status: PlanStatus; newVersion: boolean } | { ok: false; error: AppError }

/**
 * @example transitionPlan('published', 'revise') // { ok: true, status: 'draft', newVersion: true }
 * @example transitionPlan('published', 'edit')   // { ok: false, error: AppError INVALID_TRANSITION }
 */
export function transitionPlan(status: PlanStatus, action: PlanAction): PlanTransition {
  const row: Partial<Record<PlanAction, PlanStatus>> = PLAN_TRANSITIONS[status]
  const next = row[action]
  if (next === undefined) {
    const message = `Không thể "${PLAN_ACTION_LABELS[action]}" kế hoạch ở trạng thái "${PLAN_STATUS_LABELS[status]}"`
    return { ok: false, error: new AppError('INVALID_TRANSITION', message) }
  }
  return { ok: true, status: next, newVersion: VERSIONING_ACTIONS.includes(action) }
}

export function availablePlanActions(status: PlanStatus): PlanAction[] {
  return PLAN_ACTIONS.filter((action) => action in PLAN_TRANSITIONS[status])
}

/** Only a draft's content may change in place. */
export function isPlanEditable(status: PlanStatus): boolean {
  return 'edit' in PLAN_TRANSITIONS[status]
}
