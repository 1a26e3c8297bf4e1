// What a clerk must do soon, before it is late: a registration window still open with units
// not registered (the registrations page's own count), and reports upward due within a month
// and not sent (the unit's obligations as the upward-report page lists them).
import { listRegistrations } from '../registrations/registrations.service'
import { listUnitObligations } from '../upward-reports/upward-reports.service'
import { ownUnitOf } from './todo-clerk'
import { daysLeft, forEachPlan, planRef, type TodoContext, type TodoItem } from './todo.types'

/** How far ahead a report upward shows: a month, the longest period between two. */
const AHEAD_DAYS = 31

export function readOpenRegistrations(context: TodoContext) {
  return forEachPlan(context.plans, async (plan): Promise<TodoItem[]> => {
    const view = await listRegistrations(context.deps, context.actor, {
      ...{ planId: plan.id, year: plan.year, unitId: plan.scopeUnitId },
    })
    if (!view.open || view.notRegisteredTotal === 0) return []
    return [
      {
        ...{ group: 'registration', kind: 'registration_open', plan: planRef(plan) },
        ...{ count: view.notRegisteredTotal, label: null, reason: null },
        ...{ deadline: view.closesOn, daysLeft: daysLeft(context.today, view.closesOn) },
        link: `/ke-hoach/${plan.id}/dang-ky`,
      },
    ]
  })
}

export function readUpcomingUpwardReports(context: TodoContext) {
  const unitId = ownUnitOf(context.actor)
  if (unitId === null) return Promise.resolve([])
  return forEachPlan(context.plans, async (plan): Promise<TodoItem[]> => {
    const view = await listUnitObligations(context.deps, { planId: plan.id, unitId })
    return view.owed
      .filter((each) => each.timing === 'open' && each.status !== 'submitted')
      .filter((each) => (daysLeft(context.today, each.due) ?? 0) <= AHEAD_DAYS)
      .map((each) => ({
        ...{ group: 'upward_reports' as const, kind: 'upward_report_due', plan: planRef(plan) },
        ...{ count: 1, deadline: each.due, daysLeft: daysLeft(context.today, each.due) },
        ...{ label: `${each.label} · ${each.periodLabel}`, reason: null },
        link: `/ke-hoach/${plan.id}/bao-cao-cap-tren/${each.obligationId}/${each.periodKey}/${unitId}`,
      }))
  })
}
