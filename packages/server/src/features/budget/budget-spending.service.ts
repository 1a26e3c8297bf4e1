// Spending against an approved estimate, each with its document (number, date, attached file):
// recorded by the estimating unit, refused when it would exceed what is left of the estimate
// (core assertSpendingWithin), append-only, audited. Files are uploaded first, then named.
import { createHash } from 'node:crypto'
import {
  AppError,
  assertBudgetAmount,
  assertSpendingDates,
  assertSpendingWithin,
  can,
  checkBudgetAttachment,
  isInReadScope,
  vietnamDateOf,
  type Actor,
  type BudgetStatus,
} from '@antq/core'
import type { Deps } from '../../deps'
import { auditBudget } from './budget-audit'
import { assertTakesBudget, findLine, isApprover, loadBudgetPlan, loadUnit } from './budget.context'
import * as repo from './budget.repository'
import * as files from './budget-spending.repository'

export type SpendingInput = {
  spentOn: string
  amount: number
  purpose: string
  documentNumber: string
  documentDate: string
  fileId: number | null
}

export async function uploadBudgetFile(
  deps: Deps,
  actor: Actor,
  key: { planId: number; unitId: number },
  upload: { filename: string; bytes: Uint8Array },
) {
  const plan = await loadBudgetPlan(deps.db, key.planId)
  assertTakesBudget(plan)
  const unit = await loadUnit(deps.db, key.unitId)
  if (!can(actor, 'campaign:report', unit.path)) throw new AppError('OUT_OF_SCOPE')
  const { mime } = checkBudgetAttachment(upload.filename, upload.bytes)
  return deps.db.transaction().execute(async (tx) => {
    const id = await files.insertFile(tx, {
      ...{ plan_key: plan.key, unit_id: unit.id, unit_path: unit.path },
      ...{ filename: upload.filename, mime, size: upload.bytes.length },
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      ...{ bytes: upload.bytes, uploaded_by: actor.username },
    })
    await auditBudget(tx, actor, {
      ...{ action: 'file.upload', entity: 'budget_file', entityId: id, unit },
      after: { filename: upload.filename, mime, size: upload.bytes.length },
    })
    return { id, fileName: upload.filename }
  })
}

export async function recordSpending(
  deps: Deps,
  actor: Actor,
  key: { planId: number; estimateId: number },
  input: SpendingInput,
): Promise<number> {
  const plan = await loadBudgetPlan(deps.db, key.planId)
  assertTakesBudget(plan)
  assertBudgetAmount(input.amount)
  return deps.db.transaction().execute(async (tx) => {
    const row = await repo.findEstimate(tx, key.estimateId, true)
    if (!row || row.plan_key !== plan.key) throw new AppError('NOT_FOUND', 'Không tìm thấy dự toán')
    if (!can(actor, 'campaign:report', row.unit_path))
      throw new AppError('OUT_OF_SCOPE', 'Dự toán của đơn vị ngoài phạm vi quản lý của bạn')
    const today = vietnamDateOf(deps.now())
    assertSpendingDates({ year: row.year, today, ...input })
    if (input.fileId !== null) {
      const file = await files.findFile(tx, input.fileId)
      if (!file || file.plan_key !== plan.key || file.unit_id !== row.unit_id)
        throw new AppError('VALIDATION', 'Tệp chứng từ không thuộc đơn vị này', [
          { path: 'fileId', message: 'Tệp không hợp lệ' },
        ])
    }
    const spent = await repo.sumSpent(tx, row.id)
    const approved = Number(row.amount)
    assertSpendingWithin({
      status: row.status as BudgetStatus,
      approved,
      spent,
      amount: input.amount,
    })
    const id = await files.insertSpending(tx, {
      ...{ estimate_id: row.id, spent_on: input.spentOn, amount: input.amount },
      ...{ purpose: input.purpose, document_number: input.documentNumber },
      ...{ document_date: input.documentDate, file_id: input.fileId, recorded_by: actor.username },
    })
    await auditBudget(tx, actor, {
      ...{ action: 'spending.record', entity: 'budget_spending', entityId: id },
      unit: { id: row.unit_id, path: row.unit_path },
      before: { spent },
      after: { ...input, estimateId: row.id, spent: spent + input.amount },
    })
    return id
  })
}

/** A spending document: readable by its unit's side, the line's approver and the plan owner. */
export async function downloadBudgetFile(
  deps: Deps,
  actor: Actor,
  key: { planId: number; fileId: number },
) {
  const plan = await loadBudgetPlan(deps.db, key.planId)
  const file = await files.findFile(deps.db, key.fileId)
  if (!file || file.plan_key !== plan.key) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp')
  const approves = plan.plan.budget.some((line) => isApprover(actor, plan, findLine(plan, line.id)))
  if (!isInReadScope(actor, file.unit_path) && !approves) throw new AppError('OUT_OF_SCOPE')
  return { fileName: file.filename, mime: file.mime, bytes: file.bytes }
}
