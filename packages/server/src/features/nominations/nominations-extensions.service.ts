// More time for the dossier (gia hạn nộp hồ sơ): granted by the police / emulation board to
// some units or to every unit of its subtree, with a reason, audited. Stored in the same
// deadline_extensions table as registration extensions (closes = 'dossier').
import {
  AppError,
  formatDateVi,
  isInScope,
  isInSubtree,
  planDeadlineFor,
  type Actor,
} from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { insertExtension } from '../registrations/registrations-extensions.repository'
import { assertCan, loadPlan, loadUnit } from './nominations.context'
import type { ExtensionInput } from './nominations.schemas'

export async function grantDossierExtension(
  deps: Deps,
  actor: Actor,
  planId: number,
  input: ExtensionInput,
) {
  const handle = await loadPlan(deps.db, planId)
  const deadline = planDeadlineFor(handle.plan, 'dossier', input.year)
  if (deadline === null)
    throw new AppError('VALIDATION', 'Kế hoạch không đặt hạn nộp hồ sơ nên không cần gia hạn')
  if (input.until <= deadline)
    throw new AppError(
      'VALIDATION',
      `Ngày gia hạn phải sau hạn nộp hồ sơ ${formatDateVi(deadline)}`,
      [{ path: 'until', message: `Ngày gia hạn phải sau ${formatDateVi(deadline)}` }],
    )
  const units = await Promise.all(
    (input.unitIds ?? []).map((id) => loadUnit(deps.db, id, 'unitIds')),
  )
  for (const unit of units) assertCan(actor, 'nominations:appraise', unit.path)
  if (units.length === 0) assertCan(actor, 'nominations:appraise', actor.scopePath ?? '')
  // Every unit of the actor's subtree, within the issuer's when the plan names one.
  const scopePath = narrower(actor.scopePath, handle.issuerPath)
  if (scopePath === undefined || units.some((unit) => !isInScope(actor, unit.path)))
    throw new AppError('OUT_OF_SCOPE')
  return deps.db.transaction().execute(async (tx) => {
    const at = deps.now()
    const id = await insertExtension(tx, {
      plan_key: handle.key,
      closes: 'dossier',
      year: input.year,
      unit_ids: input.unitIds ? JSON.stringify(input.unitIds) : null,
      scope_path: scopePath,
      until: input.until,
      reason: input.reason,
      granted_by: actor.username,
      granted_at: at,
    })
    const after = {
      closes: 'dossier',
      year: input.year,
      unitIds: input.unitIds,
      until: input.until,
    }
    const targets = units.length > 0 ? units : [null]
    await appendAudit(
      tx,
      targets.map((unit) => ({
        actorId: actor.accountId,
        actorName: actor.username,
        action: 'nomination.extend',
        entity: 'deadline_extension',
        entityId: id,
        unit: unit ? { id: unit.id, path: unit.path } : null,
        after,
        reason: input.reason,
      })),
    )
    return {
      id,
      closes: 'dossier',
      year: input.year,
      unitIds: input.unitIds,
      until: input.until,
      reason: input.reason,
      grantedBy: actor.username,
    }
  })
}

function narrower(a: string | null, b: string | null): string | null | undefined {
  if (a === null) return b
  if (b === null) return a
  if (isInSubtree(a, b)) return a
  if (isInSubtree(b, a)) return b
  return undefined
}
