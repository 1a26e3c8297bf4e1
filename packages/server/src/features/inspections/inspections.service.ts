// Creating and changing an inspection: its heading (title, reference, period, leading unit),
// its team and its status. Each write is one transaction with its audit entry and history row.
import {
  AppError,
  assertInspectionOpen,
  assertInspectionPeriod,
  assertOneLead,
  assertPlanCoversYear,
  assertReadyToFinish,
  nextInspectionStatus,
  type Actor,
  type InspectionStatus,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import {
  assertManages,
  inspectionAudit,
  loadInspection,
  loadPlan,
  loadTerritoryUnit,
  type PlanHandle,
} from './inspections.context'
import { getInspectionIn } from './inspections-read.service'
import * as repo from './inspections.repository'
import { listInspectedUnits } from './inspections-units.repository'
import type { InspectionInput, InspectionPatch, MemberInput } from './inspections.schemas'

type Db = Kysely<Database>

/** Checks shared by create and update; returns the columns to write. */
async function checkHeading(db: Db, handle: PlanHandle, input: Omit<InspectionInput, 'members'>) {
  assertPlanCoversYear(handle.plan, input.year)
  assertInspectionPeriod({ year: input.year, from: input.periodFrom, to: input.periodTo })
  if (
    input.planInspectionId !== null &&
    !handle.plan.inspections.some((item) => item.id === input.planInspectionId)
  )
    throw new AppError('VALIDATION', 'Kế hoạch không có nội dung kiểm tra này', [
      { path: 'planInspectionId', message: 'Kế hoạch không có nội dung kiểm tra này' },
    ])
  if (input.leadUnitId !== null)
    await loadTerritoryUnit(db, handle.issuerPath, input.leadUnitId, 'leadUnitId')
  return {
    plan_inspection_id: input.planInspectionId,
    year: input.year,
    title: input.title,
    reference: input.reference,
    period_from: input.periodFrom,
    period_to: input.periodTo,
    lead_unit_id: input.leadUnitId,
    lead_name: input.leadName,
  }
}

export async function createInspection(
  deps: Deps,
  actor: Actor,
  planId: number,
  input: InspectionInput,
) {
  if (input.members.length > 0) assertOneLead(input.members)
  return deps.db.transaction().execute(async (tx) => {
    const handle = await loadPlan(tx, planId)
    assertManages(actor, handle.issuerPath)
    const heading = await checkHeading(tx, handle, input)
    const id = await repo.insertInspection(tx, {
      ...heading,
      plan_key: handle.key,
      plan_id: handle.id,
      issuer_unit_path: handle.issuerPath,
      created_by: actor.username,
    })
    await repo.replaceMembers(tx, id, input.members)
    const entry = inspectionAudit(actor, 'create', { ...handle, id })
    await appendAudit(tx, { ...entry, after: { planKey: handle.key, ...input } })
    await repo.appendHistory(tx, { inspectionId: id, actor: actor.username, action: 'create' })
    return getInspectionIn(tx, actor, id)
  })
}

export async function updateInspection(
  deps: Deps,
  actor: Actor,
  id: number,
  input: InspectionPatch,
) {
  return deps.db.transaction().execute(async (tx) => {
    const before = await loadInspection(tx, actor, id, true)
    assertInspectionOpen(before.status as InspectionStatus)
    const handle = await loadPlan(tx, before.plan_id)
    const heading = await checkHeading(tx, handle, input)
    if (!(await repo.updateInspection(tx, id, input.rowVersion, heading)))
      throw new AppError('CONFLICT')
    const entry = inspectionAudit(actor, 'update', before)
    await appendAudit(tx, { ...entry, before, after: heading })
    await repo.appendHistory(tx, { inspectionId: id, actor: actor.username, action: 'update' })
    return getInspectionIn(tx, actor, id)
  })
}

export async function replaceInspectionMembers(
  deps: Deps,
  actor: Actor,
  id: number,
  input: { members: MemberInput[]; rowVersion: number },
) {
  assertOneLead(input.members)
  return deps.db.transaction().execute(async (tx) => {
    const inspection = await loadInspection(tx, actor, id, true)
    assertInspectionOpen(inspection.status as InspectionStatus)
    const before = await repo.listMembers(tx, id)
    if (!(await repo.updateInspection(tx, id, input.rowVersion, {}))) throw new AppError('CONFLICT')
    await repo.replaceMembers(tx, id, input.members)
    const entry = inspectionAudit(actor, 'members', inspection)
    await appendAudit(tx, { ...entry, before, after: input.members })
    await repo.appendHistory(tx, { inspectionId: id, actor: actor.username, action: 'members' })
    return getInspectionIn(tx, actor, id)
  })
}

export async function changeInspectionStatus(
  deps: Deps,
  actor: Actor,
  id: number,
  input: { action: 'start' | 'finish' | 'reopen'; rowVersion: number; reason: string | null },
) {
  return deps.db.transaction().execute(async (tx) => {
    const inspection = await loadInspection(tx, actor, id, true)
    const status = nextInspectionStatus(inspection.status as InspectionStatus, input.action)
    if (input.action === 'reopen' && input.reason === null)
      throw new AppError('VALIDATION', 'Cần ghi lý do mở lại cuộc kiểm tra', [
        { path: 'reason', message: 'Cần ghi lý do mở lại cuộc kiểm tra' },
      ])
    if (input.action === 'finish')
      assertReadyToFinish(
        (await listInspectedUnits(tx, id)).map((unit) => ({
          name: unit.name,
          visitedOn: unit.visited_on,
          conclusion: unit.conclusion,
        })),
      )
    if (!(await repo.updateInspection(tx, id, input.rowVersion, { status })))
      throw new AppError('CONFLICT')
    const entry = inspectionAudit(actor, input.action, inspection)
    await appendAudit(tx, {
      ...entry,
      before: { status: inspection.status },
      after: { status },
      reason: input.reason,
    })
    await repo.appendHistory(tx, {
      inspectionId: id,
      actor: actor.username,
      action: input.action,
      detail: { from: inspection.status, to: status, reason: input.reason },
    })
    return getInspectionIn(tx, actor, id)
  })
}
