// More time for the dossier (gia hạn nộp hồ sơ) or for its appraisal (gia hạn thẩm định):
// granted by the police / emulation board to some units or to every unit of its subtree, with
// a reason, audited. Stored in the same deadline_extensions table as registration extensions
// (closes = 'dossier' or 'appraisal').
import { AppError, isInScope, planDeadlineFor, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import {
  assertExtendsDeadline,
  intersectScope,
  recordExtension,
} from '../deadline-extensions/deadline-extensions.service'
import { assertCan, loadPlan, loadUnit } from './nominations.context'
import type { ExtensionInput } from './nominations.schemas'

export async function grantDossierExtension(
  deps: Deps,
  actor: Actor,
  planId: number,
  input: ExtensionInput,
) {
  const handle = await loadPlan(deps.db, planId)
  const deadline = planDeadlineFor(handle.plan, input.closes, input.year)
  assertExtendsDeadline(
    deadline,
    input.until,
    input.closes === 'appraisal' ? 'hạn thẩm định' : 'hạn nộp hồ sơ',
  )
  const units = await Promise.all(
    (input.unitIds ?? []).map((id) => loadUnit(deps.db, id, 'unitIds')),
  )
  for (const unit of units) assertCan(actor, 'nominations:appraise', unit.path)
  if (units.length === 0) assertCan(actor, 'nominations:appraise', actor.scopePath ?? '')
  // Every unit of the actor's subtree, within the issuer's when the plan names one.
  const scopePath = intersectScope(actor.scopePath, handle.issuerPath)
  if (scopePath === undefined || units.some((unit) => !isInScope(actor, unit.path)))
    throw new AppError('OUT_OF_SCOPE')
  return deps.db.transaction().execute(async (tx) => {
    const id = await recordExtension(
      tx,
      actor,
      {
        planKey: handle.key,
        closes: input.closes,
        year: input.year,
        unitIds: input.unitIds,
        scopePath,
        until: input.until,
        reason: input.reason,
        at: deps.now(),
      },
      { action: 'nomination.extend', units, wholeScope: null },
    )
    return {
      id,
      closes: input.closes,
      year: input.year,
      unitIds: input.unitIds,
      until: input.until,
      reason: input.reason,
      grantedBy: actor.username,
    }
  })
}
