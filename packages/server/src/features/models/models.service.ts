// The model register of a unit: its models for a year (read), a model registered, edited,
// dissolved or replaced (with a reason). Every write is one transaction: the record, its history
// and audit entries, and the targets that read the register (models-write.ts).
import { AppError, modelProblems, vietnamDateOf, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { canRecord, loadHost, loadModel, loadRecordable, loadSites } from './models.access'
import { presentModels } from './models.presenter'
import * as repo from './models.repository'
import { recordChange, yearsFrom } from './models-write'
import type { CreateModelInput, EndModelInput, UpdateModelInput } from './models.schemas'

const todayOf = (deps: Deps) => vietnamDateOf(deps.now())

export async function listUnitModels(deps: Deps, actor: Actor, unitId: number, year: number) {
  const unit = await loadHost(deps.db, unitId)
  const rows = await repo.listModels(deps.db, unit.path)
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    year,
    canRecord: canRecord(actor, unit.path),
    models: await presentModels(deps.db, rows, year),
  }
}

export async function getModel(deps: Deps, actor: Actor, id: number, year: number) {
  const model = await loadModel(deps.db, actor, id)
  const [shown] = await presentModels(deps.db, [model], year)
  if (!shown) throw new AppError('NOT_FOUND')
  const history = await repo.listHistory(deps.db, id)
  return {
    ...shown,
    canRecord: canRecord(actor, model.host_path),
    history: history.map((row) => ({
      ...{ action: row.action, at: new Date(row.at).toISOString(), by: row.actor_name },
      reason: row.reason,
    })),
  }
}

function assertValid(
  input: { startedOn: string; sites: { unitId: number }[] },
  hostId: number,
  today: string,
) {
  const problems = modelProblems({ hostUnitId: hostId, ...input }, today)
  if (problems.length > 0)
    throw new AppError('VALIDATION', 'Thông tin mô hình không hợp lệ', problems)
}

export async function createModel(
  deps: Deps,
  actor: Actor,
  unitId: number,
  input: CreateModelInput,
) {
  const host = await loadHost(deps.db, unitId)
  if (!canRecord(actor, host.path)) throw new AppError('FORBIDDEN')
  const today = todayOf(deps)
  assertValid(input, host.id, today)
  const sites = await loadSites(deps.db, actor, input.sites)
  const at = deps.now()
  const id = await deps.db.transaction().execute(async (tx) => {
    const { id } = await repo.insertModel(tx, {
      ...{ host_unit_id: host.id, body: input.body, name: input.name, type_id: input.typeId },
      ...{
        members: input.members,
        started_on: input.startedOn,
        zalo_group: input.zaloGroup || null,
      },
      ...{ created_by: actor.username, created_at: at, updated_by: actor.username, updated_at: at },
    })
    await repo.replaceSites(tx, id, input.sites)
    await recordChange(deps, tx, {
      ...{ actor, modelId: id, action: 'create', before: null, after: input, reason: null },
      paths: [host.path, ...sites.map((site) => site.path)],
      years: yearsFrom(input.startedOn, today),
    })
    return id
  })
  return getModel(deps, actor, id, Number(today.slice(0, 4)))
}

export async function updateModel(deps: Deps, actor: Actor, id: number, input: UpdateModelInput) {
  const model = await loadRecordable(deps.db, actor, id)
  const today = todayOf(deps)
  assertValid(input, model.host_unit_id, today)
  const sites = await loadSites(deps.db, actor, input.sites)
  const before = await repo.listSites(deps.db, [id])
  await deps.db.transaction().execute(async (tx) => {
    const updated = await repo.updateModel(tx, id, input.rowVersion, {
      ...{ body: input.body, name: input.name, type_id: input.typeId, members: input.members },
      ...{ started_on: input.startedOn, zalo_group: input.zaloGroup || null },
      ...{ updated_by: actor.username, updated_at: deps.now() },
    })
    if (!updated) throw new AppError('CONFLICT')
    await repo.replaceSites(tx, id, input.sites)
    const { rowVersion: _version, reason, ...after } = input
    await recordChange(deps, tx, {
      ...{ actor, modelId: id, action: 'update', after, reason: reason || null },
      before: { ...model, sites: before.map(({ unit_id, teams }) => ({ unitId: unit_id, teams })) },
      paths: [
        model.host_path,
        ...before.map((site) => site.path),
        ...sites.map((site) => site.path),
      ],
      years: yearsFrom([model.started_on, input.startedOn].sort()[0] ?? today, today),
    })
  })
  return getModel(deps, actor, id, Number(today.slice(0, 4)))
}

/** Dissolving or replacing a weak model: the record stays, closed, with its reason. */
export async function endModel(deps: Deps, actor: Actor, id: number, input: EndModelInput) {
  const model = await loadRecordable(deps.db, actor, id)
  const today = todayOf(deps)
  if (model.status !== 'active')
    throw new AppError('VALIDATION', 'Mô hình đã giải thể hoặc được thay thế')
  const refuse = (path: string, message: string) =>
    new AppError('VALIDATION', message, [{ path, message }])
  if (input.endedOn < model.started_on || input.endedOn > today)
    throw refuse('endedOn', 'Ngày kết thúc phải từ ngày bắt đầu đến hôm nay')
  if (input.status === 'replaced') {
    const next =
      input.replacedBy === null ? undefined : await repo.findModel(deps.db, input.replacedBy)
    if (!next || next.id === id || next.host_unit_id !== model.host_unit_id)
      throw refuse('replacedBy', 'Chọn mô hình thay thế của cùng đơn vị')
  }
  const sites = await repo.listSites(deps.db, [id])
  await deps.db.transaction().execute(async (tx) => {
    const updated = await repo.updateModel(tx, id, input.rowVersion, {
      ...{ status: input.status, ended_on: input.endedOn, end_reason: input.reason },
      ...{ replaced_by: input.status === 'replaced' ? input.replacedBy : null },
      ...{ updated_by: actor.username, updated_at: deps.now() },
    })
    if (!updated) throw new AppError('CONFLICT')
    await recordChange(deps, tx, {
      ...{ actor, modelId: id, action: input.status === 'replaced' ? 'replace' : 'dissolve' },
      ...{ before: { status: model.status }, after: input, reason: input.reason },
      paths: [model.host_path, ...sites.map((site) => site.path)],
      years: yearsFrom(input.endedOn, today),
    })
  })
  return getModel(deps, actor, id, Number(today.slice(0, 4)))
}
