// The activity log of a unit (issue 12 item 2): its year's activities and the figures they give
// (read), an activity entered by the unit's clerk or the plan owner, a wrong one withdrawn with a
// reason, an evidence photo or document uploaded and downloaded. Every write audits and
// recomputes the targets of the units on the activity's path, in one transaction.
import { createHash } from 'node:crypto'
import {
  ACTIVITY_UNIT_KINDS,
  ACTIVITY_KINDS,
  AppError,
  activityFiguresOf,
  can,
  checkActivityEntry,
  checkDossierUpload,
  foldAccents,
  pathIds,
  vietnamDateOf,
  type Actor,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { recomputeTargets } from '../targets/targets-recompute'
import type { ActivityInput } from './activities.schemas'
import * as repo from './activities.repository'

type ActivityUnit = NonNullable<Awaited<ReturnType<typeof repo.findActivityUnit>>>

async function loadUnit(db: Kysely<Database>, unitId: number) {
  const unit = await repo.findActivityUnit(db, unitId)
  if (!unit) throw new AppError('NOT_FOUND')
  return unit
}

/** The unit's clerk (campaign:report) or the plan owner (campaign:review), in their subtree. */
const canEnter = (actor: Actor, unit: ActivityUnit) =>
  (ACTIVITY_UNIT_KINDS as readonly string[]).includes(unit.kind) &&
  (can(actor, 'campaign:report', unit.path) || can(actor, 'campaign:review', unit.path))

function assertCanEnter(actor: Actor, unit: ActivityUnit) {
  if (!canEnter(actor, unit))
    throw new AppError('FORBIDDEN', 'Bạn không được ghi hoạt động cho đơn vị này')
}

type ListFilter = { year: number; kind?: string; audience?: string; q?: string }

export async function listUnitActivities(
  deps: Deps,
  actor: Actor,
  unitId: number,
  filter: ListFilter,
) {
  const unit = await loadUnit(deps.db, unitId)
  const period = { start: `${filter.year}-01-01`, end: `${filter.year}-12-31` }
  const rows = await repo.listActivities(deps.db, unit.path, period)
  const figures = activityFiguresOf(unit, rows)
  const needle = filter.q ? foldAccents(filter.q) : ''
  const items = rows.filter(
    (row) =>
      (!filter.kind || row.kind === filter.kind) &&
      (!filter.audience || row.audience === filter.audience) &&
      (!needle || foldAccents(`${row.title} ${row.unitName}`).includes(needle)),
  )
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    areas: await repo.listAreas(deps.db, unit.id, period),
    canEnter: canEnter(actor, unit),
    today: vietnamDateOf(deps.now()),
    figures,
    items,
  }
}

export async function uploadActivityFile(
  deps: Deps,
  actor: Actor,
  unitId: number,
  upload: { fileName: string; bytes: Uint8Array },
) {
  const unit = await loadUnit(deps.db, unitId)
  assertCanEnter(actor, unit)
  const { mime } = checkDossierUpload(upload.fileName, upload.bytes)
  return deps.db.transaction().execute(async (tx) => {
    const at = deps.now()
    const id = await repo.insertFile(tx, {
      ...{ unit_id: unit.id, filename: upload.fileName, mime, size: upload.bytes.length },
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      ...{ bytes: upload.bytes, uploaded_by: actor.username, uploaded_at: at },
    })
    await appendAudit(tx, {
      ...{ actorId: actor.accountId, actorName: actor.username, action: 'activity_file.upload' },
      ...{ entity: 'activity_file', entityId: id, unit: { id: unit.id, path: unit.path } },
      after: { filename: upload.fileName, mime, size: upload.bytes.length },
    })
    return { id, fileName: upload.fileName }
  })
}

