// The work at each inspected unit: adding it, recording the visit (date, place, who signed for
// the unit, the conclusion), the findings item by item, and the follow-up actions with their
// owner and due date. One transaction each, with its audit entry and history row.
import {
  AppError,
  assertActionDue,
  assertInspectionOpen,
  assertVisitInPeriod,
  buildInspectionChecklist,
  type Actor,
  type InspectionStatus,
  type UnitKind,
} from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { insertFollowUpAssignment } from '../assignments/assignments.repository'
import {
  inspectionAudit,
  loadInspection,
  loadPlan,
  loadTerritoryUnit,
  pickVisibleUnit,
} from './inspections.context'
import { getInspectionIn } from './inspections-read.service'
import { appendHistory } from './inspections.repository'
import * as units from './inspections-units.repository'
import type { ActionInput, FindingInput, VisitInput } from './inspections.schemas'

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION', message, [{ path, message }])
}

export async function addInspectedUnit(deps: Deps, actor: Actor, id: number, unitId: number) {
  return deps.db.transaction().execute(async (tx) => {
    const inspection = await loadInspection(tx, actor, id, true)
    assertInspectionOpen(inspection.status as InspectionStatus)
    const unit = await loadTerritoryUnit(tx, inspection.issuer_unit_path, unitId, 'unitId')
    const added = await units.insertInspectedUnit(tx, {
      inspection_id: id,
      unit_id: unit.id,
      unit_path: unit.path,
    })
    if (added === null) throw new AppError('DUPLICATE', 'Đơn vị đã có trong cuộc kiểm tra')
    await appendAudit(tx, { ...inspectionAudit(actor, 'unit.add', inspection), after: unit })
    await appendHistory(tx, { inspectionId: id, unitId, actor: actor.username, action: 'unit.add' })
    return getInspectionIn(tx, actor, id)
  })
}

export async function recordVisit(
  deps: Deps,
  actor: Actor,
  ids: { inspectionId: number; unitId: number },
  input: VisitInput,
) {
  return deps.db.transaction().execute(async (tx) => {
    const inspection = await loadInspection(tx, actor, ids.inspectionId, true)
    assertInspectionOpen(inspection.status as InspectionStatus)
    assertVisitInPeriod(input.visitedOn, {
      from: inspection.period_from,
      to: inspection.period_to,
    })
    const list = await units.listInspectedUnits(tx, ids.inspectionId)
    const before = pickVisibleUnit(actor, inspection.issuer_unit_path, list, ids.unitId)
    await units.updateVisit(tx, before.id, {
      visited_on: input.visitedOn,
      place: input.place,
      representative_name: input.representativeName,
      representative_position: input.representativePosition,
      conclusion: input.conclusion,
    })
    await appendAudit(tx, { ...inspectionAudit(actor, 'visit', inspection), before, after: input })
    await appendHistory(tx, {
      ...{ inspectionId: ids.inspectionId, unitId: ids.unitId },
      ...{ actor: actor.username, action: 'visit' },
    })
    return getInspectionIn(tx, actor, ids.inspectionId)
  })
}

