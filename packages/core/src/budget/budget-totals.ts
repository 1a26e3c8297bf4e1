// Totals of a plan's budget: per year, per funding source and per estimating unit, of the
// estimated, approved and spent amounts. One pure fold, so the page, the XLSX and the tests
// count the same way.
import type { BudgetFunding } from '../plans/plan-schedule'
import type { BudgetStatus } from './budget-rules'

export type BudgetEstimateFigures = {
  year: number
  unitId: number
  funding: BudgetFunding
  status: BudgetStatus
  amount: number
  spent: number
}

export type BudgetSums = { estimated: number; approved: number; spent: number }
export type BudgetTotals = {
  all: BudgetSums
  byYear: { year: number; sums: BudgetSums }[]
  byFunding: { funding: BudgetFunding; sums: BudgetSums }[]
  byUnit: { unitId: number; sums: BudgetSums }[]
}

const zero = (): BudgetSums => ({ estimated: 0, approved: 0, spent: 0 })

function add(sums: BudgetSums, row: BudgetEstimateFigures): void {
  sums.estimated += row.amount
  if (row.status === 'approved') sums.approved += row.amount
  sums.spent += row.spent
}

function group<K>(
  rows: readonly BudgetEstimateFigures[],
  keyOf: (row: BudgetEstimateFigures) => K,
) {
  const groups = new Map<K, BudgetSums>()
  for (const row of rows) {
    const key = keyOf(row)
    const sums = groups.get(key) ?? zero()
    add(sums, row)
    groups.set(key, sums)
  }
  return groups
}

/** Estimated counts every estimate (whatever its status); approved only the approved ones. */
export function sumBudget(rows: readonly BudgetEstimateFigures[]): BudgetTotals {
  const all = zero()
  rows.forEach((row) => add(all, row))
  const byYear = [...group(rows, (row) => row.year)].sort(([a], [b]) => a - b)
  const byFunding = [...group(rows, (row) => row.funding)].sort(([a], [b]) => a.localeCompare(b))
  const byUnit = [...group(rows, (row) => row.unitId)].sort(([a], [b]) => a - b)
  return {
    all,
    byYear: byYear.map(([year, sums]) => ({ year, sums })),
    byFunding: byFunding.map(([funding, sums]) => ({ funding, sums })),
    byUnit: byUnit.map(([unitId, sums]) => ({ unitId, sums })),
  }
}

export const BUDGET_FUNDING_LABELS: Record<BudgetFunding, string> = {
  state_budget: 'Ngân sách nhà nước',
  socialised: 'Xã hội hoá',
  other: 'Nguồn khác',
}
