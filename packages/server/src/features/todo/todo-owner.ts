// A plan owner's to-do beyond the late list: reports to accept, nominations to appraise,
// assignments overdue or waiting for review, and the targets most at risk — each read through
// the service or repository query the detailed page uses, so the counts are that page's.
import { findReportingPeriod } from '@antq/core'
import { listPlanAssignments, scorePlanAssignments } from '../assignments/assignments.service'
import { searchNominations } from '../nominations/nominations-list.service'
import { deadlineOf, loadPlan } from '../reports/reports.context'
import { reportingUnits } from '../reports/reports.service'
import { getPlanTargets } from '../targets/targets.service'
import { countSubmittedReportsByPeriod } from './todo.repository'
import {
  daysLeft,
  forEachPlan,
  planRef,
  type TodoContext,
  type TodoItem,
  type TodoPlan,
} from './todo.types'

const AT_RISK_SHOWN = 3
const ASSIGNMENTS_READ = 1000

/** Sent reports of the units the reports page lists from the actor's part of the plan. */
export function readReportsToAccept(context: TodoContext) {
  return forEachPlan(context.plans, async (plan): Promise<TodoItem[]> => {
    const handle = await loadPlan(context.deps.db, plan.id)
    const units = await reportingUnits(context.deps, handle, plan.scopeUnitId)
    const rows = await countSubmittedReportsByPeriod(
      context.deps.db,
      plan.key,
      units.map(({ unit }) => unit.id),
    )
    return rows.flatMap((row) => {
      const period = findReportingPeriod(handle.plan, row.period_id)
      if (!period || row.n === 0) return []
      const deadline = deadlineOf(handle.plan, period)
      return [
        {
          ...{ group: 'reports_to_accept' as const, kind: 'report_submitted' },
          ...{ plan: planRef(plan), count: Number(row.n), label: period.label, reason: null },
          ...{ deadline, daysLeft: daysLeft(context.today, deadline) },
          link: `/ke-hoach/${plan.id}/bao-cao?ky=${period.id}&donvi=${plan.scopeUnitId}`,
        },
      ]
    })
  })
}

/** Nominations sent to the police for appraisal (thẩm định), per plan-year. */
export function readNominationsAt(
  context: TodoContext,
  status: 'submitted' | 'appraised' | 'reviewed' | 'draft' | 'returned',
  shape: { group: TodoItem['group']; kind: string },
) {
  return forEachPlan(context.plans, async (plan): Promise<TodoItem[]> => {
    const { total } = await searchNominations(context.deps, context.actor, {
      ...{ planId: plan.id, year: plan.year, status, page: 1, pageSize: 1 },
    })
    if (total === 0) return []
    return [
      {
        ...shape,
        ...{ plan: planRef(plan), count: total, deadline: null, daysLeft: null },
        ...{ label: null, reason: null },
        link: `/khen-thuong?ke-hoach=${plan.id}&nam=${plan.year}`,
      },
    ]
  })
}

/** Overdue shares (the scorecard's sum) and submissions waiting for the plan owner's review. */
export function readAssignmentsToReview(context: TodoContext) {
  const { deps, actor } = context
  return forEachPlan(context.plans, async (plan): Promise<TodoItem[]> => {
    const [score, shares] = await Promise.all([
      scorePlanAssignments(deps, actor, plan.id, plan.year),
      listPlanAssignments(deps, actor, plan.id, {
        ...{ year: plan.year, late: false, limit: ASSIGNMENTS_READ, offset: 0 },
      }),
    ])
    const overdue = score.bodies.reduce((sum, body) => sum + body.overdue, 0)
    const submitted = shares.items.filter((share) => share.review === 'submitted').length
    const base = { group: 'assignments_review' as const, plan: planRef(plan), label: null }
    const link = `/ke-hoach/${plan.id}?muc=nhiem-vu`
    const items: TodoItem[] = []
    if (overdue > 0)
      items.push({
        ...base,
        ...{ kind: 'assignment_overdue', count: overdue, deadline: null, daysLeft: null },
        ...{ reason: null, link },
      })
    if (submitted > 0)
      items.push({
        ...base,
        ...{ kind: 'assignment_submitted', count: submitted, deadline: null, daysLeft: null },
        ...{ reason: null, link },
      })
    return items
  })
}

/** The stored targets that missed or lag, worst first (missed before at risk), a few per plan. */
export function readTargetsAtRisk(context: TodoContext) {
  return forEachPlan(context.plans, async (plan): Promise<TodoItem[]> => {
    const targets = await readTargets(context, plan)
    const risky = targets.items
      .filter((item) => item.status === 'missed' || item.status === 'at_risk')
      .sort((a, b) => rank(a.status) - rank(b.status))
      .slice(0, AT_RISK_SHOWN)
    return risky.map((item) => ({
      ...{ group: 'targets_at_risk' as const, kind: `target_${item.status}` },
      ...{ plan: planRef(plan), count: 1, label: item.label, reason: null },
      ...{ deadline: item.due ?? null, daysLeft: daysLeft(context.today, item.due ?? null) },
      link: `/ke-hoach/${plan.id}/tien-do?donVi=${plan.scopeUnitId}&nam=${plan.year}`,
    }))
  })
}

export function readTargets(context: TodoContext, plan: TodoPlan) {
  return getPlanTargets(context.deps, context.actor, plan.id, plan.scopeUnitId, plan.year)
}

const rank = (status: string) => (status === 'missed' ? 0 : 1)
