// What every budget use case needs first: the plan with its budget lines, the unit each named
// body is, and who the actor is for a line: its estimator, its approver, or the plan's owner.
// Approval (ADR 016): the clerk of the body the line names as approver (its unit in the actor's
// scope), or the plan's owner (campaign:review over the plan's issuer), who also approves the
// lines that name no approver.
import { AppError, can, isInSubtree, mayEstimate, type Actor, type BudgetLine } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { resolvePlanBodies } from '../bodies/bodies.resolve'
import { loadPlan, type PlanHandle } from '../reports/reports.context'
import * as repo from './budget.repository'

export type BudgetPlan = PlanHandle & {
  /** Each body's unit id, null when it resolves to none. */
  bodyUnits: Map<string, number | null>
  /** The path of each approver body's unit. */
  bodyPaths: Map<string, string>
  span: { from: number; to: number }
}
export type BudgetUnit = NonNullable<Awaited<ReturnType<typeof repo.findUnit>>>

export async function loadBudgetPlan(db: Kysely<Database>, planId: number): Promise<BudgetPlan> {
  const handle = await loadPlan(db, planId)
  const matches = await resolvePlanBodies(db, {
    issuerUnitId: handle.issuerUnitId,
    bodies: handle.plan.bodies,
  })
  const bodyUnits = new Map([...matches].map(([id, match]) => [id, match.unitId]))
  const ids = [...bodyUnits.values()].filter((id): id is number => id !== null)
  const units = await repo.findUnitsByIds(db, ids)
  const pathOf = new Map(units.map((unit) => [unit.id, unit.path]))
  const bodyPaths = new Map<string, string>()
  for (const [bodyId, unitId] of bodyUnits) {
    const path = unitId === null ? undefined : pathOf.get(unitId)
    if (path) bodyPaths.set(bodyId, path)
  }
  const { startYear, endYear } = handle.plan.period
  return {
    ...handle,
    bodyUnits,
    bodyPaths,
    span: { from: startYear, to: endYear ?? startYear + 50 },
  }
}

/** Budget writes need a published plan, like the rest of its campaign. */
export function assertTakesBudget(plan: BudgetPlan) {
  if (plan.status !== 'published')
    throw new AppError('INVALID_TRANSITION', 'Kế hoạch không ở trạng thái nhận dự toán')
}

export function findLine(plan: BudgetPlan, lineId: string): BudgetLine {
  const line = plan.plan.budget.find((item) => item.id === lineId)
  if (!line) throw new AppError('NOT_FOUND', 'Kế hoạch không có dòng kinh phí này')
  return line
}

export function isPlanOwner(actor: Actor, plan: BudgetPlan): boolean {
  return plan.scopePath !== null && can(actor, 'campaign:review', plan.scopePath)
}

function isBodyClerk(actor: Actor, plan: BudgetPlan, line: BudgetLine): boolean {
  const path = line.approvedBy === null ? undefined : plan.bodyPaths.get(line.approvedBy)
  return path !== undefined && can(actor, 'campaign:report', path)
}

/** The unit on whose behalf the actor decides: the named body's, else the plan's issuer. */
export function approvingUnitId(actor: Actor, plan: BudgetPlan, line: BudgetLine): number | null {
  return isBodyClerk(actor, plan, line) && line.approvedBy !== null
    ? (plan.bodyUnits.get(line.approvedBy) ?? null)
    : plan.issuerUnitId
}

export function isApprover(actor: Actor, plan: BudgetPlan, line: BudgetLine): boolean {
  return isPlanOwner(actor, plan) || isBodyClerk(actor, plan, line)
}

/** The unit estimates the line (a named body or a unit of a named level in the plan's area). */
export function isEstimator(plan: BudgetPlan, line: BudgetLine, unit: BudgetUnit): boolean {
  const inPlan = plan.scopePath === null || isInSubtree(unit.path, plan.scopePath)
  return inPlan && mayEstimate(line, unit, plan.bodyUnits)
}

export async function loadUnit(db: Kysely<Database>, unitId: number): Promise<BudgetUnit> {
  const unit = await repo.findUnit(db, unitId)
  if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị')
  return unit
}
