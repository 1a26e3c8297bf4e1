// Recording an event held (a Ngày hội, a forum) and adding its photos: the unit's own people or
// the plan owner, the plan's event and year checked, awards linked to decisions the unit may
// hand over, one transaction with the history entry and the audit entry.
import {
  AppError,
  checkEventPhoto,
  checkEventRecord,
  EVENT_LIMITS,
  holdsEvent,
  isInSubtree,
  type Actor,
} from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { canRecordFor, findPlanEvent, loadEventPlan } from './events.context'
import { getEvent } from './events-read.service'
import * as repo from './events.repository'
import type { RecordEventInput } from './events.schemas'

export const refuse = (path: string, message: string) =>
  new AppError('VALIDATION', message, [{ path, message }])

export async function recordEvent(
  deps: Deps,
  actor: Actor,
  planId: number,
  input: RecordEventInput,
) {
  const year = Number(input.heldOn.slice(0, 4))
  const plan = await loadEventPlan(deps, planId, year)
  if (plan.status !== 'published')
    throw new AppError('INVALID_TRANSITION', 'Kế hoạch chưa ban hành hoặc đã đóng')
  const planEvent = findPlanEvent(plan, input.planEventId)
  const unit = await repo.findUnit(deps.db, input.unitId)
  if (!unit || !isInSubtree(unit.path, plan.issuer.path) || unit.version !== plan.issuer.version)
    throw refuse('unitId', 'Đơn vị không thuộc địa bàn của kế hoạch')
  if (!holdsEvent(planEvent, unit.kind))
    throw refuse('unitId', `${unit.name} không thuộc cấp tổ chức hoạt động này`)
  if (!canRecordFor(actor, unit.path)) throw new AppError('OUT_OF_SCOPE')
  const errors = checkEventRecord(input, { year, today: plan.today, kind: planEvent.kind })
  if (errors.length > 0) throw new AppError('VALIDATION', errors[0]?.message, errors)
  await checkHandableAwards(deps, unit.path, year, input.awards)
  const at = deps.now()
  const after = { ...input, year, kind: planEvent.kind, planKey: plan.key }
  const eventId = await deps.db.transaction().execute(async (tx) => {
    const { id } = await repo.insertEvent(tx, {
      ...{ plan_key: plan.key, plan_id: plan.id, plan_event_id: planEvent.id },
      ...{ kind: planEvent.kind, unit_id: unit.id, unit_path: unit.path, year },
      ...{ held_on: input.heldOn, title: input.title, place: input.place },
      participants: input.participants,
      programme: JSON.stringify(input.programme),
      models: JSON.stringify(input.models),
      ...{ notes: input.notes, created_by: actor.username, created_at: at },
    })
    await repo.insertAwards(
      tx,
      input.awards.map((award) => ({
        event_id: id,
        decision_id: award.decisionId,
        note: award.note,
      })),
    )
    await repo.appendHistory(tx, {
      ...{ event_id: id, action: 'recorded', before: null, after, at },
      ...{ actor_name: actor.username, reason: null },
    })
    await appendAudit(tx, {
      ...{ actorId: actor.accountId, actorName: actor.username, action: 'events.record' },
      ...{ entity: 'event', entityId: id, unit: { id: unit.id, path: unit.path } },
      ...{ before: null, after },
    })
    return id
  })
  return getEvent(deps, actor, eventId)
}

/** Each decision once, and each one the unit may hand over in that year. */
export async function checkHandableAwards(
  deps: Deps,
  unitPath: string,
  year: number,
  awards: readonly { decisionId: number }[],
) {
  const handable = new Set(
    (await repo.listHandableDecisions(deps.db, unitPath, year)).map((row) => row.id),
  )
  const decisionIds = awards.map((award) => award.decisionId)
  if (new Set(decisionIds).size !== decisionIds.length)
    throw refuse('awards', 'Một quyết định chỉ ghi một lần')
  decisionIds.forEach((decisionId, i) => {
    if (!handable.has(decisionId))
      throw refuse(
        `awards.${i}.decisionId`,
        'Quyết định không có hoặc không trao được tại đơn vị này',
      )
  })
}

export async function addEventPhoto(
  deps: Deps,
  actor: Actor,
  eventId: number,
  upload: { fileName: string; bytes: Uint8Array },
) {
  const event = await repo.findEvent(deps.db, eventId)
  if (!event) throw new AppError('NOT_FOUND', 'Không tìm thấy hoạt động')
  if (!canRecordFor(actor, event.unit_path)) throw new AppError('OUT_OF_SCOPE')
  const { mime } = checkEventPhoto(upload.fileName, upload.bytes)
  const at = deps.now()
  await deps.db.transaction().execute(async (tx) => {
    const count = (await repo.listPhotos(tx, [eventId])).length
    if (count >= EVENT_LIMITS.photos)
      throw refuse('file', `Mỗi hoạt động lưu tối đa ${EVENT_LIMITS.photos} ảnh`)
    const { id } = await repo.insertPhoto(tx, {
      ...{ event_id: eventId, file_name: upload.fileName, mime, size: upload.bytes.length },
      ...{ bytes: upload.bytes, uploaded_by: actor.username, uploaded_at: at },
    })
    const after = { photoId: id, fileName: upload.fileName, mime, size: upload.bytes.length }
    await repo.appendHistory(tx, {
      ...{ event_id: eventId, action: 'photo_added', before: null, after, at },
      ...{ actor_name: actor.username, reason: null },
    })
    await appendAudit(tx, {
      ...{ actorId: actor.accountId, actorName: actor.username, action: 'events.photo' },
      ...{ entity: 'event', entityId: eventId, unit: { id: event.unit_id, path: event.unit_path } },
      ...{ before: null, after },
    })
  })
  return getEvent(deps, actor, eventId)
}