export async function recordFindings(
  deps: Deps,
  actor: Actor,
  ids: { inspectionId: number; unitId: number },
  findings: readonly FindingInput[],
) {
  return deps.db.transaction().execute(async (tx) => {
    const inspection = await loadInspection(tx, actor, ids.inspectionId, true)
    assertInspectionOpen(inspection.status as InspectionStatus)
    const list = await units.listInspectedUnits(tx, ids.inspectionId)
    const unit = pickVisibleUnit(actor, inspection.issuer_unit_path, list, ids.unitId)
    const { plan } = await loadPlan(tx, inspection.plan_id)
    const checklist = buildInspectionChecklist(plan, unit.kind as UnitKind)
    const seen = new Set<string>()
    const rows = findings.map((finding, index): units.NewFinding => {
      const path = `findings.${index}`
      if (seen.has(finding.itemKey)) throw invalid(`${path}.itemKey`, 'Nội dung kiểm tra bị trùng')
      seen.add(finding.itemKey)
      const item = checklist.find((entry) => entry.key === finding.itemKey)
      if (!item && !/^free:[a-z0-9-]{1,40}$/.test(finding.itemKey))
        throw invalid(`${path}.itemKey`, 'Nội dung kiểm tra không có trong danh mục của đơn vị')
      if (!item && finding.label === null)
        throw invalid(`${path}.label`, 'Nội dung kiểm tra bổ sung cần ghi tên')
      return {
        item_key: finding.itemKey,
        item_label: item?.label ?? finding.label ?? '',
        origin: item?.origin ?? 'free',
        result: finding.result,
        note: finding.note,
      }
    })
    const before = (await units.listFindings(tx, [unit.id])).map(({ item_key, result, note }) => ({
      ...{ item_key, result, note },
    }))
    await units.replaceFindings(tx, unit.id, rows, actor.username)
    await appendAudit(tx, {
      ...inspectionAudit(actor, 'findings', inspection),
      before,
      after: rows,
    })
    await appendHistory(tx, {
      ...{ inspectionId: ids.inspectionId, unitId: ids.unitId, actor: actor.username },
      ...{ action: 'findings', detail: { count: rows.length } },
    })
    return getInspectionIn(tx, actor, ids.inspectionId)
  })
}

export async function addFollowUpAction(deps: Deps, actor: Actor, id: number, input: ActionInput) {
  return deps.db.transaction().execute(async (tx) => {
    const inspection = await loadInspection(tx, actor, id, true)
    assertActionDue(input.dueOn, { from: inspection.period_from })
    const owner = await loadTerritoryUnit(
      tx,
      inspection.issuer_unit_path,
      input.ownerUnitId,
      'ownerUnitId',
    )
    const list = await units.listInspectedUnits(tx, id)
    const inspected = input.unitId === null ? null : list.find((u) => u.unit_id === input.unitId)
    if (inspected === undefined) throw invalid('unitId', 'Đơn vị này không có trong cuộc kiểm tra')
    const actionId = await units.insertAction(tx, {
      inspection_id: id,
      inspection_unit_id: inspected?.id ?? null,
      what: input.what,
      owner_unit_id: owner.id,
      owner_unit_path: owner.path,
      due_on: input.dueOn,
      created_by: actor.username,
    })
    const assignmentId = await insertFollowUpAssignment(tx, {
      ...{ plan_id: inspection.plan_id, plan_key: inspection.plan_key, year: inspection.year },
      ...{ task_id: `kiem-tra-${id}`, occurrence: String(inspection.year), due_date: input.dueOn },
      ...{ owner_unit_id: owner.id, owner_unit_path: owner.path, source_id: actionId },
    })
    await units.linkActionAssignment(tx, actionId, assignmentId)
    await appendAudit(tx, {
      ...inspectionAudit(actor, 'action.add', inspection),
      after: { actionId, assignmentId, ...input },
    })
    await appendHistory(tx, {
      ...{ inspectionId: id, unitId: input.unitId, actor: actor.username },
      ...{ action: 'action.add', detail: { actionId } },
    })
    return getInspectionIn(tx, actor, id)
  })
}

export async function setFollowUpStatus(
  deps: Deps,
  actor: Actor,
  ids: { inspectionId: number; actionId: number },
  status: 'open' | 'done',
) {
  return deps.db.transaction().execute(async (tx) => {
    const inspection = await loadInspection(tx, actor, ids.inspectionId, true)
    if (!(await units.setActionStatus(tx, ids.inspectionId, ids.actionId, status)))
      throw new AppError('NOT_FOUND', 'Không tìm thấy kiến nghị này')
    await appendAudit(tx, {
      ...inspectionAudit(actor, 'action.status', inspection),
      after: { actionId: ids.actionId, status },
    })
    await appendHistory(tx, {
      ...{ inspectionId: ids.inspectionId, actor: actor.username },
      ...{ action: 'action.status', detail: { actionId: ids.actionId, status } },
    })
    return getInspectionIn(tx, actor, ids.inspectionId)
  })
}
