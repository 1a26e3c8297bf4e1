import { UNIT_KIND_LABELS, type RegistrationPledge, type UnitKind } from '@antq/core'
import type { RegistrantRow, RegistrationRow } from './registrations.repository'

export function presentPledge(row: RegistrationRow): RegistrationPledge {
  return {
    takePart: row.take_part,
    strivesForAntt: row.strives_for_antt,
    buildsExemplary: row.builds_exemplary,
    awardForms: (row.award_forms as string[] | null) ?? [],
  }
}

export function samePledge(a: RegistrationPledge, b: RegistrationPledge): boolean {
  return (
    a.takePart === b.takePart &&
    a.strivesForAntt === b.strivesForAntt &&
    a.buildsExemplary === b.buildsExemplary &&
    a.awardForms.join('\n') === b.awardForms.join('\n')
  )
}

export function presentUnitRef(unit: RegistrantRow) {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    kindLabel: UNIT_KIND_LABELS[unit.kind as UnitKind] ?? unit.kind,
  }
}

export function presentRegistration(row: RegistrationRow, unit: RegistrantRow) {
  return {
    id: row.id,
    unit: presentUnitRef(unit),
    pledge: presentPledge(row),
    registeredBy: row.registered_by,
    registeredAt: row.registered_at.toISOString(),
    rowVersion: row.row_version,
  }
}
