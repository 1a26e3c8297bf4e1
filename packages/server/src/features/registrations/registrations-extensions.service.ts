// Granting more time (gia hạn): a plan owner, within the issuer's subtree or the units'.
import { AppError, can, isInScope, planDeadlineFor, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import {
  assertExtendsDeadline,
  intersectScope,
  recordExtension,
} from '../deadline-extensions/deadline-extensions.service'
import { loadPlanContext, presentExtension } from './registrations.context'
import * as repo from './registrations-extensions.repository'
import { listUnitsByIds } from './registrations.repository'

export async function grantExtension(
  deps: Deps,
  actor: Actor,
  input: { planId: number; year: number; unitIds: number[] | null; until: string; reason: string },
) {
  if (!can(actor, 'campaign:review')) throw new AppError('FORBIDDEN')
  return deps.db.transaction().execute(async (tx) => {
    const context = await loadPlanContext(tx, deps, input.planId, input.year)
    const deadline = planDeadlineFor(context.plan, 'registration', context.year)
    assertExtendsDeadline(deadline, input.until, 'hạn đăng ký')
    const scopePath = intersectScope(actor.scopePath, context.issuerPath)
    if (scopePath === undefined) throw new AppError('OUT_OF_SCOPE')
    const units = input.unitIds ? await listUnitsByIds(tx, input.unitIds) : []
    if (input.unitIds && units.length !== new Set(input.unitIds).size)
      throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị được gia hạn')
    for (const unit of units) if (!isInScope(actor, unit.path)) throw new AppError('OUT_OF_SCOPE')
    const id = await recordExtension(
      tx,
      actor,
      {
        planKey: context.key,
        closes: 'registration',
        year: context.year,
        unitIds: input.unitIds,
        scopePath,
        until: input.until,
        reason: input.reason,
        at: deps.now(),
      },
      { action: 'registration.extend', units, wholeScope: scopeUnit(scopePath) },
    )
    const [row] = (await repo.listExtensions(tx, context.key, 'registration', context.year)).filter(
      (each) => each.id === id,
    )
    if (!row) throw new AppError('INTERNAL')
    return presentExtension(row)
  })
}

function scopeUnit(path: string | null) {
  if (path === null) return null
  return { id: Number(path.split('.').at(-2)), path }
}
