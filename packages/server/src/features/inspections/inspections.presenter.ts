// API shapes of an inspection: no raw rows, dates as yyyy-mm-dd, units by id and name.
import type { FindingResult } from '@antq/core'
import type { InspectionRow } from './inspections.repository'
import type { ActionRow, InspectedUnitRow } from './inspections-units.repository'

type FindingRow = { inspection_unit_id: number; result: string }

export function presentSummary(row: InspectionRow & { unit_count?: number | string | null }) {
  return {
    id: row.id,
    planId: row.plan_id,
    planInspectionId: row.plan_inspection_id,
    /** The register the plan's units are in, for unit pickers. */
    unitVersion: row.issuer_version ?? '2025',
    year: row.year,
    title: row.title,
    reference: row.reference,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    leadUnit: row.lead_unit_id === null ? null : { id: row.lead_unit_id, name: row.lead_unit_name },
    leadName: row.lead_name,
    status: row.status,
    rowVersion: row.row_version,
    ...(row.unit_count === undefined ? {} : { unitCount: Number(row.unit_count ?? 0) }),
  }
}

export function presentUnit(unit: InspectedUnitRow, findings: readonly FindingRow[]) {
  const own = findings.filter((finding) => finding.inspection_unit_id === unit.id)
  const count = (result: FindingResult) => own.filter((item) => item.result === result).length
  return {
    unitId: unit.unit_id,
    name: unit.name,
    kind: unit.kind,
    visitedOn: unit.visited_on,
    place: unit.place,
    representativeName: unit.representative_name,
    representativePosition: unit.representative_position,
    conclusion: unit.conclusion,
    findings: { met: count('met'), notMet: count('not_met'), noted: count('noted') },
  }
}

export function presentAction(action: ActionRow) {
  return {
    id: action.id,
    unitId: action.inspected_unit_id,
    what: action.what,
    ownerUnit: { id: action.owner_unit_id, name: action.owner_name },
    dueOn: action.due_on,
    status: action.status,
    assignmentId: action.assignment_id,
  }
}
