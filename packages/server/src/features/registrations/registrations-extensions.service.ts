// Granting more time (gia hạn): a plan owner, within the issuer's subtree or the units'.
import { AppError, can, formatDateVi, isInScope, planDeadlineFor, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { intersect, loadPlanContext, presentExtension } from './registrations.context'
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
    if (deadline === null)
      throw new AppError('VALIDATION', 'Kế hoạch không đặt hạn đăng ký nên không cần gia hạn')
    if (input.until <= deadline)
      throw new AppError(
        'VALIDATION',
        `Ngày gia hạn phải sau hạn đăng ký ${formatDateVi(deadline)}`,
        [{ path: 'until', message: `Ngày gia hạn phải sau ${formatDateVi(deadline)}` }],
      )
    const scopePath = intersect(actor.scopePath, context.issuerPath)
    if (scopePath === undefined) throw new AppError('OUT_OF_SCOPE')
    const units = input.unitIds ? await listUnitsByIds(tx, input.unitIds) : []
    if (input.unitIds && units.length !== new Set(input.unitIds).size)
      throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị được gia hạn')
    for (const unit of units) if (!isInScope(actor, unit.path)) throw new AppError('OUT_OF_SCOPE')
    const at = deps.now()
    const id = await repo.insertExtension(tx, {
      plan_key: context.key,
      closes: 'registration',
      year: context.year,
      unit_ids: input.unitIds ? JSON.stringify(input.unitIds) : null,
      scope_path: scopePath,
      until: input.until,
      reason: input.reason,
      granted_by: actor.username,
      granted_at: at,
    })
    const after = {
      closes: 'registration',
      year: context.year,
      unitIds: input.unitIds,
      until: input.until,
    }
    const targets = units.length > 0 ? units : [null]
    await appendAudit(
      tx,
      targets.map((unit) => ({
        actorId: actor.accountId,
        actorName: actor.username,
        action: 'registration.extend',
        entity: 'deadline_extension',
        entityId: id,
        unit: unit ? { id: unit.id, path: unit.path } : scopeUnit(scopePath),
        after,
        reason: input.reason,
      })),
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
