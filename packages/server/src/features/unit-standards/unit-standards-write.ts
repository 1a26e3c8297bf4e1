// One change of a unit's standard record: checked by core's rules (its document, its dates, its
// criteria answers, no enhanced 19.2 without the basic one on any date), written with its history
// entry and one audit entry, and the targets reading the standards recomputed for every year the
// record's validity touches — all inside the caller's transaction.
import {
  AppError,
  findCriteriaSet,
  findHeldWithoutPrerequisite,
  findStandardKind,
  formatDateVi,
  validateStandardRecord,
  vietnamDateOf,
  type Actor,
  type StandardRecord,
  type UnitKind,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { recomputeTargets } from '../targets/targets-recompute'
import type { StandardUnit } from './unit-standards.access'
import * as repo from './unit-standards.repository'

export type StandardWrite = {
  actor: Actor
  unit: StandardUnit
  record: StandardRecord & { note: string | null }
  /** The record corrected (its id and the version read), or null for a new record. */
  corrects: { id: number; version: number } | null
  reason: string | null
}

export const toRecord = (row: repo.StandardRow): StandardRecord & { note: string | null } => ({
  kind: row.kind,
  status: row.status as StandardRecord['status'],
  validFrom: row.valid_from,
  validTo: row.valid_to,
  decisionNumber: row.decision_number,
  decisionDate: row.decision_date,
  decisionIssuer: row.decision_issuer,
  answers: (row.answers as Record<string, boolean> | null) ?? null,
  note: row.note,
})

export async function writeStandard(deps: Deps, tx: Kysely<Database>, write: StandardWrite) {
  const { unit, record, actor } = write
  const kind = findStandardKind(record.kind)
  const items = kind?.criteriaSet
    ? (findCriteriaSet(kind.criteriaSet)?.items.map((item) => item.id) ?? null)
    : null
  const errors = validateStandardRecord(record, unit.kind as UnitKind, items)
  if (errors.length > 0 || !kind) throw new AppError('STANDARD_INVALID', undefined, errors)
  const rows = await repo.listUnitStandards(tx, unit.id)
  const before = write.corrects ? rows.find((row) => row.id === write.corrects?.id) : undefined
  if (write.corrects && !before) throw new AppError('NOT_FOUND')
  const clash = rows.find(
    (row) =>
      row.kind === record.kind && row.valid_from === record.validFrom && row.id !== before?.id,
  )
  if (clash)
    throw new AppError(
      'DUPLICATE',
      `Đã có bản ghi "${kind.label}" từ ngày ${formatDateVi(record.validFrom)}; hãy điều chỉnh bản ghi đó`,
    )
  const after = [...rows.filter((row) => row.id !== before?.id).map(toRecord), record]
  const orphan = findHeldWithoutPrerequisite(after)
  if (orphan)
    throw new AppError(
      'NTM_ENHANCED_WITHOUT_BASIC',
      `Ngày ${formatDateVi(orphan)} xã chưa đạt chỉ tiêu 19.2 cơ bản nên không thể đạt chỉ tiêu 19.2 nâng cao`,
    )
  const values: repo.StandardValues = {
    ...{ kind: record.kind, status: record.status, valid_from: record.validFrom },
    ...{ valid_to: record.validTo, decision_number: record.decisionNumber },
    ...{ decision_date: record.decisionDate, decision_issuer: record.decisionIssuer },
    criteria_set: kind.criteriaSet ?? null,
    answers: record.answers ? JSON.stringify(record.answers) : null,
    note: record.note,
  }
  const at = deps.now()
  const by = actor.username
  let id: number
  if (write.corrects) {
    id = write.corrects.id
    const done = await repo.updateUnitStandard(tx, id, write.corrects.version, {
      ...values,
      ...{ entered_by: by, entered_at: at },
    })
    if (!done) throw new AppError('CONFLICT')
  } else
    id = await repo.insertUnitStandard(tx, {
      ...values,
      ...{ unit_id: unit.id, entered_by: by, entered_at: at },
    })
  const previous = before ? toRecord(before) : null
  await repo.appendStandardHistory(tx, {
    ...{ standard_id: id, unit_id: unit.id, kind: record.kind },
    ...{ before: previous ? JSON.stringify(previous) : null, after: JSON.stringify(record) },
    ...{ at, actor_name: by, reason: write.reason },
  })
  await appendAudit(tx, {
    actorId: actor.accountId,
    actorName: by,
    action: write.corrects ? 'unit_standards.correct' : 'unit_standards.record',
    entity: 'unit_standards',
    entityId: String(id),
    unit: { id: unit.id, path: unit.path },
    before: previous,
    after: record,
    reason: write.reason,
  })
  const today = vietnamDateOf(deps.now())
  for (const year of yearsTouched([record, ...(previous ? [previous] : [])], today))
    await recomputeTargets({ ...deps, db: tx }, { year, unitIds: [unit.id] })
  return id
}

/** The campaign years whose last day may fall inside one of the records' validity. */
export function yearsTouched(records: readonly StandardRecord[], today: string) {
  const years = new Set<number>()
  for (const record of records) {
    const first = Number(record.validFrom.slice(0, 4))
    const last = Math.max(first, Number((record.validTo ?? today).slice(0, 4)))
    for (let year = first; year <= Math.min(last, first + 10); year++) years.add(year)
  }
  return [...years].sort()
}
