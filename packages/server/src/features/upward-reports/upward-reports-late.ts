// The dashboard's late list, reports upward: every due report of the year whose date has passed
// and that a unit in the scope owes (by its level or as a named body) but has not sent — none
// yet, or a draft (a returned report is a draft again). Sent late is no longer chased.
import { daysBetween, isInSubtree, planOccurrences } from '@antq/core'
import type { Deps } from '../../deps'
import type { PlanHandle } from '../reports/reports.context'
import { listYearReports } from './upward-reports.repository'
import { loadPlanReporters, unitOwes } from './upward-reports-reporters'

type Unit = { id: number; kind: string; path: string }

export type LateUpwardReport<U extends Unit> = {
  unit: U
  closedOn: string
  daysLate: number
  status: string | null
  returnReason: string | null
  obligation: { id: string; label: string; periodKey: string; periodLabel: string }
}

export async function findLateUpwardReports<U extends Unit>(
  deps: Deps,
  input: { plan: PlanHandle; year: number; today: string; units: readonly U[] },
): Promise<LateUpwardReport<U>[]> {
  const { plan, today } = input
  const due = planOccurrences(plan.plan, input.year).filter((each) => each.due < today)
  if (due.length === 0) return []
  const reporters = await loadPlanReporters(deps.db, plan)
  const rows = await listYearReports(deps.db, plan.key, input.year)
  const rowOf = new Map(
    rows.map((row) => [`${row.obligation_id}|${row.period_key}|${row.unit_id}`, row]),
  )
  const inArea = input.units.filter(
    (unit) => plan.scopePath === null || isInSubtree(unit.path, plan.scopePath),
  )
  return due.flatMap((occurrence) => {
    const obligation = plan.plan.reporting.obligations.find(
      (each) => each.id === occurrence.obligationId,
    )
    if (!obligation) return []
    return inArea.flatMap((unit) => {
      if (!unitOwes(reporters, obligation, unit)) return []
      const row = rowOf.get(`${obligation.id}|${occurrence.periodKey}|${unit.id}`)
      if (row && row.status !== 'draft') return []
      return [
        {
          unit,
          closedOn: occurrence.due,
          daysLate: daysBetween(occurrence.due, today),
          status: row?.status ?? null,
          returnReason: row?.return_reason ?? null,
          obligation: {
            ...{ id: obligation.id, label: obligation.label },
            ...{ periodKey: occurrence.periodKey, periodLabel: occurrence.periodLabel },
          },
        },
      ]
    })
  })
}
