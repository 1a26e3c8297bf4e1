// What every event use case needs first: the plan (validated) with its issuer, the plan's event
// element, and who may record for a unit — the unit itself (campaign:report over it) or the
// plan owner (campaign:review over it).
import {
  AppError,
  assertPlanCoversYear,
  can,
  defaultPlanYear,
  vietnamDateOf,
  type Actor,
  type PlanEvent,
} from '@antq/core'
import type { Deps } from '../../deps'
import { readsWhole } from '../inspections/inspections.context'
import { loadPlan as loadPlanHandle } from '../reports/reports.context'
import * as repo from './events.repository'

export { readsWhole }

export async function loadEventPlan(deps: Deps, planId: number, year?: number) {
  const handle = await loadPlanHandle(deps.db, planId)
  const issuer = handle.issuerUnitId ? await repo.findUnit(deps.db, handle.issuerUnitId) : undefined
  if (!issuer) throw new AppError('VALIDATION', 'Kế hoạch chưa gắn với đơn vị ban hành')
  const today = vietnamDateOf(deps.now())
  const chosen = year ?? defaultPlanYear(handle.plan, Number(today.slice(0, 4)))
  assertPlanCoversYear(handle.plan, chosen)
  return { ...handle, issuer, year: chosen, today }
}
export type EventPlan = Awaited<ReturnType<typeof loadEventPlan>>

export function findPlanEvent(plan: EventPlan, planEventId: string): PlanEvent {
  const event = plan.plan.events.find((each) => each.id === planEventId)
  if (!event)
    throw new AppError('VALIDATION', 'Kế hoạch không có hoạt động này', [
      { path: 'planEventId', message: 'Chọn một hoạt động của kế hoạch' },
    ])
  return event
}

/** The unit's own clerk or police (campaign:report), or the plan owner above it. */
export function canRecordFor(actor: Actor, unitPath: string): boolean {
  return can(actor, 'campaign:report', unitPath) || can(actor, 'campaign:review', unitPath)
}
