// The to-do home's shapes (ADR 028): one item per thing to do, with how many, by when, and the
// web page that does it. Kinds are codes; the web names them in Vietnamese.
import { daysBetween, type Actor } from '@antq/core'
import type { Deps } from '../../deps'

export const TODO_GROUPS = [
  'registration',
  'reports',
  'upward_reports',
  'events',
  'unit_plans',
  'assignments',
  'models',
  'nominations',
  'late_units',
  'reports_to_accept',
  'to_appraise',
  'assignments_review',
  'targets_at_risk',
  'meetings',
  'decisions_to_draft',
  'decisions_to_sign',
] as const
export type TodoGroup = (typeof TODO_GROUPS)[number]

export type TodoUnit = {
  id: number
  name: string
  managingUnit: string | null
  contacts: string[]
  daysLate: number
  reason: string | null
}

export type TodoItem = {
  group: TodoGroup
  /** What exactly: `registration_late`, `report_returned`, `assignment_due`… (web labels). */
  kind: string
  plan: { id: number; title: string } | null
  count: number
  /** yyyy-mm-dd; null when the thing has no date. */
  deadline: string | null
  /** Days from today to the deadline: negative when overdue. */
  daysLeft: number | null
  /** A name to show: the period, the task, the unit, the meeting, the target. */
  label: string | null
  /** Why it came back (a returned report, assignment, plan or nomination). */
  reason: string | null
  /** The first late units, with their managing unit and who answers for them. */
  units?: TodoUnit[]
  link: string
}

/** One relevant plan, seen from the actor: the subtree of the issuer the actor reads. */
export type TodoPlan = {
  id: number
  key: string
  title: string
  issuerPath: string
  /** The actor's part of the plan's area (readScopeWithin) and its unit id. */
  scopePath: string
  scopeUnitId: number
  /** The campaign year the dashboard shows by default (loadYearContext). */
  year: number
}

export type TodoContext = { deps: Deps; actor: Actor; today: string; plans: TodoPlan[] }

export function daysLeft(today: string, deadline: string | null): number | null {
  return deadline ? daysBetween(today, deadline) : null
}

/** A plan's own fields an item carries. */
export function planRef(plan: TodoPlan) {
  return { id: plan.id, title: plan.title }
}

/** Runs one plan's part; a plan the actor cannot act on (out of its area) adds nothing. */
export async function forEachPlan<T>(
  plans: readonly TodoPlan[],
  read: (plan: TodoPlan) => Promise<T[]>,
): Promise<T[]> {
  const parts = await Promise.all(plans.map((plan) => read(plan).catch(skipRefusal)))
  return parts.flat()
}

function skipRefusal(error: unknown): never[] {
  const code = (error as { code?: string } | null)?.code
  if (code === 'OUT_OF_SCOPE' || code === 'FORBIDDEN' || code === 'VALIDATION') return []
  throw error
}
