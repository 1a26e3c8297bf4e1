// Budget estimates (dự toán) of a plan's budget lines: who may estimate and approve a line,
// the workflow as a transition table, bounded amounts, and spending held within the approved
// estimate (refused, not warned: ADR 016).
import { AppError } from '../errors/app-error'
import type { BudgetLine } from '../plans/plan-schedule'

export const BUDGET_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const
export type BudgetStatus = (typeof BUDGET_STATUSES)[number]
export const BUDGET_STATUS_LABELS: Record<BudgetStatus, string> = {
  draft: 'Đang lập',
  submitted: 'Đã gửi, chờ phê duyệt',
  approved: 'Đã phê duyệt',
  returned: 'Bị trả lại',
}

export const BUDGET_ACTIONS = ['submit', 'approve', 'return'] as const
export type BudgetAction = (typeof BUDGET_ACTIONS)[number]

/** Who acts: the estimating unit (`estimator`) or the approver named by the line. */
export type BudgetSide = 'estimator' | 'approver'

/** The workflow, one row per allowed move; anything else is INVALID_TRANSITION. */
export const BUDGET_TRANSITIONS: readonly {
  action: BudgetAction
  from: readonly BudgetStatus[]
  to: BudgetStatus
  by: BudgetSide
}[] = [
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', by: 'estimator' },
  { action: 'approve', from: ['submitted'], to: 'approved', by: 'approver' },
  { action: 'return', from: ['submitted'], to: 'returned', by: 'approver' },
]

/** An estimate is written (amount, source) only while its unit holds it. */
export const BUDGET_EDITABLE: readonly BudgetStatus[] = ['draft', 'returned']

/** 100 tỷ đồng: above any one unit's line for a movement plan; a typo guard, not a policy. */
export const BUDGET_MAX_AMOUNT = 100_000_000_000

export function nextBudgetStatus(
  from: BudgetStatus,
  action: BudgetAction,
  side: BudgetSide,
): BudgetStatus {
  const move = BUDGET_TRANSITIONS.find((row) => row.action === action)
  if (!move || move.by !== side)
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này với dự toán')
  if (!move.from.includes(from))
    throw new AppError(
      'INVALID_TRANSITION',
      `Dự toán đang "${BUDGET_STATUS_LABELS[from]}", không thể thực hiện thao tác này`,
    )
  return move.to
}

/** Whole đồng, positive, at most BUDGET_MAX_AMOUNT. */
export function assertBudgetAmount(amount: number, path = 'amount'): void {
  const refuse = (message: string) => new AppError('VALIDATION', message, [{ path, message }])
  if (!Number.isInteger(amount)) throw refuse('Số tiền phải là số nguyên (đồng)')
  if (amount <= 0) throw refuse('Số tiền phải lớn hơn 0')
  if (amount > BUDGET_MAX_AMOUNT)
    throw refuse('Số tiền vượt quá 100 tỷ đồng, vui lòng kiểm tra lại')
}

/** The year must be one the line covers: its own year when once, else within the plan. */
export function assertBudgetYear(
  line: Pick<BudgetLine, 'cadence' | 'year'>,
  year: number,
  span: { from: number; to: number },
): void {
  const ok = line.cadence === 'once' ? year === line.year : year >= span.from && year <= span.to
  if (!ok)
    throw new AppError(
      'OUTSIDE_PLAN_PERIOD',
      line.cadence === 'once'
        ? `Dòng kinh phí này chỉ lập dự toán cho năm ${line.year ?? ''}`
        : `Năm ${year} nằm ngoài thời gian thực hiện kế hoạch (${span.from}–${span.to})`,
    )
}

/**
 * A unit may estimate a line when it is one of the line's bodies, or a unit of one of the
 * line's levels inside the plan's territory (checked by the caller).
 */
export function mayEstimate(
  line: Pick<BudgetLine, 'estimateBy' | 'estimateLevels'>,
  unit: { id: number; kind: string },
  bodyUnitIds: ReadonlyMap<string, number | null>,
): boolean {
  if (line.estimateBy.some((id) => bodyUnitIds.get(id) === unit.id)) return true
  return (line.estimateLevels as readonly string[]).includes(unit.kind)
}

/**
 * Spending recorded against an approved estimate may not take the total spent above it: the
 * clerk records a supplementary estimate instead (ADR 016).
 */
export function assertSpendingWithin(input: {
  status: BudgetStatus
  approved: number
  spent: number
  amount: number
}): void {
  if (input.status !== 'approved')
    throw new AppError('INVALID_TRANSITION', 'Chỉ ghi chi khi dự toán đã được phê duyệt')
  const left = input.approved - input.spent
  if (input.amount > left)
    throw new AppError(
      'BUDGET_EXCEEDED',
      `Khoản chi vượt dự toán đã phê duyệt: còn lại ${formatVnd(left)}, khoản chi ${formatVnd(input.amount)}`,
      [{ path: 'amount', message: `Còn lại ${formatVnd(left)}` }],
    )
}

/** Vietnamese money: dots between thousands and " đ" (1.234.567 đ). */
export function formatVnd(amount: number): string {
  const sign = amount < 0 ? '-' : ''
  const digits = String(Math.abs(Math.trunc(amount)))
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`
}
