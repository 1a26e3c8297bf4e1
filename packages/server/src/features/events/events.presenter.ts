// Shapes of the events API: a record in a plan's list, and one record in full with its awards
// (each with its decision), photos and history.
import {
  EVENT_PROGRAMME_PART_LABELS,
  PLAN_EVENT_KIND_LABELS,
  type EventProgrammePart,
  type EventWindow,
  type PlanEventKind,
} from '@antq/core'
import type { EventRow } from './events.repository'
import type * as repo from './events.repository'

type Rows<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>

export const dateOf = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)

export function presentRecord(row: EventRow, window: EventWindow) {
  const heldOn = dateOf(row.held_on)
  return {
    ...{ id: row.id, planEventId: row.plan_event_id, kind: row.kind, year: row.year },
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name, kind: row.unit_kind },
    ...{ heldOn, title: row.title, place: row.place, participants: row.participants },
    inWindow: heldOn >= window.from && heldOn <= window.to,
    models: row.models,
  }
}

export function presentEvent(
  row: EventRow & { plan_id: number },
  extra: {
    awards: Rows<typeof repo.listEventAwards>
    photos: Rows<typeof repo.listPhotos>
    history: Rows<typeof repo.listHistory>
  },
) {
  return {
    ...{ id: row.id, planId: row.plan_id, planKey: row.plan_key, planEventId: row.plan_event_id },
    ...{ kind: row.kind, kindLabel: PLAN_EVENT_KIND_LABELS[row.kind as PlanEventKind] },
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name, kind: row.unit_kind },
    ...{ year: row.year, heldOn: dateOf(row.held_on), title: row.title, place: row.place },
    ...{ participants: row.participants, notes: row.notes, models: row.models },
    programme: row.programme.map((item) => ({
      ...item,
      partLabel: EVENT_PROGRAMME_PART_LABELS[item.part as EventProgrammePart] ?? item.part,
    })),
    awards: extra.awards.map((award) => ({
      ...{ decisionId: award.decision_id, number: award.number, note: award.note },
      ...{
        date: dateOf(award.decision_date as Date | string),
        awardFormName: award.award_form_name,
      },
      status: award.status,
    })),
    photos: extra.photos.map((photo) => ({
      ...{ id: photo.id, fileName: photo.file_name, mime: photo.mime, size: photo.size },
      ...{ uploadedBy: photo.uploaded_by, uploadedAt: photo.uploaded_at },
    })),
    history: extra.history.map((entry) => ({
      ...{ id: entry.id, action: entry.action, at: entry.at, actorName: entry.actor_name },
      reason: entry.reason,
    })),
    createdBy: row.created_by,
    createdAt: row.created_at,
    rowVersion: row.row_version,
  }
}
