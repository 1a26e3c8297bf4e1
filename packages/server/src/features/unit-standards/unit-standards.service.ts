// A unit's standards (read), a record added (recognised, not met, revoked), a record corrected
// (with a reason), and a scope's records.
import { AppError, findStandardKind, vietnamDateOf, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { canRecord, loadStandardUnit, recordableKinds } from './unit-standards.access'
import { presentRecord, presentUnit } from './unit-standards.presenter'
import { findUnitStandard, listScopeStandards } from './unit-standards.repository'
import type { CorrectStandardInput, CreateStandardInput } from './unit-standards.schemas'
import { writeStandard } from './unit-standards-write'

const todayOf = (deps: Deps) => vietnamDateOf(deps.now())

export async function listUnitStandards(deps: Deps, actor: Actor, unitId: number) {
  const unit = await loadStandardUnit(deps.db, unitId)
  const recordable = recordableKinds(actor, unit)
  return presentUnit(deps.db, { unit, today: todayOf(deps), recordable })
}

function kindFor(id: string) {
  const kind = findStandardKind(id)
  if (!kind)
    throw new AppError('STANDARD_INVALID', undefined, [
      { path: 'kind', message: 'Loại tiêu chuẩn không có trong danh mục' },
    ])
  return kind
}

export async function recordStandard(
  deps: Deps,
  actor: Actor,
  unitId: number,
  input: CreateStandardInput,
) {
  const unit = await loadStandardUnit(deps.db, unitId)
  if (!canRecord(actor, unit, kindFor(input.kind))) throw new AppError('FORBIDDEN')
  const { note, ...record } = input
  await deps.db.transaction().execute((tx) =>
    writeStandard(deps, tx, {
      ...{ actor, unit, record: { ...record, note }, corrects: null, reason: null },
    }),
  )
  return listUnitStandards(deps, actor, unit.id)
}

export async function correctStandard(
  deps: Deps,
  actor: Actor,
  params: { unitId: number; standardId: number },
  input: CorrectStandardInput,
) {
  const unit = await loadStandardUnit(deps.db, params.unitId)
  const { version, reason, ...fields } = input
  const existing = await findUnitStandard(deps.db, params.standardId)
  if (!existing || existing.unit_id !== unit.id) throw new AppError('NOT_FOUND')
  if (!canRecord(actor, unit, kindFor(existing.kind))) throw new AppError('FORBIDDEN')
  await deps.db.transaction().execute((tx) =>
    writeStandard(deps, tx, {
      ...{ actor, unit, record: { ...fields, kind: existing.kind } },
      ...{ corrects: { id: params.standardId, version }, reason },
    }),
  )
  return listUnitStandards(deps, actor, unit.id)
}

/** The records of the scope's units (the actor's own scope, or the unit in the URL). */
export async function listScope(deps: Deps, unitId: number, kind: string | undefined) {
  const unit = await loadStandardUnit(deps.db, unitId)
  const rows = await listScopeStandards(deps.db, unit.path, kind)
  return {
    scope: { id: unit.id, name: unit.name, kind: unit.kind },
    records: rows.map((row) => ({
      ...presentRecord(row),
      unit: { id: row.unit_id, name: row.unit_name, kind: row.unit_kind },
    })),
  }
}
