// Reads of the events under a plan: per event of the plan, its window for the year, who must
// hold one, who has (in the window or late) and who has not by today — with their managing unit,
// for the plan owner to chase; one record in full; a photo; the decisions an event may hand over.
import {
  AppError,
  eventStandingOf,
  eventWindowOf,
  isInReadScope,
  PLAN_EVENT_KIND_LABELS,
  type Actor,
} from '@antq/core'
import type { Deps } from '../../deps'
import { listManagingUnits } from '../targets/targets-dashboard.repository'
import { canRecordFor, loadEventPlan, readsWhole, type EventPlan } from './events.context'
import { dateOf, presentEvent, presentRecord } from './events.presenter'
import * as repo from './events.repository'

/** Every event of the plan for the year, with who has and has not held it. */
export async function listPlanEventOverview(
  deps: Deps,
  actor: Actor,
  planId: number,
  year?: number,
) {
  const plan = await loadEventPlan(deps, planId, year)
  const whole = readsWhole(actor, plan.issuer.path)
  const sees = (path: string) => whole || isInReadScope(actor, path)
  const records = (await repo.listPlanEvents(deps.db, plan.key, plan.year)).filter((row) =>
    sees(row.unit_path),
  )
  const kinds = [...new Set(plan.plan.events.flatMap((event) => event.levels))]
  const holders = (await listHolders(deps, plan, kinds)).filter((unit) => sees(unit.path))
  const managers = new Map(
    (
      await listManagingUnits(
        deps.db,
        holders.map((unit) => unit.id),
      )
    ).map((row) => [row.id, row]),
  )
  return {
    plan: { id: plan.id, key: plan.key, title: plan.plan.metadata.title },
    year: plan.year,
    today: plan.today,
    canManage: whole,
    events: plan.plan.events.map((event) => {
      const window = eventWindowOf(event, plan.year)
      const own = records.filter((row) => row.plan_event_id === event.id)
      const due = holders.filter((unit) => (event.levels as string[]).includes(unit.kind))
      const standings = due.map((unit) => {
        const heldOn = own
          .filter((row) => row.unit_id === unit.id)
          .map((row) => dateOf(row.held_on))
        const manager = managers.get(unit.id)
        return {
          unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
          managingUnit: manager?.managing_id
            ? { id: manager.managing_id, code: manager.managing_code, name: manager.managing_name }
            : null,
          standing: eventStandingOf(window, heldOn, plan.today),
        }
      })
      return {
        ...{ id: event.id, kind: event.kind, kindLabel: PLAN_EVENT_KIND_LABELS[event.kind] },
        ...{ label: event.label, source: event.source, text: event.text, basis: event.basis },
        ...{ levels: event.levels, window },
        due: due.length,
        held: standings.filter((row) => row.standing === 'held' || row.standing === 'held_late')
          .length,
        notHeld: standings.filter((row) => row.standing === 'pending' || row.standing === 'late'),
        records: own.map((row) => presentRecord(row, window)),
      }
    }),
  }
}

export function listHolders(deps: Deps, plan: EventPlan, kinds: readonly string[]) {
  return repo.listHolderUnits(deps.db, { ...plan.issuer, kinds })
}

async function loadVisibleEvent(deps: Deps, actor: Actor, eventId: number) {
  const event = await repo.findEvent(deps.db, eventId)
  if (!event) throw new AppError('NOT_FOUND', 'Không tìm thấy hoạt động')
  if (!isInReadScope(actor, event.unit_path)) {
    const plan = await loadEventPlan(deps, event.plan_id, event.year)
    if (!readsWhole(actor, plan.issuer.path)) throw new AppError('OUT_OF_SCOPE')
  }
  return event
}

export async function getEvent(deps: Deps, actor: Actor, eventId: number) {
  const event = await loadVisibleEvent(deps, actor, eventId)
  const [awards, photos, history] = await Promise.all([
    repo.listEventAwards(deps.db, [eventId]),
    repo.listPhotos(deps.db, [eventId]),
    repo.listHistory(deps.db, eventId),
  ])
  // Whoever may record for the unit may also correct the record and add photos.
  return {
    ...presentEvent(event, { awards, photos, history }),
    canEdit: canRecordFor(actor, event.unit_path),
  }
}

export async function getEventPhoto(deps: Deps, actor: Actor, eventId: number, photoId: number) {
  await loadVisibleEvent(deps, actor, eventId)
  const photo = await repo.findPhoto(deps.db, eventId, photoId)
  if (!photo) throw new AppError('NOT_FOUND', 'Không tìm thấy ảnh')
  return photo
}

/** Signed decisions of the year an event of the unit may hand over (by it, above or below it). */
export async function listEventDecisions(deps: Deps, actor: Actor, unitId: number, year: number) {
  const unit = await repo.findUnit(deps.db, unitId)
  if (!unit) throw new AppError('NOT_FOUND')
  if (!isInReadScope(actor, unit.path)) throw new AppError('OUT_OF_SCOPE')
  const rows = await repo.listHandableDecisions(deps.db, unit.path, year)
  return rows.map((row) => ({
    ...{ id: row.id, number: row.number, date: dateOf(row.decision_date as Date | string) },
    awardFormName: row.award_form_name,
  }))
}
