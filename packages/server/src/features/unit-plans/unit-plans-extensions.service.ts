// More time to send a unit plan (gia hạn gửi kế hoạch thực hiện): granted by the plan owner
// (campaign:review over the units) to some of the units that must send, or to all of them in
// its scope, with a reason; the one shared mechanism (deadline_extensions, audited), read back
// by submitUnitPlan through loadDeadlineExtensions.
import { AppError, can, unitPlanDueDate, unitPlanYear, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import {
  assertExtendsDeadline,
  recordExtension,
} from '../deadline-extensions/deadline-extensions.service'
import { listSubmitters, loadUnitPlanContext } from './unit-plans.context'

export async function grantUnitPlanExtension(
  deps: Deps,
  actor: Actor,
  input: {
    planId: number
    deadlineId: string
    unitIds: number[] | null
    until: string
    reason: string
  },
) {
  return deps.db.transaction().execute(async (tx) => {
    const context = await loadUnitPlanContext(tx, input.planId, input.deadlineId)
    const year = unitPlanYear(context.deadline, context.plan.period.startYear)
    assertExtendsDeadline(
      unitPlanDueDate(context.deadline, year),
      input.until,
      'hạn gửi kế hoạch thực hiện',
    )
    const { units } = await listSubmitters(tx, context)
    const named = (input.unitIds ?? []).map((id) => {
      const unit = units.find((each) => each.unitId === id)
      if (!unit)
        throw new AppError('VALIDATION', 'Đơn vị không thuộc diện phải gửi kế hoạch theo hạn này', [
          { path: 'unitIds', message: `#${id}` },
        ])
      return { id: unit.unitId, path: unit.path }
    })
    const scopePath = actor.scopePath
    for (const path of named.length > 0 ? named.map((unit) => unit.path) : [scopePath ?? ''])
      if (!can(actor, 'campaign:review', path)) throw new AppError('OUT_OF_SCOPE')
    const grant = { planKey: context.planKey, closes: 'plan_submission', year }
    const id = await recordExtension(
      tx,
      actor,
      {
        ...grant,
        unitIds: input.unitIds,
        scopePath,
        until: input.until,
        reason: input.reason,
        at: deps.now(),
      },
      { action: 'unit_plan.extend', units: named, wholeScope: null },
    )
    return { id, ...grant, unitIds: input.unitIds, until: input.until, reason: input.reason }
  })
}
