// Writing estimates: the estimating unit creates or edits its estimate while it holds it (draft
// or returned) and submits it; the approver approves or returns it with a reason. Every write
// locks the row, checks its version, appends history and the audit entry in one transaction.
import {
  AppError,
  assertBudgetAmount,
  assertBudgetYear,
  BUDGET_EDITABLE,
  can,
  nextBudgetStatus,
  type Actor,
  type BudgetAction,
  type BudgetFunding,
  type BudgetStatus,
} from '@antq/core'
import type { Deps } from '../../deps'
import { auditBudget } from './budget-audit'
import {
  approvingUnitId,
  assertTakesBudget,
  findLine,
  isApprover,
  isEstimator,
  loadBudgetPlan,
  loadUnit,
} from './budget.context'
import * as repo from './budget.repository'

export type EstimateInput = {
  lineId: string
  year: number
  funding: BudgetFunding
  amount: number
  note: string | null
  rowVersion?: number
}

const snapshot = (row: { amount: number; status: string; note: string | null }) => ({
  amount: Number(row.amount),
  status: row.status,
  note: row.note,
})

export async function saveEstimate(
  deps: Deps,
  actor: Actor,
  key: { planId: number; unitId: number },
  input: EstimateInput,
): Promise<number> {
  const plan = await loadBudgetPlan(deps.db, key.planId)
  assertTakesBudget(plan)
  const line = findLine(plan, input.lineId)
  if (!line.funding.includes(input.funding))
    throw new AppError('VALIDATION', 'Dòng kinh phí này không dùng nguồn đã chọn', [
      { path: 'funding', message: 'Nguồn kinh phí không có trong kế hoạch' },
    ])
  assertBudgetYear(line, input.year, plan.span)
  assertBudgetAmount(input.amount)
  const unit = await loadUnit(deps.db, key.unitId)
  if (!can(actor, 'campaign:report', unit.path) || !isEstimator(plan, line, unit))
    throw new AppError('FORBIDDEN', 'Đơn vị không lập dự toán cho dòng kinh phí này')
  return deps.db.transaction().execute(async (tx) => {
    const at = { planKey: plan.key, lineId: line.id, year: input.year, unitId: unit.id }
    const existing = await repo.findEstimateByKey(tx, { ...at, funding: input.funding })
    const after = { amount: input.amount, status: 'draft', note: input.note }
    if (!existing) {
      const id = await repo.insertEstimate(tx, {
        ...{ plan_key: plan.key, plan_id: plan.id, line_id: line.id, year: input.year },
        ...{ unit_id: unit.id, unit_path: unit.path, funding: input.funding },
        ...{ amount: input.amount, note: input.note, status: 'draft', updated_by: actor.username },
      })
      await repo.appendEstimateHistory(tx, {
        ...{ estimate_id: id, actor_name: actor.username, action: 'create', from_status: null },
        ...{ to_status: 'draft', amount: input.amount, reason: null },
      })
      await auditBudget(tx, actor, {
        ...{ action: 'estimate.create', entity: 'budget_estimate', entityId: id, unit },
        after: { ...after, lineId: line.id, year: input.year, funding: input.funding },
      })
      return id
    }
    if (!BUDGET_EDITABLE.includes(existing.status as BudgetStatus))
      throw new AppError(
        'INVALID_TRANSITION',
        'Dự toán đã gửi đi; chỉ sửa khi đang lập hoặc bị trả lại',
      )
    const version = input.rowVersion ?? existing.row_version
    const change = { amount: input.amount, note: input.note, updated_by: actor.username }
    if (!(await repo.updateEstimate(tx, existing.id, version, change)))
      throw new AppError('CONFLICT')
    await repo.appendEstimateHistory(tx, {
      ...{ estimate_id: existing.id, actor_name: actor.username, action: 'edit' },
      ...{ from_status: existing.status, to_status: existing.status, amount: input.amount },
      reason: null,
    })
    await auditBudget(tx, actor, {
      ...{ action: 'estimate.edit', entity: 'budget_estimate', entityId: existing.id, unit },
      ...{ before: snapshot(existing), after: { ...after, status: existing.status } },
    })
    return existing.id
  })
}

export async function actOnEstimate(
  deps: Deps,
  actor: Actor,
  key: { planId: number; estimateId: number },
  input: { action: BudgetAction; reason: string | null; rowVersion: number },
): Promise<void> {
  const plan = await loadBudgetPlan(deps.db, key.planId)
  assertTakesBudget(plan)
  const reason = input.reason?.trim() || null
  if (input.action === 'return' && !reason)
    throw new AppError('VALIDATION', 'Cần ghi lý do trả lại dự toán', [
      { path: 'reason', message: 'Cần ghi lý do' },
    ])
  await deps.db.transaction().execute(async (tx) => {
    const row = await repo.findEstimate(tx, key.estimateId, true)
    if (!row || row.plan_key !== plan.key) throw new AppError('NOT_FOUND', 'Không tìm thấy dự toán')
    const line = findLine(plan, row.line_id)
    const side = input.action === 'submit' ? 'estimator' : 'approver'
    const allowed =
      side === 'estimator'
        ? can(actor, 'campaign:report', row.unit_path)
        : isApprover(actor, plan, line)
    if (!allowed)
      throw new AppError(
        side === 'estimator' ? 'OUT_OF_SCOPE' : 'FORBIDDEN',
        side === 'estimator'
          ? 'Dự toán của đơn vị ngoài phạm vi quản lý của bạn'
          : 'Chỉ cơ quan phê duyệt của dòng kinh phí hoặc đơn vị chủ trì kế hoạch được phê duyệt',
      )
    const to = nextBudgetStatus(row.status as BudgetStatus, input.action, side)
    const decided = side === 'approver'
    const changed = await repo.updateEstimate(tx, row.id, input.rowVersion, {
      status: to,
      updated_by: actor.username,
      ...(input.action === 'return' ? { return_reason: reason } : {}),
      ...(input.action === 'submit' ? { return_reason: null } : {}),
      ...(decided
        ? {
            decided_by: actor.username,
            decided_at: new Date(),
            approving_unit_id: approvingUnitId(actor, plan, line),
          }
        : {}),
    })
    if (!changed) throw new AppError('CONFLICT')
    await repo.appendEstimateHistory(tx, {
      ...{ estimate_id: row.id, actor_name: actor.username, action: input.action },
      ...{ from_status: row.status, to_status: to, amount: Number(row.amount), reason },
    })
    await auditBudget(tx, actor, {
      ...{ action: `estimate.${input.action}`, entity: 'budget_estimate', entityId: row.id },
      unit: { id: row.unit_id, path: row.unit_path },
      ...{ before: snapshot(row), after: { ...snapshot(row), status: to }, reason },
    })
  })
}
