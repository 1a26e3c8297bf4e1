// The biên bản kiểm tra of one inspected unit, built from the record and rendered as DOCX (PDF
// through LibreOffice when the server has it). Readable by whoever may read that unit's part.
import {
  FINDING_RESULT_LABELS,
  INSPECTION_MEMBER_ROLE_LABELS,
  isInReadScope,
  placeNameOf,
  type Actor,
  type FindingResult,
  type InspectionMemberRole,
} from '@antq/core'
import { renderInspectionMinutesDocx, type InspectionMinutesView } from '@antq/documents'
import type { Deps } from '../../deps'
import { convertToPdf } from '../documents/pdf-convert'
import { loadInspection, loadPlan, pickVisibleUnit, readsWhole } from './inspections.context'
import * as repo from './inspections.repository'
import * as units from './inspections-units.repository'

export async function buildInspectionMinutes(
  deps: Deps,
  actor: Actor,
  ids: { inspectionId: number; unitId: number },
): Promise<InspectionMinutesView> {
  const row = await loadInspection(deps.db, actor, ids.inspectionId, false)
  const list = await units.listInspectedUnits(deps.db, ids.inspectionId)
  const unit = pickVisibleUnit(actor, row.issuer_unit_path, list, ids.unitId)
  const { plan } = await loadPlan(deps.db, row.plan_id)
  const members = await repo.listMembers(deps.db, ids.inspectionId)
  const findings = await units.listFindings(deps.db, [unit.id])
  const actions = (await units.listActions(deps.db, ids.inspectionId)).filter(
    (action) =>
      action.inspected_unit_id === unit.unit_id &&
      (readsWhole(actor, row.issuer_unit_path) || isInReadScope(actor, action.owner_unit_path)),
  )
  const issuer = plan.metadata.issuer.name
  return {
    header: {
      superiorBody: issuer,
      issuerName: 'Đoàn kiểm tra',
      number: { sequence: null, symbol: 'BB-ĐKT' },
      place: plan.metadata.place ?? placeNameOf(issuer.replace(/^(Ủy ban nhân dân|UBND)\s+/u, '')),
      date: unit.visited_on,
    },
    summary: `${row.title} tại ${unit.name}`,
    reference: row.reference,
    visitedOn: unit.visited_on,
    place: unit.place ?? unit.name,
    members: members.map((member) => ({
      name: member.name,
      position: member.position,
      unitName: member.unit_name,
      roleLabel: INSPECTION_MEMBER_ROLE_LABELS[member.role as InspectionMemberRole],
    })),
    unitName: unit.name,
    representative: unit.representative_name
      ? { name: unit.representative_name, position: unit.representative_position ?? '' }
      : null,
    findings: findings.map((finding) => ({
      label: finding.item_label,
      resultLabel: FINDING_RESULT_LABELS[finding.result as FindingResult],
      note: finding.note,
    })),
    conclusion: unit.conclusion ?? '',
    requests: actions.map((action) => ({
      what: action.what,
      ownerName: action.owner_name,
      dueOn: action.due_on ?? '',
    })),
    leadName: members.find((member) => member.role === 'lead')?.name ?? '',
  }
}

export async function renderInspectionMinutes(
  deps: Deps,
  actor: Actor,
  ids: { inspectionId: number; unitId: number },
  format: 'docx' | 'pdf',
) {
  const bytes = await renderInspectionMinutesDocx(await buildInspectionMinutes(deps, actor, ids))
  const baseName = `bien-ban-kiem-tra-${ids.inspectionId}-${ids.unitId}`
  if (format === 'pdf')
    return { fileName: `${baseName}.pdf`, bytes: await convertToPdf(bytes, baseName), format }
  return { fileName: `${baseName}.docx`, bytes, format }
}
