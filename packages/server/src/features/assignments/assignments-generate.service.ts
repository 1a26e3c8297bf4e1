// "Giao nhiệm vụ": the plan owner turns each task of a published plan into shares for a year,
// one per owner body (chủ trì and phối hợp) and occurrence. Owner bodies resolve to units under
// the issuer (resolvePlanBodies); `ownerLevels` give every unit of that level in the issuer's
// territory. A body that resolves to no unit is reported back, never silently dropped. A child
// plan's task with `parentTask` links each share to the parent task's share of its issuer (the
// cascade the parent's owner follows). Idempotent: a share already given is kept as it is.
import {
  AppError,
  planCoversYear,
  planYearsText,
  taskOccurrences,
  type Actor,
  type Occurrence,
  type Task,
} from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { resolvePlanBodies } from '../bodies/bodies.resolve'
import { isReviewer, loadPlan, type PlanHandle } from './assignments.context'
import * as repo from './assignments.repository'

type Owner = { id: number; path: string; role: 'owner' | 'co_owner' }
export type Unresolved = { taskId: string; source: string; body: string; reason: string }

async function ownersByBody(deps: Deps, plan: PlanHandle, issuerId: number) {
  const matches = await resolvePlanBodies(deps.db, {
    issuerUnitId: issuerId,
    bodies: plan.plan.bodies,
  })
  const ids = [...matches.values()].flatMap((match) =>
    match.unitId === null ? [] : [match.unitId],
  )
  const paths = new Map(
    ids.length === 0
      ? []
      : (
          await deps.db.selectFrom('units').select(['id', 'path']).where('id', 'in', ids).execute()
        ).map((row) => [row.id, row.path]),
  )
  return { matches, paths }
}

type Resolved = Awaited<ReturnType<typeof ownersByBody>>

function ownersOf(
  plan: PlanHandle,
  task: Task,
  bodies: Resolved,
  levels: Map<string, { id: number; path: string }[]>,
  unresolved: Unresolved[],
): Owner[] {
  const owners: Owner[] = []
  const add = (bodyId: string, role: Owner['role']) => {
    const match = bodies.matches.get(bodyId)
    const name = plan.plan.bodies.find((body) => body.id === bodyId)?.name ?? bodyId
    if (!match || match.unitId === null) {
      const reason = match?.reason ?? `Kế hoạch không có cơ quan "${bodyId}"`
      unresolved.push({ taskId: task.id, source: task.source, body: name, reason })
      return
    }
    if (owners.some((owner) => owner.id === match.unitId)) return
    owners.push({ id: match.unitId, path: bodies.paths.get(match.unitId) ?? '', role })
  }
  if (task.owner !== null) add(task.owner, 'owner')
  for (const level of task.ownerLevels)
    for (const unit of levels.get(level) ?? [])
      if (!owners.some((owner) => owner.id === unit.id)) owners.push({ ...unit, role: 'owner' })
  for (const coOwner of task.coOwners) add(coOwner, 'co_owner')
  return owners
}

/** The parent task's share an occurrence cascades from: same key, else the first due after. */
function parentShareOf(
  shares: readonly { id: number; task_id: string; occurrence: string; due: string }[],
  task: Task,
  occurrence: Occurrence,
): number | null {
  if (task.parentTask === null) return null
  const own = shares.filter((share) => share.task_id === task.parentTask)
  const match =
    own.find((share) => share.occurrence === occurrence.key) ??
    own.find((share) => share.due >= occurrence.due) ??
    own.at(-1)
  return match?.id ?? null
}

export async function generateAssignments(deps: Deps, actor: Actor, planId: number, year: number) {
  const plan = await loadPlan(deps, planId)
  if (!isReviewer(actor, plan)) throw new AppError('FORBIDDEN')
  if (plan.status !== 'published')
    throw new AppError('INVALID_TRANSITION', 'Chỉ giao nhiệm vụ của kế hoạch đã ban hành')
  if (!planCoversYear(plan.plan, year))
    throw new AppError(
      'OUTSIDE_PLAN_PERIOD',
      `Năm ${year} nằm ngoài thời gian thực hiện kế hoạch (${planYearsText(plan.plan)})`,
      [{ path: 'year', message: 'Năm nằm ngoài thời gian thực hiện kế hoạch' }],
    )
  const issuer = plan.issuer
  if (!issuer) throw new AppError('VALIDATION', 'Kế hoạch chưa gắn với đơn vị ban hành')
  const bodies = await ownersByBody(deps, plan, issuer.id)
  const levels = new Map<string, { id: number; path: string }[]>()
  for (const level of new Set(plan.plan.tasks.flatMap((task) => task.ownerLevels)))
    levels.set(
      level,
      await repo.listLevelUnits(deps.db, { ...issuer, kind: level, path: issuer.path }),
    )
  const parentKey = plan.plan.metadata.parentPlan?.planId ?? null
  const parentShares =
    parentKey === null
      ? []
      : await repo.listParentShares(deps.db, { planKey: parentKey, unitId: issuer.id, year })
  const unresolved: Unresolved[] = []
  const rows: repo.NewAssignment[] = []
  let withoutShare = 0
  for (const task of plan.plan.tasks) {
    const occurrences = taskOccurrences(task, year, plan.plan.period.startYear)
    const owners = ownersOf(plan, task, bodies, levels, unresolved)
    if (occurrences.length === 0) withoutShare += 1
    if (owners.length === 0 && task.owner === null && task.ownerLevels.length === 0)
      unresolved.push({
        taskId: task.id,
        source: task.source,
        body: '',
        reason: 'Nhiệm vụ chưa ghi cơ quan chủ trì',
      })
    for (const occurrence of occurrences)
      for (const owner of owners)
        rows.push({
          ...{ plan_id: plan.id, plan_key: plan.key, task_id: task.id, year },
          ...{ occurrence: occurrence.key, owner_unit_id: owner.id, owner_unit_path: owner.path },
          ...{ role: owner.role, due_date: occurrence.due },
          parent_assignment_id: parentShareOf(parentShares, task, occurrence),
        })
  }
  const created = await deps.db.transaction().execute(async (tx) => {
    const inserted = await repo.insertAssignments(tx, rows)
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'assignment.generate',
      entity: 'plan',
      entityId: plan.id,
      unit: { id: issuer.id, path: issuer.path },
      after: { planKey: plan.key, year, created: inserted, shares: rows.length, unresolved },
    })
    return inserted
  })
  return {
    year,
    tasks: plan.plan.tasks.length,
    created,
    existing: rows.length - created,
    withoutShare,
    unresolved,
  }
}
