// The council secretary's and the leader's to-do: meetings still open, nominations waiting for
// the council or for a decision, and a one-screen summary of the plans in scope (the stored
// target statuses the dashboard shows).
import { listCouncilsInScope } from '../councils/councils.service'
import { listCouncilMeetings } from '../councils/meetings-read.service'
import { readTargets } from './todo-owner'
import { daysLeft, forEachPlan, type TodoContext, type TodoItem } from './todo.types'

/** Council meetings not closed yet: agenda, attendance and votes to prepare. */
export async function readOpenMeetings(context: TodoContext): Promise<TodoItem[]> {
  const { deps, actor } = context
  const councils = await listCouncilsInScope(deps, actor)
  const lists = await Promise.all(
    councils.items.map(async (council) => ({
      council,
      meetings: (await listCouncilMeetings(deps, actor, council.id)).items,
    })),
  )
  return lists.flatMap(({ council, meetings }) =>
    meetings
      .filter((meeting) => meeting.status === 'open')
      .map((meeting) => ({
        ...{ group: 'meetings' as const, kind: 'meeting_open', plan: null, count: 1 },
        ...{ deadline: meeting.date, daysLeft: daysLeft(context.today, meeting.date) },
        ...{ label: council.name, reason: null },
        link: `/khen-thuong/phien-hop/${meeting.id}`,
      })),
  )
}

const STATUSES = ['met', 'on_track', 'at_risk', 'missed', 'no_data'] as const

/** Per plan in scope: how many targets stand at each status at the actor's part of the plan. */
export function summarisePlans(context: TodoContext) {
  return forEachPlan(context.plans, async (plan) => {
    const targets = await readTargets(context, plan)
    const counts = Object.fromEntries(
      STATUSES.map((status) => [status, targets.items.filter((t) => t.status === status).length]),
    ) as Record<(typeof STATUSES)[number], number>
    return [
      {
        plan: { id: plan.id, title: plan.title },
        year: targets.year,
        scope: targets.scope.name,
        total: targets.items.filter((item) => item.status !== 'not_applicable').length,
        counts,
        link: `/ke-hoach/${plan.id}/tien-do?donVi=${plan.scopeUnitId}&nam=${targets.year}`,
      },
    ]
  })
}
export type PlanSummary = Awaited<ReturnType<typeof summarisePlans>>[number]
