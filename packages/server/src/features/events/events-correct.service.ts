// Correcting an event recorded (a wrong date, a participant count, an award forgotten): the same
// people who may record it, the same checks, a reason, and only the version that was read — the
// plan event, the unit and the year stay (another year's Ngày hội is recorded anew). The history
// keeps what it said before.
import { AppError, checkEventRecord, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { canRecordFor, findPlanEvent, loadEventPlan } from './events.context'
import { getEvent } from './events-read.service'
import { dateOf } from './events.presenter'
import * as repo from './events.repository'
import type { CorrectEventInput } from './events.schemas'
import { checkHandableAwards, refuse } from './events.service'

export async function correctEvent(
  deps: Deps,
  actor: Actor,
  eventId: number,
  input: CorrectEventInput,
) {
  const event = await repo.findEvent(deps.db, eventId)
  if (!event) throw new AppError('NOT_FOUND', 'Không tìm thấy hoạt động')
  if (!canRecordFor(actor, event.unit_path)) throw new AppError('OUT_OF_SCOPE')
  if (Number(input.heldOn.slice(0, 4)) !== event.year)
    throw refuse('heldOn', `Ngày tổ chức phải trong năm ${event.year} như khi ghi nhận`)
  const plan = await loadEventPlan(deps, event.plan_id, event.year)
  const planEvent = findPlanEvent(plan, event.plan_event_id)
  const errors = checkEventRecord(input, {
    year: event.year,
    today: plan.today,
    kind: planEvent.kind,
  })
  if (errors.length > 0) throw new AppError('VALIDATION', errors[0]?.message, errors)
  await checkHandableAwards(deps, event.unit_path, event.year, input.awards)
  const was = factsOf(event, await repo.listEventAwards(deps.db, [eventId]))
  const { rowVersion, reason, ...facts } = input
  const at = deps.now()
  await deps.db.transaction().execute(async (tx) => {
    const updated = await repo.updateEvent(tx, eventId, rowVersion, {
      ...{ held_on: facts.heldOn, title: facts.title, place: facts.place },
      ...{ participants: facts.participants, notes: facts.notes },
      programme: JSON.stringify(facts.programme),
      models: JSON.stringify(facts.models),
    })
    if (!updated) throw new AppError('CONFLICT')
    await repo.deleteAwards(tx, eventId)
    await repo.insertAwards(
      tx,
      facts.awards.map((award) => ({
        event_id: eventId,
        decision_id: award.decisionId,
        note: award.note,
      })),
    )
    await repo.appendHistory(tx, {
      ...{ event_id: eventId, action: 'corrected', before: was, after: facts, at },
      ...{ actor_name: actor.username, reason },
    })
    await appendAudit(tx, {
      ...{ actorId: actor.accountId, actorName: actor.username, action: 'events.correct' },
      ...{ entity: 'event', entityId: eventId, unit: { id: event.unit_id, path: event.unit_path } },
      ...{ before: was, after: facts, reason },
    })
  })
  return getEvent(deps, actor, eventId)
}

type EventRow = NonNullable<Awaited<ReturnType<typeof repo.findEvent>>>
type AwardRows = Awaited<ReturnType<typeof repo.listEventAwards>>

/** The correctable facts as the record said them, in the input's shape (from the row read). */
function factsOf(row: EventRow, awards: AwardRows) {
  return {
    ...{ heldOn: dateOf(row.held_on), title: row.title, place: row.place },
    ...{ participants: row.participants, models: row.models, notes: row.notes },
    programme: row.programme.map((item) => ({ part: item.part, title: item.title })),
    awards: awards.map((award) => ({ decisionId: award.decision_id, note: award.note })),
  }
}
