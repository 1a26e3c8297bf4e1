// Reading assignments: a body's own list, one share with its clause, history and files, a
// plan's shares and the plan owner's scorecard per body.
import { AppError, can, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { findUnitCached } from '../units/unit-cache'
import { assertReadsPlan, loadPlan, loadShare, today, type PlanHandle } from './assignments.context'
import * as events from './assignments-events.repository'
import * as repo from './assignments.repository'
import { presentDetail, presentShare } from './assignments.presenter'

export type ListQuery = {
  year: number
  status?: string
  late?: boolean
  limit: number
  offset: number
}

/** The unit a body's page opens on: the one asked for, else the actor's own unit. */
function ownUnitId(actor: Actor, unitId?: number): number {
  if (unitId !== undefined) return unitId
  const own = actor.scopePath?.split('.').filter(Boolean).at(-1)
  if (!own)
    throw new AppError('VALIDATION', 'Cần chọn đơn vị', [
      { path: 'unitId', message: 'Cần chọn đơn vị' },
    ])
  return Number(own)
}

async function plansOf(deps: Deps, ids: Iterable<number>) {
  const plans = new Map<number, PlanHandle>()
  for (const id of new Set(ids)) plans.set(id, await loadPlan(deps, id))
  return plans
}

/** The body's own shares (every plan), by due date. */
export async function listUnitAssignments(
  deps: Deps,
  actor: Actor,
  input: ListQuery & { unitId?: number },
) {
  const unitId = ownUnitId(actor, input.unitId)
  const date = today(deps)
  // Kept until the next write (ADR 010); the key names everything the rows depend on.
  const key = `assignments:unit:${unitId}:${date}:${JSON.stringify(input)}`
  const rows = await deps.cache.memo(key, () => repo.listUnitShares(deps.db, unitId, date, input))
  // The rows carry their owner's name and current path (one round trip when the list is not empty);
  // nothing is returned before the scope is checked.
  const first = rows[0]
  const unit = first
    ? { id: first.owner_unit_id, name: first.owner_name, path: first.owner_path }
    : await findUnitCached(deps, unitId)
  if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị')
  if (!can(actor, 'campaign:report', unit.path)) throw new AppError('OUT_OF_SCOPE')
  const plans = await plansOf(
    deps,
    rows.map((row) => row.plan_id),
  )
  return {
    unit: { id: unit.id, name: unit.name },
    year: input.year,
    items: rows.map((row) => presentShare(row, plans.get(row.plan_id) as PlanHandle)),
  }
}

export async function getAssignment(deps: Deps, actor: Actor, id: number) {
  const { share, plan, sides } = await loadShare(deps, actor, id)
  const [history, files, children] = await Promise.all([
    events.listEvents(deps.db, id),
    events.listFiles(deps.db, id),
    repo.listChildShares(deps.db, id, today(deps)),
  ])
  const childPlans = await plansOf(
    deps,
    children.map((row) => row.plan_id),
  )
  return {
    ...presentDetail(actor, plan, share, sides),
    history: history.map((event) => ({
      id: event.id,
      at: event.at,
      actor: event.actor_name,
      action: event.action,
      fromReview: event.from_review,
      toReview: event.to_review,
      note: event.note,
    })),
    files: files.map((file) => ({
      id: file.id,
      eventId: file.event_id,
      filename: file.filename,
      mime: file.mime,
      size: file.size,
      uploadedBy: file.uploaded_by,
      uploadedAt: file.uploaded_at,
    })),
    cascade: children.map((row) => presentShare(row, childPlans.get(row.plan_id) as PlanHandle)),
  }
}

export async function readEvidence(deps: Deps, actor: Actor, id: number, fileId: number) {
  await loadShare(deps, actor, id)
  const file = await events.readFileBytes(deps.db, id, fileId)
  if (!file) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp của nhiệm vụ này')
  return file
}

/** The plan's shares for a year (the plan owner's list), one body's or every body's. */
export async function listPlanAssignments(
  deps: Deps,
  actor: Actor,
  planId: number,
  input: ListQuery & { unitId?: number },
) {
  const plan = await loadPlan(deps, planId)
  assertReadsPlan(actor, plan)
  const rows = await repo.listPlanShares(deps.db, plan.key, today(deps), input)
  return { year: input.year, items: rows.map((row) => presentShare(row, plan)) }
}

/** Per body: on time, late, overdue, in progress, not started, on today's date. */
export async function scorePlanAssignments(deps: Deps, actor: Actor, planId: number, year: number) {
  const plan = await loadPlan(deps, planId)
  assertReadsPlan(actor, plan)
  const date = today(deps)
  const rows = await deps.cache.memo(`assignments:score:${plan.key}:${year}:${date}`, () =>
    repo.scorePlan(deps.db, plan.key, year, date),
  )
  return {
    year,
    date,
    bodies: rows.map((row) => ({
      unit: { id: row.owner_unit_id, name: row.name, kind: row.kind },
      total: row.total,
      onTime: row.on_time,
      late: row.late,
      overdue: row.overdue,
      inProgress: row.in_progress,
      notStarted: row.not_started,
    })),
  }
}
