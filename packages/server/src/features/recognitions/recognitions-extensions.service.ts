// More time to evaluate and recognise (gia hạn xét, công nhận): granted by the recognising
// level (decisions:sign over the units) to some units or to its whole subtree, with a reason,
// audited, in deadline_extensions (closes = 'recognition') — the rows recognitions-gates.ts
// reads. The same shared recordExtension as registration and dossier extensions.
import { AppError, can, planDeadlineFor, type Actor, type Plan } from '@antq/core'
import type { Deps } from '../../deps'
import {
  assertExtendsDeadline,
  recordExtension,
} from '../deadline-extensions/deadline-extensions.service'
import { findPlanById } from '../plans/plans.repository'
import { findUnitById } from '../units/units.repository'
import type { RecognitionExtensionInput } from './recognitions.schemas'

export async function grantRecognitionExtension(
  deps: Deps,
  actor: Actor,
  input: RecognitionExtensionInput,
) {
  const row = await findPlanById(deps.db, input.planId)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch')
  const plan = row.definition as Plan
  const planKey = row.plan_key
  assertExtendsDeadline(
    planDeadlineFor(plan, 'recognition', input.year),
    input.until,
    'hạn xét, công nhận',
  )
  const units: { id: number; path: string }[] = []
  for (const id of input.unitIds ?? []) {
    const unit = await findUnitById(deps.db, id)
    if (!unit)
      throw new AppError('NOT_FOUND', 'Không có đơn vị', [{ path: 'unitIds', message: `#${id}` }])
    units.push({ id: unit.id, path: unit.path })
  }
  const scopePath = actor.scopePath
  for (const path of units.length > 0 ? units.map((unit) => unit.path) : [scopePath ?? ''])
    if (!can(actor, 'decisions:sign', path)) throw new AppError('OUT_OF_SCOPE')
  return deps.db.transaction().execute(async (tx) => {
    const id = await recordExtension(
      tx,
      actor,
      {
        ...{ planKey, closes: 'recognition', year: input.year, unitIds: input.unitIds },
        ...{ scopePath, until: input.until, reason: input.reason, at: deps.now() },
      },
      { action: 'recognition.extend', units, wholeScope: null },
    )
    return { id, closes: 'recognition', ...input, grantedBy: actor.username }
  })
}
