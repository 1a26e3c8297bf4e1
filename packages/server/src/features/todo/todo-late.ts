// What the dashboard's late list says, for the to-do home: the very service behind
// `GET /api/plans/:id/late-units` at the actor's part of each plan, so the counts are the
// dashboard's. A clerk sees its own late duties (returned reports with the reason); a plan
// owner sees the late units, with their managing unit and who answers for them.
import type { Deps } from '../../deps'
import { listLateUnits } from '../targets/targets-late.service'
import { links } from './todo-links'
import { listUnitContacts } from './todo.repository'
import {
  daysLeft,
  forEachPlan,
  planRef,
  type TodoContext,
  type TodoItem,
  type TodoPlan,
  type TodoUnit,
} from './todo.types'

type Late = Awaited<ReturnType<typeof listLateUnits>>
type LateList = Pick<Late['events'], 'total' | 'items'>
type LateRow = LateList['items'][number]
const UNITS_SHOWN = 5

export function readLateLists(context: TodoContext) {
  const { deps, actor } = context
  return forEachPlan(context.plans, async (plan) => [
    {
      plan,
      late: await listLateUnits(deps, actor, { planId: plan.id, scopeUnitId: plan.scopeUnitId }),
    },
  ])
}
export type PlanLate = Awaited<ReturnType<typeof readLateLists>>[number]

const dashboard = (plan: TodoPlan, year: number) => links.dashboard(plan.id, plan.scopeUnitId, year)

/** The earliest closing date of a list (its rows are sorted by days late, most first). */
const closedOn = (list: LateList) => list.items[0]?.closedOn ?? null

/** A clerk's own late duties: register, report (returned ones with the reason), report upward. */
export function clerkLateItems(today: string, { plan, late }: PlanLate): TodoItem[] {
  const base = { plan: planRef(plan), label: null, reason: null }
  const items: TodoItem[] = []
  const { registration, report, upwardReports, events } = late
  if (registration.total > 0)
    items.push({
      ...base,
      group: 'registration',
      kind: 'registration_late',
      count: registration.total,
      deadline: registration.deadline ?? closedOn(registration),
      daysLeft: daysLeft(today, registration.deadline ?? closedOn(registration)),
      link: links.registration(plan.id),
    })
  // Returned reports of every period come from readReturnedReports (with their reason).
  const period = report.period
  const notSent = report.items.filter((row) => row.status !== 'returned').length
  if (period && notSent > 0)
    items.push({
      ...base,
      group: 'reports',
      kind: 'report_late',
      count: notSent,
      deadline: period.deadline,
      daysLeft: daysLeft(today, period.deadline),
      label: period.label,
      link: links.report(plan.id, period.id, plan.scopeUnitId),
    })
  for (const row of upwardReports.items) {
    const owed = row.obligation
    if (!owed) continue
    items.push({
      ...base,
      group: 'upward_reports',
      kind: 'upward_report_late',
      count: 1,
      deadline: row.closedOn,
      daysLeft: daysLeft(today, row.closedOn),
      label: `${owed.label} · ${owed.periodLabel}`,
      reason: row.returnReason,
      link: links.upwardReport(plan.id, owed.id, owed.periodKey, row.unit.id),
    })
  }
  if (events.total > 0)
    items.push({
      ...base,
      group: 'events',
      kind: 'event_late',
      count: events.total,
      deadline: closedOn(events),
      daysLeft: daysLeft(today, closedOn(events)),
      link: links.events(plan.id, late.year),
    })
  return items
}

/** A plan owner's late units per list, the first few named with their manager and contacts. */
export async function ownerLateItems(
  deps: Deps,
  today: string,
  { plan, late }: PlanLate,
): Promise<TodoItem[]> {
  const lists: [string, LateList, string | null][] = [
    ['registration_late', late.registration, null],
    ['report_late', late.report, late.report.period?.label ?? null],
    ['upward_report_late', late.upwardReports, null],
    ['event_late', late.events, null],
  ]
  const shown = lists.flatMap(([, list]) => list.items.slice(0, UNITS_SHOWN))
  const contacts = await listUnitContacts(deps.db, [...new Set(shown.map((row) => row.unit.id))])
  const namesOf = (unitId: number) =>
    contacts.filter((row) => row.unit_id === unitId).map((row) => row.full_name)
  const toUnit = (row: LateRow): TodoUnit => ({
    id: row.unit.id,
    name: row.unit.name,
    managingUnit: row.managingUnit?.name ?? null,
    contacts: namesOf(row.unit.id),
    daysLate: row.daysLate,
    reason: row.returnReason,
  })
  return lists.flatMap(([kind, list, label]) => {
    if (list.total === 0) return []
    const deadline = closedOn(list)
    return [
      {
        group: 'late_units' as const,
        kind,
        plan: planRef(plan),
        count: list.total,
        deadline,
        daysLeft: daysLeft(today, deadline),
        label,
        reason: null,
        units: list.items.slice(0, UNITS_SHOWN).map(toUnit),
        link: dashboard(plan, late.year),
      },
    ]
  })
}
