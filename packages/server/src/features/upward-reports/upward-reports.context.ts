// What every upward-report use case needs first: the plan, the obligation's due report, the
// reporting unit (which must owe it), the unit receiving it, and who may act on which side.
import {
  AppError,
  can,
  findOccurrence,
  isInSubtree,
  pathIds,
  recipientLevelFor,
  type Actor,
  type ObligationOccurrence,
  type ReportingObligation,
} from '@antq/core'
import type { Deps } from '../../deps'
import {
  loadPlan,
  loadUnit,
  today,
  type PlanHandle,
  type UnitRow,
} from '../reports/reports.context'
import { findAncestorOfKind, findUnitsByIds } from './upward-reports.repository'
import {
  loadPlanReporters,
  owesAsBody,
  unitOwes,
  type PlanReporters,
} from './upward-reports-reporters'

export type OccurrenceKey = {
  planId: number
  obligationId: string
  periodKey: string
  unitId: number
}
export type Recipient = { id: number; name: string; path: string; kind: string } | null

export type OccurrenceContext = {
  plan: PlanHandle
  obligation: ReportingObligation
  occurrence: ObligationOccurrence
  unit: UnitRow
  recipient: Recipient
  today: string
}

/**
 * The unit receiving a reporter's report: its nearest unit of the obligation's level above it; a
 * body the obligation names reports to the plan's issuer (upward-reports-reporters.ts).
 */
export async function findRecipient(
  deps: Deps,
  obligation: ReportingObligation,
  unit: Pick<UnitRow, 'id' | 'path' | 'kind'>,
  reporters: PlanReporters,
): Promise<Recipient> {
  if (owesAsBody(reporters, obligation, unit) && reporters.issuerUnitId !== null) {
    const [issuer] = await findUnitsByIds(deps.db, [reporters.issuerUnitId])
    return issuer ?? null
  }
  const level = recipientLevelFor(obligation, unit.kind)
  if (!level) return null
  const ancestors = pathIds(unit.path).filter((id) => id !== unit.id)
  return (await findAncestorOfKind(deps.db, ancestors, level)) ?? null
}

export async function loadOccurrence(deps: Deps, key: OccurrenceKey): Promise<OccurrenceContext> {
  const plan = await loadPlan(deps.db, key.planId)
  const found = findOccurrence(plan.plan, key.obligationId, key.periodKey)
  if (!found)
    throw new AppError('NOT_FOUND', 'Kế hoạch không có nghĩa vụ báo cáo này trong kỳ đã chọn')
  const unit = await loadUnit(deps.db, key.unitId)
  if (plan.scopePath !== null && !isInSubtree(unit.path, plan.scopePath))
    throw new AppError('VALIDATION', 'Đơn vị không thuộc phạm vi của kế hoạch')
  const reporters = await loadPlanReporters(deps.db, plan)
  if (!unitOwes(reporters, found.obligation, unit))
    throw new AppError('NOT_FOUND', 'Đơn vị không có nghĩa vụ gửi báo cáo này theo kế hoạch')
  const recipient = await findRecipient(deps, found.obligation, unit, reporters)
  return { plan, ...found, unit, recipient, today: today(deps) }
}

/**
 * The reporting side is the unit's own: its clerk (campaign:report) or its own plan owner, who
 * drafts the level's report ("Công an cấp huyện tham mưu"); never a level above it.
 */
export function isReporter(actor: Actor, unit: Pick<UnitRow, 'path'>): boolean {
  const own = actor.scopePath === null || actor.scopePath === unit.path
  const allowed =
    can(actor, 'campaign:report', unit.path) || can(actor, 'campaign:review', unit.path)
  return own && allowed
}

/** The receiving side: who reviews campaign work at the recipient unit. */
export function isRecipient(actor: Actor, recipient: Recipient): boolean {
  return recipient !== null && can(actor, 'campaign:review', recipient.path)
}

export function assertReporter(actor: Actor, unit: Pick<UnitRow, 'path'>) {
  if (!isReporter(actor, unit))
    throw new AppError(
      'FORBIDDEN',
      'Chỉ đơn vị có nghĩa vụ báo cáo mới soạn và gửi được báo cáo này',
    )
}

export function assertRecipient(actor: Actor, recipient: Recipient) {
  if (!isRecipient(actor, recipient))
    throw new AppError(
      'FORBIDDEN',
      'Chỉ cấp nhận báo cáo mới tiếp nhận hoặc trả lại được báo cáo này',
    )
}

/** Writes need a published plan. */
export function assertTakesUpwardReports(plan: PlanHandle) {
  if (plan.status !== 'published')
    throw new AppError('INVALID_TRANSITION', 'Kế hoạch không ở trạng thái nhận báo cáo')
}
