// What the pages show: a unit's records by kind with the status in force today, the kinds the
// actor may record, the latest changes; a scope's records with their units.
import {
  findCriteriaSet,
  findStandardKind,
  standardInForce,
  STANDARD_STATUS_LABELS,
  UNIT_STANDARD_KINDS,
  type StandardStatus,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { StandardUnit } from './unit-standards.access'
import * as repo from './unit-standards.repository'
import { toRecord } from './unit-standards-write'

export const presentRecord = (row: repo.StandardRow) => ({
  id: row.id,
  kind: row.kind,
  kindLabel: findStandardKind(row.kind)?.label ?? row.kind,
  status: row.status,
  statusLabel: STANDARD_STATUS_LABELS[row.status as StandardStatus] ?? row.status,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  decisionNumber: row.decision_number,
  decisionDate: row.decision_date,
  decisionIssuer: row.decision_issuer,
  answers: (row.answers as Record<string, boolean> | null) ?? null,
  note: row.note,
  version: row.row_version,
  enteredBy: row.entered_by,
  enteredAt: new Date(row.entered_at).toISOString(),
})

export async function presentUnit(
  db: Kysely<Database>,
  input: { unit: StandardUnit; today: string; recordable: readonly string[] },
) {
  const { unit, today } = input
  const rows = await repo.listUnitStandards(db, unit.id)
  const history = await repo.listStandardHistory(db, unit.id)
  const records = rows.map(toRecord)
  const kinds = UNIT_STANDARD_KINDS.filter((kind) => kind.unitKinds.includes(unit.kind as never))
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind, subtype: unit.subtype },
    today,
    kinds: kinds.map((kind) => ({
      ...{ id: kind.id, label: kind.label, decisionRequired: kind.decisionRequired },
      ...{ requires: kind.requires ?? null, source: kind.source },
      recordable: input.recordable.includes(kind.id),
      inForce: standardInForce(records, kind.id, today)?.status ?? null,
      criteria: kind.criteriaSet
        ? (findCriteriaSet(kind.criteriaSet)?.items.map(({ id, text }) => ({ id, text })) ?? [])
        : [],
    })),
    records: rows.map(presentRecord),
    history: history.slice(0, 50).map((row) => ({
      kind: row.kind,
      before: row.before,
      after: row.after,
      at: new Date(row.at).toISOString(),
      by: row.actor_name,
      reason: row.reason,
    })),
  }
}
