// The printable estimate table (XLSX): the same estimates and totals the page shows the actor,
// in Vietnamese, without internal ids.
import {
  BUDGET_FUNDING_LABELS,
  BUDGET_STATUS_LABELS,
  type Actor,
  type BudgetSums,
} from '@antq/core'
import { nameSpreadsheetFile, renderBudgetTable, type BudgetTableTotal } from '@antq/documents'
import type { Deps } from '../../deps'
import { loadBudgetPlan, loadUnit } from './budget.context'
import { readBudget } from './budget-read.service'

const total = (label: string, sums: BudgetSums): BudgetTableTotal => ({
  label,
  estimated: sums.estimated,
  approved: sums.approved,
  spent: sums.spent,
})

export async function exportBudget(deps: Deps, actor: Actor, planId: number, year?: number) {
  const plan = await loadBudgetPlan(deps.db, planId)
  const view = await readBudget(deps, actor, planId, year)
  const labelOf = new Map(view.lines.map((line) => [line.id, line.label]))
  const period = year === undefined ? 'Tất cả các năm' : `Năm ${year}`
  // The scope named in the file: the actor's own unit (the table holds what it may read).
  const scopeId = Number(actor.scopePath?.split('.').filter(Boolean).at(-1))
  const scope = Number.isInteger(scopeId)
    ? await loadUnit(deps.db, scopeId).catch(() => null)
    : null
  const bytes = await renderBudgetTable({
    headingLines: ['BẢNG TỔNG HỢP DỰ TOÁN KINH PHÍ', plan.plan.metadata.title, period],
    rows: view.estimates.map((item) => ({
      ...{ unitName: item.unitName, lineLabel: labelOf.get(item.lineId) ?? '' },
      ...{ fundingLabel: BUDGET_FUNDING_LABELS[item.funding], year: item.year },
      ...{ amount: item.amount, statusLabel: BUDGET_STATUS_LABELS[item.status] },
      ...{ approvedAmount: item.status === 'approved' ? item.amount : 0, spent: item.spent },
    })),
    byYear: view.totals.byYear.map((item) => total(`Năm ${item.year}`, item.sums)),
    byFunding: view.totals.byFunding.map((item) =>
      total(BUDGET_FUNDING_LABELS[item.funding], item.sums),
    ),
    total: total('Tổng cộng', view.totals.all),
  })
  const title = plan.plan.metadata.title
  const fileName = nameSpreadsheetFile(['Dự toán kinh phí', title, scope?.name, period])
  return { fileName, bytes }
}
