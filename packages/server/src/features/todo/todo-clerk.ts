// A unit's clerk's own duties beyond the late list: its assignments still open or returned, the
// unit plans it must send, its models whose latest review is missing, and its nominations still
// in draft or returned, its reports returned with a reason — each read through the service of the page that does it.
import { findReportingPeriod, MODEL_REVIEW_PERIODS, type Actor } from '@antq/core'
import { listUnitAssignments } from '../assignments/assignments.service'
import { listUnitModels } from '../models/models.service'
import { deadlineOf, loadPlan } from '../reports/reports.context'
import { listUnitPlans } from '../unit-plans/unit-plans.service'
import { listReturnedReports } from './todo.repository'
import { daysLeft, forEachPlan, planRef, type TodoContext, type TodoItem } from './todo.types'

const ASSIGNMENTS_READ = 200

/** The actor's own unit (the last id of its scope); null for a system-wide account. */
export function ownUnitOf(actor: Actor): number | null {
  const id = actor.scopePath?.split('.').filter(Boolean).at(-1)
  return id ? Number(id) : null
}

/** Open or returned shares of the clerk's body, per year any of its plans runs. */
export async function readOwnAssignments(context: TodoContext): Promise<TodoItem[]> {
  const years = [...new Set(context.plans.map((plan) => plan.year))]
  if (ownUnitOf(context.actor) === null) return []
  const lists = await Promise.all(
    years.map((year) =>
      listUnitAssignments(context.deps, context.actor, {
        ...{ year, late: false, limit: ASSIGNMENTS_READ, offset: 0 },
      }),
    ),
  )
  return lists.flatMap((list) =>
    list.items
      .filter((share) => share.review === 'open' || share.review === 'returned')
      .map((share) => ({
        ...{ group: 'assignments' as const, plan: share.plan.id ? share.plan : null },
        kind: share.review === 'returned' ? 'assignment_returned' : 'assignment_due',
        ...{ count: 1, deadline: share.due, daysLeft: daysLeft(context.today, share.due) },
        ...{ label: share.task.task, reason: share.returnReason },
        link: `/nhiem-vu?nam=${share.year}&mo=${share.id}`,
      })),
  )
}

/** Unit plans the clerk may send that are not sent yet or came back. */
export function readUnitPlansToSend(context: TodoContext) {
  return forEachPlan(context.plans, async (plan): Promise<TodoItem[]> => {
    const { items } = await listUnitPlans(context.deps, context.actor, plan.id)
    return items.flatMap((deadline) =>
      deadline.units
        .filter((unit) => unit.canSubmit && ['not_submitted', 'returned'].includes(unit.status))
        .map((unit) => ({
          ...{ group: 'unit_plans' as const, plan: planRef(plan), count: 1 },
          kind: unit.status === 'returned' ? 'unit_plan_returned' : 'unit_plan_due',
          ...{ deadline: unit.closesOn, daysLeft: daysLeft(context.today, unit.closesOn) },
          ...{ label: unit.name, reason: unit.submission?.reason ?? null },
          link: `/ke-hoach/${plan.id}?muc=thoi-han`,
        })),
    )
  })
}

/**
 * The review period last ended on `today` (HD 22's quarter, six months, nine months, year);
 * before 31/3 the previous year's yearly review.
 */
export function lastEndedReview(today: string) {
  const year = Number(today.slice(0, 4))
  const ended = MODEL_REVIEW_PERIODS.filter((period) => `${year}-${period.ends}` < today).at(-1)
  if (ended) return { year, id: ended.id, label: ended.label, ends: `${year}-${ended.ends}` }
  return { year: year - 1, id: 'year', label: 'Cả năm', ends: `${year - 1}-12-31` }
}

/** Active models of the clerk's unit without the review of the period last ended. */
export async function readModelsToReview(context: TodoContext): Promise<TodoItem[]> {
  const unitId = ownUnitOf(context.actor)
  if (unitId === null) return []
  const period = lastEndedReview(context.today)
  const register = await listUnitModels(context.deps, context.actor, unitId, period.year)
  const missing = register.models.filter(
    (model) =>
      model.status === 'active' &&
      model.startedOn <= period.ends &&
      !model.reviews.some((review) => review.period === period.id),
  )
  if (missing.length === 0) return []
  return [
    {
      ...{ group: 'models', kind: 'model_review_missing', plan: null, count: missing.length },
      ...{ deadline: period.ends, daysLeft: daysLeft(context.today, period.ends) },
      ...{ label: `${period.label} ${period.year}`, reason: null },
      link: `/don-vi/${unitId}/mo-hinh?nam=${period.year}`,
    },
  ]
}

/** Reports returned to the clerk's units, any period, each with the reason and its page. */
export function readReturnedReports(context: TodoContext) {
  return forEachPlan(context.plans, async (plan): Promise<TodoItem[]> => {
    const rows = await listReturnedReports(context.deps.db, plan.key, plan.scopePath)
    if (rows.length === 0) return []
    const handle = await loadPlan(context.deps.db, plan.id)
    return rows.flatMap((row) => {
      const period = findReportingPeriod(handle.plan, row.period_id)
      if (!period) return []
      const deadline = deadlineOf(handle.plan, period)
      return [
        {
          ...{ group: 'reports' as const, kind: 'report_returned', plan: planRef(plan) },
          ...{ count: 1, deadline, daysLeft: daysLeft(context.today, deadline) },
          ...{ label: `${period.label} · ${row.unit_name}`, reason: row.return_reason },
          link: `/ke-hoach/${plan.id}/bao-cao?ky=${period.id}&donvi=${row.unit_id}`,
        },
      ]
    })
  })
}
