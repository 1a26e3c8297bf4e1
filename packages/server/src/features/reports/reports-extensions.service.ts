// More time to report (gia hạn nộp báo cáo), per unit (or every unit of the granter's area) and
// per period, as registrations get it: the same deadline_extensions row (closes
// `report:<period>`), the same audited recording, the same core deadline check that the
// workflow (reportContext) and the late list read.
import { AppError, can, isInScope, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import {
  assertExtendsDeadline,
  intersectScope,
  recordExtension,
} from '../deadline-extensions/deadline-extensions.service'
import { listExtensions as listExtensionRows } from '../registrations/registrations-extensions.repository'
import { presentExtension } from '../registrations/registrations.context'
import { listUnitsByIds } from '../registrations/registrations.repository'
import {
  assertTakesReportFor,
  assertTakesReports,
  deadlineOf,
  loadPlan,
  resolvePeriod,
} from './reports.context'

export function closesFor(periodId: string) {
  return `report:${periodId}`
}

export async function grantReportExtension(
  deps: Deps,
  actor: Actor,
  input: {
    planId: number
    periodId: string
    unitIds: number[] | null
    until: string
    reason: string
  },
) {
  if (!can(actor, 'campaign:review')) throw new AppError('FORBIDDEN')
  const plan = await loadPlan(deps.db, input.planId)
  assertTakesReports(plan)
  const period = resolvePeriod(plan.plan, input.periodId)
  assertTakesReportFor(deps, plan, period)
  const deadline = deadlineOf(plan.plan, period)
  assertExtendsDeadline(deadline, input.until, `hạn nộp báo cáo ${period.label}`)
  const scopePath = intersectScope(actor.scopePath, plan.scopePath)
  if (scopePath === undefined) throw new AppError('OUT_OF_SCOPE')
  return deps.db.transaction().execute(async (tx) => {
    const units = input.unitIds ? await listUnitsByIds(tx, input.unitIds) : []
    if (input.unitIds && units.length !== new Set(input.unitIds).size)
      throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị được gia hạn')
    // The reviewing level grants, never the unit to itself.
    for (const unit of units)
      if (!isInScope(actor, unit.path) || unit.path === actor.scopePath)
        throw new AppError('OUT_OF_SCOPE', `${unit.name} nằm ngoài phạm vi gia hạn của bạn`)
    const id = await recordExtension(
      tx,
      actor,
      {
        planKey: plan.key,
        closes: closesFor(period.id),
        year: period.year,
        unitIds: input.unitIds,
        scopePath,
        until: input.until,
        reason: input.reason,
        at: deps.now(),
      },
      { action: 'report.extend', units, wholeScope: scopeUnit(scopePath) },
    )
    const rows = await listExtensionRows(tx, plan.key, closesFor(period.id), period.year)
    const row = rows.find((each) => each.id === id)
    if (!row) throw new AppError('INTERNAL')
    return presentExtension(row)
  })
}

/** The extensions granted for a period (the page lists them under its grant form). */
export async function listReportExtensions(
  deps: Deps,
  planKey: string,
  periodId: string,
  year: number,
) {
  const rows = [
    ...(await listExtensionRows(deps.db, planKey, 'report', year)),
    ...(await listExtensionRows(deps.db, planKey, closesFor(periodId), year)),
  ]
  return rows.map(presentExtension)
}

function scopeUnit(path: string | null) {
  if (path === null) return null
  return { id: Number(path.split('.').at(-2)), path }
}
