// What every nomination use case needs first: the plan (validated), units, the actor's right
// over the proposing unit's subtree, today's date and the dossier deadline's extensions.
import {
  AppError,
  can,
  isInSubtree,
  validatePlan,
  vietnamDateOf,
  type Actor,
  type DeadlineExtension,
  type Permission,
  type Plan,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { loadDeadlineExtensions } from '../deadline-extensions/deadline-extensions.read'
import { findPlanById } from '../plans/plans.repository'
import { findNomination, type NominationRecord } from './nominations.repository'

export type PlanHandle = {
  id: number
  key: string
  status: string
  issuerPath: string | null
  plan: Plan
}

export async function loadPlan(db: Kysely<Database>, planId: number): Promise<PlanHandle> {
  const row = await findPlanById(db, planId)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch')
  const checked = validatePlan(row.definition)
  if (!checked.ok) throw new AppError('VALIDATION', 'Định nghĩa kế hoạch chưa hợp lệ')
  return {
    id: row.id,
    key: row.plan_key,
    status: row.status,
    issuerPath: row.scope_path,
    plan: checked.plan,
  }
}

/** Nominations are made only under a published plan, for a year it runs. */
export function assertOpenForNominations(handle: PlanHandle, year: number) {
  if (handle.status !== 'published')
    throw new AppError('INVALID_TRANSITION', 'Kế hoạch chưa ban hành hoặc đã kết thúc')
  const { startYear, endYear } = handle.plan.period
  if (year < startYear || year > (endYear ?? startYear))
    throw new AppError('VALIDATION', `Năm ${year} nằm ngoài thời gian thực hiện kế hoạch`, [
      { path: 'year', message: `Kế hoạch áp dụng từ năm ${startYear} đến ${endYear ?? startYear}` },
    ])
}

export type UnitRef = { id: number; name: string; kind: string; path: string }

export async function loadUnit(
  db: Kysely<Database>,
  id: number,
  path = 'unitId',
): Promise<UnitRef> {
  const row = await db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'path'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row)
    throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị', [
      { path, message: 'Không có đơn vị này' },
    ])
  return row
}

export function assertCan(actor: Actor, permission: Permission, unitPath: string) {
  if (!can(actor, permission)) throw new AppError('FORBIDDEN')
  if (!can(actor, permission, unitPath)) throw new AppError('OUT_OF_SCOPE')
}

/** The nomination, if the actor may read it (its proposing unit is in their subtree). */
export async function loadNominationFor(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  permission: Permission = 'nominations:read',
): Promise<NominationRecord> {
  const row = await findNomination(db, id)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy hồ sơ đề nghị khen thưởng')
  assertCan(actor, permission, row.proposing_unit_path)
  return row
}

/** A nominee (unit, or a person's unit) must lie in the proposing unit's subtree. */
export function assertUnder(proposing: UnitRef, nominee: UnitRef, path: string) {
  if (!isInSubtree(nominee.path, proposing.path))
    throw new AppError('OUT_OF_SCOPE', 'Đơn vị được đề nghị không thuộc đơn vị đề nghị', [
      { path, message: 'Chỉ đề nghị khen thưởng đơn vị, cá nhân thuộc đơn vị mình' },
    ])
}

export function today(deps: Deps): string {
  return vietnamDateOf(deps.now())
}

/** Extensions of the dossier deadline that reach a unit (by id or by subtree). */
export function loadDossierExtensions(
  db: Kysely<Database>,
  planKey: string,
  year: number,
  unitPath: string,
): Promise<DeadlineExtension[]> {
  return loadDeadlineExtensions(db, { planKey, closes: 'dossier', year }, unitPath)
}
