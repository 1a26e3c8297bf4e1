// What every assignment use case needs first: the plan (validated, kept in the read cache), its
// issuer, the share, and which side the actor is on: the owner body (campaign:report over the
// body) or the plan owner (campaign:review over the plan's issuer).
import {
  AppError,
  can,
  validatePlan,
  vietnamDateOf,
  type Actor,
  type Plan,
  type Task,
} from '@antq/core'
import type { Deps } from '../../deps'
import { findUnitCached } from '../units/unit-cache'
import * as repo from './assignments.repository'

export type PlanHandle = {
  id: number
  key: string
  status: string
  issuer: { id: number; path: string; version: string } | null
  plan: Plan
}

async function readPlan(deps: Deps, id: number): Promise<PlanHandle | undefined> {
  const row = await deps.db
    .selectFrom('plans')
    .select(['id', 'plan_key', 'status', 'issuer_unit_id', 'definition'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) return undefined
  const checked = validatePlan(row.definition)
  if (!checked.ok) throw new AppError('INTERNAL')
  const issuer =
    row.issuer_unit_id === null ? undefined : await findUnitCached(deps, row.issuer_unit_id)
  return {
    id: row.id,
    key: row.plan_key,
    status: row.status,
    issuer: issuer ? { id: issuer.id, path: issuer.path, version: issuer.version } : null,
    plan: checked.plan,
  }
}

/** The plan version, kept until the next write (plans and units notify changes). */
export async function loadPlan(deps: Deps, id: number): Promise<PlanHandle> {
  const plan = await deps.cache.memo(`assignment-plan:${id}`, () => readPlan(deps, id))
  if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch')
  return plan
}

export function today(deps: Deps): string {
  return vietnamDateOf(deps.now())
}

export function findTask(plan: Plan, taskId: string): Task | undefined {
  return plan.tasks.find((task) => task.id === taskId)
}

/** The plan owner: reviews over the plan's issuer (a plan without one: the administrator). */
export function isReviewer(actor: Actor, plan: PlanHandle): boolean {
  return plan.issuer ? can(actor, 'campaign:review', plan.issuer.path) : actor.scopePath === null
}

/** Reads the plan's assignments: its owner, or who reads plans over its issuer. */
export function assertReadsPlan(actor: Actor, plan: PlanHandle) {
  const reads = plan.issuer ? can(actor, 'plans:read', plan.issuer.path) : actor.scopePath === null
  if (!isReviewer(actor, plan) && !reads) throw new AppError('OUT_OF_SCOPE')
}

export function sidesOf(actor: Actor, plan: PlanHandle, share: { owner_unit_path: string }) {
  return {
    owner: can(actor, 'campaign:report', share.owner_unit_path),
    reviewer: isReviewer(actor, plan),
    reader: can(actor, 'campaign:read', share.owner_unit_path),
  }
}

/** The share and its plan, when the actor may see it (else NOT_FOUND: no id is confirmed). */
export async function loadShare(deps: Deps, actor: Actor, id: number) {
  const share = await repo.findShare(deps.db, id, today(deps))
  if (!share) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ')
  const plan = await loadPlan(deps, share.plan_id)
  const sides = sidesOf(actor, plan, share)
  if (!sides.owner && !sides.reviewer && !sides.reader)
    throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ')
  return { share, plan, sides }
}
