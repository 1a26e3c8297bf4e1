// What every registration use case needs first: the plan (validated), the campaign year, the
// subtree the actor may see for this plan, and the registration window with its extensions.
import {
  AppError,
  assertPlanCoversYear,
  checkRegistrationWindow,
  isInSubtree,
  readScopeWithin,
  planDeadlineFor,
  validatePlan,
  vietnamDateOf,
  type Actor,
  type DeadlineExtension,
  type Plan,
  type PlanStatus,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { intersectScope } from '../deadline-extensions/deadline-extensions.service'
import { findPlanById } from '../plans/plans.repository'
import { findUnitPath } from '../units/units.repository'
import * as repo from './registrations-extensions.repository'

export type PlanContext = {
  id: number
  key: string
  status: PlanStatus
  plan: Plan
  issuerPath: string | null
  year: number
  today: string
  extensions: repo.ExtensionRow[]
}

export async function loadPlanContext(
  db: Kysely<Database>,
  deps: Deps,
  planId: number,
  year: number,
): Promise<PlanContext> {
  const row = await findPlanById(db, planId)
  if (!row) throw new AppError('NOT_FOUND')
  const checked = validatePlan(row.definition)
  if (!checked.ok) throw new AppError('VALIDATION', 'Định nghĩa kế hoạch chưa hợp lệ')
  assertPlanCoversYear(checked.plan, year)
  return {
    id: row.id,
    key: row.plan_key,
    status: row.status as PlanStatus,
    plan: checked.plan,
    issuerPath: row.scope_path,
    year,
    today: vietnamDateOf(deps.now()),
    extensions: await repo.listExtensions(db, row.plan_key, 'registration', year),
  }
}

/** The deeper of two nested subtrees, or undefined when they do not meet (null: everything). */
/** The narrower of two subtrees (shared with the extensions, which grant within it). */
export const intersect = intersectScope

/** The subtree listed: `unitId` (already checked in the actor's scope) or the actor's scope, within the issuer's. */
export async function resolveListScope(
  db: Kysely<Database>,
  actor: Actor,
  context: PlanContext,
  unitId?: number,
): Promise<string | undefined> {
  const base = unitId === undefined ? actor.scopePath : await findUnitPath(db, unitId)
  if (base === undefined) throw new AppError('NOT_FOUND')
  const path = intersect(base, context.issuerPath)
  if (path === null)
    throw new AppError('VALIDATION', 'Hãy chọn đơn vị cần xem', [
      { path: 'unitId', message: 'Kế hoạch không có đơn vị ban hành: cần chọn đơn vị' },
    ])
  return path
}

/**
 * The subtree a list reads: as resolveListScope, and for a plan of a legacy unit merged into the
 * actor's 2025 scope (ADR 011) the issuer's subtree. Reads only: imports use resolveListScope.
 */
export async function resolveReadScope(
  db: Kysely<Database>,
  actor: Actor,
  context: PlanContext,
  unitId?: number,
): Promise<string | undefined> {
  const path = await resolveListScope(db, actor, context, unitId)
  if (path !== undefined || unitId !== undefined || context.issuerPath === null) return path
  return readScopeWithin(actor, context.issuerPath)
}

function untilText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value)
}

/** Extensions that reach a unit: granted to it by id, or to every unit under a subtree it is in. */
export function extensionsFor(context: PlanContext, unitPath: string): DeadlineExtension[] {
  return context.extensions
    .filter(
      (row) =>
        row.unit_ids !== null || row.scope_path === null || isInSubtree(unitPath, row.scope_path),
    )
    .map((row) => ({
      unitIds: row.unit_ids as number[] | null,
      until: untilText(row.until),
      reason: row.reason,
    }))
}

export function windowFor(context: PlanContext, unit: { id: number; path: string }) {
  return checkRegistrationWindow(context.plan, {
    date: context.today,
    year: context.year,
    unitId: unit.id,
    extensions: extensionsFor(context, unit.path),
  })
}

export function presentExtension(row: repo.ExtensionRow) {
  return {
    id: row.id,
    closes: row.closes,
    year: row.year,
    unitIds: row.unit_ids as number[] | null,
    until: untilText(row.until),
    reason: row.reason,
    grantedBy: row.granted_by,
    grantedAt: row.granted_at.toISOString(),
  }
}

export function presentWindow(context: PlanContext) {
  return {
    deadline: planDeadlineFor(context.plan, 'registration', context.year),
    today: context.today,
  }
}
