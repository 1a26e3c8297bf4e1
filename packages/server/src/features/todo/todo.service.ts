// The to-do home (ADR 028): for the signed-in account's roles and scope, what is due across the
// published plans it works under, with the deadline and the page that does it. Every part is
// read through the service or repository query of its detailed page (so the counts are that
// page's), all in one round of parallel reads, and the whole answer is kept in the read cache
// until the next write (ADR 010).
import { readScopeWithin, vietnamDateOf, type Actor, type Role } from '@antq/core'
import type { Deps } from '../../deps'
import { loadYearContext } from '../targets/targets-year'
import {
  readModelsToReview,
  readOwnAssignments,
  readReturnedReports,
  readUnitPlansToSend,
} from './todo-clerk'
import { readOpenMeetings, summarisePlans, type PlanSummary } from './todo-council'
import { clerkLateItems, ownerLateItems, readLateLists } from './todo-late'
import { readOpenRegistrations, readUpcomingUpwardReports } from './todo-upcoming'
import {
  readAssignmentsToReview,
  readNominationsAt,
  readReportsToAccept,
  readTargetsAtRisk,
} from './todo-owner'
import { listPublishedPlans } from './todo.repository'
import { TODO_GROUPS, type TodoContext, type TodoItem, type TodoPlan } from './todo.types'

/** The published plans whose area meets the actor's (own scope or merged legacy subtrees). */
async function relevantPlans(deps: Deps, actor: Actor): Promise<TodoPlan[]> {
  const rows = await listPublishedPlans(deps.db)
  const plans = await Promise.all(
    rows.map(async (row): Promise<TodoPlan | null> => {
      const scopePath = row.scope_path ? readScopeWithin(actor, row.scope_path) : undefined
      if (!row.scope_path || !scopePath) return null
      const { year } = await loadYearContext(deps, row.id)
      const scopeUnitId = Number(scopePath.split('.').filter(Boolean).at(-1))
      return {
        id: row.id,
        key: row.plan_key,
        title: row.title,
        issuerPath: row.scope_path,
        scopePath,
        scopeUnitId,
        year,
      }
    }),
  )
  return plans.filter((plan): plan is TodoPlan => plan !== null)
}

// A system administrator owns no plan: it gets the plans' summary, not a nationwide late list.
const has = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role))

/** Every part the actor's roles ask for, started together. */
function readParts(context: TodoContext): Promise<TodoItem[]>[] {
  const { deps, actor, today } = context
  const parts: Promise<TodoItem[]>[] = []
  const clerk = has(actor, 'unit_clerk')
  const owner = has(actor, 'plan_owner')
  if (clerk || owner) {
    const late = readLateLists(context)
    if (clerk)
      parts.push(late.then((lists) => lists.flatMap((each) => clerkLateItems(today, each))))
    if (owner)
      parts.push(
        late.then(async (lists) =>
          (await Promise.all(lists.map((each) => ownerLateItems(deps, today, each)))).flat(),
        ),
      )
  }
  if (clerk) {
    parts.push(
      readReturnedReports(context),
      readOpenRegistrations(context),
      readUpcomingUpwardReports(context),
      readOwnAssignments(context),
      readUnitPlansToSend(context),
      readModelsToReview(context),
    )
    parts.push(
      readNominationsAt(context, 'returned', { group: 'nominations', kind: 'nomination_returned' }),
    )
    parts.push(
      readNominationsAt(context, 'draft', { group: 'nominations', kind: 'nomination_draft' }),
    )
  }
  if (owner) {
    parts.push(
      readReportsToAccept(context),
      readAssignmentsToReview(context),
      readTargetsAtRisk(context),
    )
    parts.push(
      readNominationsAt(context, 'submitted', {
        group: 'to_appraise',
        kind: 'nomination_submitted',
      }),
    )
  }
  if (has(actor, 'council_secretary')) {
    parts.push(readOpenMeetings(context))
    parts.push(
      readNominationsAt(context, 'appraised', { group: 'meetings', kind: 'nomination_appraised' }),
    )
    parts.push(
      readNominationsAt(context, 'reviewed', {
        group: 'decisions_to_draft',
        kind: 'nomination_reviewed',
      }),
    )
  }
  if (has(actor, 'leader'))
    parts.push(
      readNominationsAt(context, 'reviewed', {
        group: 'decisions_to_sign',
        kind: 'nomination_reviewed',
      }),
    )
  return parts
}

/** Overdue first, then by deadline; undated last. */
function byUrgency(a: TodoItem, b: TodoItem) {
  return (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity)
}

async function buildTodo(deps: Deps, actor: Actor, today: string) {
  const plans = await relevantPlans(deps, actor)
  const context: TodoContext = { deps, actor, today, plans }
  const summary: Promise<PlanSummary[]> = has(actor, 'leader', 'admin')
    ? summarisePlans(context)
    : Promise.resolve([])
  const [items, plansSummary] = await Promise.all([
    Promise.all(readParts(context)).then((parts) => parts.flat()),
    summary,
  ])
  const groups = TODO_GROUPS.flatMap((group) => {
    const own = items.filter((item) => item.group === group).sort(byUrgency)
    if (own.length === 0) return []
    return [{ group, count: own.reduce((sum, item) => sum + item.count, 0), items: own }]
  })
  return {
    today,
    plans: plans.map((plan) => ({ id: plan.id, title: plan.title, year: plan.year })),
    groups,
    summary: plansSummary,
  }
}

export function getTodo(deps: Deps, actor: Actor) {
  const today = vietnamDateOf(deps.now())
  // Kept until the next write (ADR 010): the answer depends on the account (its roles and scope,
  // themselves written rows) and on the day.
  return deps.cache.memo(`todo:${actor.accountId}:${today}`, () => buildTodo(deps, actor, today))
}
