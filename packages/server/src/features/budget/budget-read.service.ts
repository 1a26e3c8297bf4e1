// The plan's budget as a page shows it: the lines as the plan writes them (who estimates, who
// approves), the estimates the actor may see with the actions open to them, their spending, and
// the totals per year, source and unit (core sumBudget) over exactly those estimates.
import {
  BUDGET_EDITABLE,
  can,
  describeTaskOwners,
  isInReadScope,
  sumBudget,
  TASK_OWNER_LEVEL_LABELS,
  type Actor,
  type BudgetAction,
  type BudgetFunding,
  type BudgetStatus,
} from '@antq/core'
import type { Deps } from '../../deps'
import {
  findLine,
  isApprover,
  isEstimator,
  isPlanOwner,
  loadBudgetPlan,
  loadUnit,
} from './budget.context'
import type { BudgetPlan, BudgetUnit } from './budget.context'
import * as repo from './budget.repository'
import * as files from './budget-spending.repository'

export type BudgetEstimateAction = BudgetAction | 'edit' | 'spend'

function describeLine(plan: BudgetPlan, actor: Actor, line: BudgetPlan['plan']['budget'][number]) {
  // A task's owners and a line's estimators read alike: bodies by name, then levels.
  const { coOwners: bodies } = describeTaskOwners(plan.plan, {
    ...{ owner: null, ownerLevels: [], coOwners: line.estimateBy },
  })
  const levels = line.estimateLevels.map((level) => TASK_OWNER_LEVEL_LABELS[level])
  const estimators = [...bodies, ...levels]
  const approver =
    line.approvedBy === null
      ? 'Đơn vị chủ trì kế hoạch'
      : (plan.plan.bodies.find((body) => body.id === line.approvedBy)?.name ?? line.approvedBy)
  return {
    ...{ id: line.id, label: line.label ?? line.source, source: line.source, text: line.text },
    ...{ funding: line.funding, cadence: line.cadence, year: line.year, amount: line.amount },
    ...{ estimators, approver, canApprove: isApprover(actor, plan, line) },
  }
}

/** The unit the actor works for (the root of its scope), when it estimates some line. */
async function ownUnit(deps: Deps, actor: Actor, plan: BudgetPlan): Promise<BudgetUnit | null> {
  const id = Number(actor.scopePath?.split('.').filter(Boolean).at(-1))
  if (!Number.isInteger(id) || !can(actor, 'campaign:report', actor.scopePath ?? '')) return null
  const unit = await loadUnit(deps.db, id).catch(() => null)
  if (!unit || !plan.plan.budget.some((line) => isEstimator(plan, line, unit))) return null
  return unit
}

export async function readBudget(deps: Deps, actor: Actor, planId: number, year?: number) {
  const plan = await loadBudgetPlan(deps.db, planId)
  const rows = await repo.listEstimates(deps.db, plan.key, { year, paths: null })
  const owner = isPlanOwner(actor, plan)
  // The plan's own order of lines within a year; units in Vietnamese order within a line.
  const order = new Map(plan.plan.budget.map((line, index) => [line.id, index]))
  const rank = (row: (typeof rows)[number]) => row.year * 1000 + (order.get(row.line_id) ?? 999)
  const visible = [...rows]
    .sort((a, b) => rank(a) - rank(b))
    .filter(
      (row) =>
        owner ||
        isInReadScope(actor, row.unit_path) ||
        isApprover(actor, plan, findLine(plan, row.line_id)),
    )
  const spending = await files.listSpending(
    deps.db,
    visible.map((row) => row.id),
  )
  const unit = await ownUnit(deps, actor, plan)
  const estimates = visible.map((row) => {
    const line = findLine(plan, row.line_id)
    const status = row.status as BudgetStatus
    const mine = can(actor, 'campaign:report', row.unit_path)
    const actions: BudgetEstimateAction[] = [
      ...(mine && BUDGET_EDITABLE.includes(status) ? (['edit', 'submit'] as const) : []),
      ...(isApprover(actor, plan, line) && status === 'submitted'
        ? (['approve', 'return'] as const)
        : []),
      ...(mine && status === 'approved' ? (['spend'] as const) : []),
    ]
    return {
      ...{ id: row.id, lineId: row.line_id, year: row.year, unitId: row.unit_id },
      ...{
        unitName: row.unit_name,
        funding: row.funding as BudgetFunding,
        amount: Number(row.amount),
      },
      ...{ spent: Number(row.spent ?? 0), status, note: row.note, returnReason: row.return_reason },
      ...{ decidedBy: row.decided_by, rowVersion: row.row_version, actions },
      spending: spending
        .filter((item) => item.estimate_id === row.id)
        .map((item) => ({
          ...{
            id: item.id,
            spentOn: item.spent_on,
            amount: Number(item.amount),
            purpose: item.purpose,
          },
          ...{ documentNumber: item.document_number, documentDate: item.document_date },
          ...{ fileId: item.file_id, fileName: item.filename },
        })),
    }
  })
  const names = new Map(estimates.map((item) => [item.unitId, item.unitName]))
  const totals = sumBudget(estimates)
  return {
    ...{ planId: plan.id, span: plan.span, published: plan.status === 'published' },
    lines: plan.plan.budget.map((line) => describeLine(plan, actor, line)),
    ownUnit: unit
      ? {
          ...{ id: unit.id, name: unit.name },
          lineIds: plan.plan.budget
            .filter((line) => isEstimator(plan, line, unit))
            .map((line) => line.id),
        }
      : null,
    estimates,
    totals: {
      ...totals,
      byUnit: totals.byUnit.map((item) => ({ ...item, unitName: names.get(item.unitId) ?? '' })),
    },
  }
}
export type BudgetView = Awaited<ReturnType<typeof readBudget>>
