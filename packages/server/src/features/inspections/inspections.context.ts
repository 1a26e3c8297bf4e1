// Who may do what with an inspection. It is the plan owner's work: writes need campaign:review
// over the plan's issuing unit. A reader over the issuer sees all of it; an inspected unit
// (campaign:read in its own scope) sees only its own visit, findings and actions.
import {
  AppError,
  can,
  isInReadScope,
  isInSubtree,
  validatePlan,
  type Actor,
  type Plan,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { findPlanById } from '../plans/plans.repository'
import * as repo from './inspections.repository'
import { findUnitInTerritory } from './inspections-units.repository'

type Db = Kysely<Database>

export type PlanHandle = {
  id: number
  key: string
  plan: Plan
  issuerPath: string
  issuerUnitId: number | null
}

export async function loadPlan(db: Db, planId: number): Promise<PlanHandle> {
  const row = await findPlanById(db, planId)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch')
  const checked = validatePlan(row.definition)
  if (!checked.ok) throw new AppError('VALIDATION', 'Định nghĩa kế hoạch chưa hợp lệ')
  return {
    id: row.id,
    key: row.plan_key,
    plan: checked.plan,
    issuerPath: row.scope_path ?? '',
    issuerUnitId: row.issuer_unit_id,
  }
}

/** Writes: campaign:review over the plan's issuer (a legacy plan is never written from 2025). */
export function assertManages(actor: Actor, issuerPath: string): void {
  if (!can(actor, 'campaign:review', issuerPath)) throw new AppError('OUT_OF_SCOPE')
}

export function managesPlan(actor: Actor, issuerPath: string): boolean {
  return can(actor, 'campaign:review', issuerPath)
}

/** Whether the reader sees the whole inspection (over the plan's issuer) or only units of theirs. */
export function readsWhole(actor: Actor, issuerPath: string): boolean {
  return issuerPath !== '' ? isInReadScope(actor, issuerPath) : actor.scopePath === null
}

export async function loadInspection(db: Db, actor: Actor, id: number, manage: boolean) {
  const row = await repo.findInspection(db, id)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra')
  if (manage) assertManages(actor, row.issuer_unit_path)
  return row
}

/** A unit named in an input: it exists and lies in the plan's territory (the issuer's subtree). */
export async function loadTerritoryUnit(db: Db, issuerPath: string, unitId: number, path: string) {
  const unit = await findUnitInTerritory(db, unitId)
  if (!unit || (issuerPath !== '' && !isInSubtree(unit.path, issuerPath)))
    throw new AppError('VALIDATION', 'Đơn vị không thuộc địa bàn của kế hoạch', [
      { path, message: 'Đơn vị không thuộc địa bàn của kế hoạch' },
    ])
  return unit
}

/** The inspected unit a unit-level route names; OUT_OF_SCOPE when the reader cannot see it. */
export function pickVisibleUnit<U extends { unit_id: number; unit_path: string }>(
  actor: Actor,
  issuerPath: string,
  units: readonly U[],
  unitId: number,
): U {
  const unit = units.find((item) => item.unit_id === unitId)
  if (!unit) throw new AppError('NOT_FOUND', 'Đơn vị này không có trong cuộc kiểm tra')
  if (!readsWhole(actor, issuerPath) && !isInReadScope(actor, unit.unit_path))
    throw new AppError('OUT_OF_SCOPE')
  return unit
}

/** The audit entry of an inspection write, filed under the plan's issuing unit. */
export function inspectionAudit(
  actor: Actor,
  action: string,
  row: { id: number; issuer_unit_id?: number | null; issuerUnitId?: number | null } & (
    { issuer_unit_path: string } | { issuerPath: string }
  ),
) {
  const unitId = row.issuer_unit_id ?? row.issuerUnitId ?? null
  const path = 'issuer_unit_path' in row ? row.issuer_unit_path : row.issuerPath
  return {
    actorId: actor.accountId,
    actorName: actor.username,
    action: `inspection.${action}`,
    entity: 'inspection',
    entityId: row.id,
    unit: unitId === null ? null : { id: unitId, path },
  }
}
