// Register (or update) one or many units for a plan year, all-or-nothing: every unit in the
// actor's scope and the issuer's, the window open for it, the pledge valid; one transaction,
// one audit entry per unit changed.
import { AppError, assertPlanTakesWrite, type Actor, type RegistrationPledge } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit, type AuditEntry } from '../audit/audit.repository'
import { recomputeTargets } from '../targets/targets-recompute'
import {
  assertMayRegister,
  checkItems,
  type ItemProblem,
  type RegistrationItem,
  type WriteResult,
} from './registrations-check'
import { loadPlanContext, type PlanContext } from './registrations.context'
import { presentPledge, samePledge } from './registrations.presenter'
import * as repo from './registrations.repository'

function toValues(actor: Actor, pledge: RegistrationPledge, at: Date) {
  return {
    take_part: pledge.takePart,
    strives_for_antt: pledge.strivesForAntt,
    builds_exemplary: pledge.buildsExemplary,
    award_forms: JSON.stringify(pledge.awardForms),
    registered_by: actor.username,
    registered_at: at,
  }
}

async function writeItems(
  tx: Kysely<Database>,
  actor: Actor,
  context: PlanContext,
  items: readonly RegistrationItem[],
  units: Map<number, repo.RegistrantRow>,
  options: { reason?: string; at: Date; dryRun: boolean },
): Promise<WriteResult> {
  const existing = new Map(
    (await repo.findRegistrations(tx, context.key, context.year, [...units.keys()])).map((row) => [
      row.unit_id,
      row,
    ]),
  )
  const result: WriteResult = { created: 0, updated: 0, unchanged: 0 }
  const audits: AuditEntry[] = []
  for (const item of items) {
    const unit = units.get(item.unitId)
    if (!unit) continue
    const before = existing.get(unit.id)
    const after = { ...item.pledge }
    const values = toValues(actor, item.pledge, options.at)
    if (before && samePledge(presentPledge(before), after)) {
      result.unchanged += 1
      continue
    }
    if (options.dryRun) {
      result[before ? 'updated' : 'created'] += 1
      continue
    }
    if (before) {
      const ok = await repo.updateRegistration(tx, before.id, before.row_version, {
        ...values,
        plan_id: context.id,
      })
      if (!ok) throw new AppError('CONFLICT')
      result.updated += 1
    } else {
      await repo.insertRegistration(tx, {
        ...values,
        plan_key: context.key,
        plan_id: context.id,
        year: context.year,
        unit_id: unit.id,
        unit_path: unit.path,
      })
      result.created += 1
    }
    audits.push({
      actorId: actor.accountId,
      actorName: actor.username,
      action: before ? 'registration.update' : 'registration.create',
      entity: 'registration',
      entityId: `${context.key}/${context.year}/${unit.id}`,
      unit: { id: unit.id, path: unit.path },
      before: before ? presentPledge(before) : undefined,
      after,
      reason: options.reason,
    })
  }
  await appendAudit(tx, audits)
  return result
}

/**
 * Check and (unless `dryRun`) write the items. Problems come back as `ItemProblem[]` so the
 * caller can place them (JSON paths for PUT, rows and columns for an imported file).
 */
export async function applyRegistrations(
  deps: Deps,
  actor: Actor,
  input: {
    planId: number
    year: number
    items: readonly RegistrationItem[]
    reason?: string
    dryRun?: boolean
  },
): Promise<{ problems: ItemProblem[]; result: WriteResult }> {
  assertMayRegister(actor)
  return deps.db.transaction().execute(async (tx) => {
    const context = await loadPlanContext(tx, deps, input.planId, input.year)
    assertPlanTakesWrite(context.plan, { year: context.year, date: context.today })
    const { units, problems } = await checkItems(tx, actor, context, input.items)
    if (problems.length > 0) return { problems, result: { created: 0, updated: 0, unchanged: 0 } }
    const result = await writeItems(tx, actor, context, input.items, units, {
      reason: input.reason,
      at: deps.now(),
      dryRun: input.dryRun ?? false,
    })
    // The targets reading registrations, on the written units' chains, in the same transaction.
    if (!input.dryRun && result.created + result.updated > 0)
      await recomputeTargets(
        { ...deps, db: tx },
        { planId: context.id, year: context.year, unitIds: [...units.keys()] },
      )
    return { problems, result }
  })
}

/** PUT: problems become 400 VALIDATION with a JSON path per item. */
export async function registerUnits(
  deps: Deps,
  actor: Actor,
  input: { planId: number; year: number; items: readonly RegistrationItem[]; reason?: string },
) {
  const { problems, result } = await applyRegistrations(deps, actor, input)
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION',
      problems.length === 1
        ? problems[0]?.message
        : 'Đăng ký chưa hợp lệ, chưa có đơn vị nào được ghi',
      problems.map((problem) => ({
        path: `items.${problem.index}.${problem.path}`,
        message: problem.message,
      })),
    )
  return result
}