export async function recordActivity(
  deps: Deps,
  actor: Actor,
  unitId: number,
  input: ActivityInput,
) {
  const unit = await loadUnit(deps.db, unitId)
  assertCanEnter(actor, unit)
  const entry = { ...input, reached: input.reached }
  checkActivityEntry(entry, vietnamDateOf(deps.now()))
  const on = { start: input.heldOn, end: input.heldOn }
  const areas = input.areaId === null ? [] : await repo.listAreas(deps.db, unit.id, on)
  const area = areas.find((each) => each.id === input.areaId)
  if (input.areaId !== null && !area)
    throw new AppError('VALIDATION', 'Khu dân cư không thuộc đơn vị này', [
      { path: 'areaId', message: 'Khu dân cư không hợp lệ' },
    ])
  return deps.db.transaction().execute(async (tx) => {
    if (input.fileId !== null) {
      const file = await repo.findFile(tx, input.fileId)
      if (!file || file.unit_id !== unit.id)
        throw new AppError('VALIDATION', 'Tệp minh chứng không thuộc đơn vị này', [
          { path: 'fileId', message: 'Tệp không hợp lệ' },
        ])
    }
    const at = deps.now()
    const heldIn = area?.id ?? unit.id
    const snapshot = { ...input, unitId: heldIn }
    const id = await repo.insertActivity(tx, {
      ...{ unit_id: heldIn, held_on: input.heldOn, kind: input.kind, audience: input.audience },
      ...{ reached: input.reached, title: input.title, file_id: input.fileId },
      ...{ recorded_by: actor.username, recorded_at: at },
    })
    const by = { name: actor.username, at, reason: null }
    await repo.appendHistory(tx, { activity_id: id, action: 'enter', snapshot }, by)
    await appendAudit(tx, {
      ...{ actorId: actor.accountId, actorName: actor.username, action: 'activity.enter' },
      ...{ entity: 'activity', entityId: id, unit: { id: unit.id, path: unit.path } },
      after: snapshot,
    })
    await recomputeActivityTargets({ ...deps, db: tx }, unit.path, input.heldOn, input.kind)
    return { id }
  })
}

export async function withdrawActivity(
  deps: Deps,
  actor: Actor,
  params: { unitId: number; activityId: number },
  reason: string,
) {
  const unit = await loadUnit(deps.db, params.unitId)
  assertCanEnter(actor, unit)
  return deps.db.transaction().execute(async (tx) => {
    const activity = await repo.findActivity(tx, params.activityId)
    if (!activity || !activity.path.startsWith(unit.path)) throw new AppError('NOT_FOUND')
    if (activity.withdrawn_at) throw new AppError('CONFLICT', 'Hoạt động đã được rút')
    const at = deps.now()
    await repo.withdrawActivity(tx, activity.id, { name: actor.username, at, reason })
    const by = { name: actor.username, at, reason }
    const { path: _path, ...snapshot } = activity
    await repo.appendHistory(tx, { activity_id: activity.id, action: 'withdraw', snapshot }, by)
    await appendAudit(tx, {
      ...{ actorId: actor.accountId, actorName: actor.username, action: 'activity.withdraw' },
      ...{ entity: 'activity', entityId: activity.id, unit: { id: unit.id, path: unit.path } },
      ...{ before: snapshot, after: { withdrawn: true }, reason },
    })
    await recomputeActivityTargets(
      { ...deps, db: tx },
      activity.path,
      activity.held_on,
      activity.kind,
    )
    return { id: activity.id }
  })
}

export async function downloadActivityFile(
  deps: Deps,
  actor: Actor,
  params: { unitId: number; fileId: number },
) {
  const unit = await loadUnit(deps.db, params.unitId)
  const file = await repo.findFile(deps.db, params.fileId)
  if (!file || !file.path.startsWith(unit.path) || !can(actor, 'campaign:read', file.path))
    throw new AppError('NOT_FOUND')
  return { fileName: file.filename, mime: file.mime, bytes: file.bytes }
}

/**
 * Which units a write names for the recompute (each one's chain is redone, deepest first). A
 * session counts for the unit it was held in (and, held in a khu dân cư, for its commune: the
 * same chain), so the unit alone; an article or a broadcast counts in every unit above the one
 * that placed it (a district's own yearly count), so each of them — the incremental path only
 * shifts the scopes above by the deepest scope's change, not an ancestor's own figure.
 */
async function recomputeActivityTargets(deps: Deps, path: string, heldOn: string, kind: string) {
  const ids = pathIds(path)
  const items = ACTIVITY_KINDS.find((each) => each.id === kind)?.counts === 'items'
  const unitIds = items ? ids : ids.slice(-1)
  await recomputeTargets(deps, { year: Number(heldOn.slice(0, 4)), unitIds })
}
