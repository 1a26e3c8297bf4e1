// Tables of migration 0022 (events). Keep in step with migrations/0022-events.ts.
import type { ColumnType, Generated, JSONColumnType } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** A date column: read as Date (or text on some drivers), written as yyyy-mm-dd. */
type DateColumn = ColumnType<Date | string, string, string>

export type EventProgrammeItem = { part: string; title: string }

export type EventTable = {
  id: Generated<number>
  plan_key: string
  plan_id: number
  plan_event_id: string
  kind: string
  unit_id: number
  unit_path: string
  year: number
  held_on: DateColumn
  title: string
  place: string
  participants: number
  programme: JSONColumnType<EventProgrammeItem[], string, string>
  models: JSONColumnType<string[], string, string>
  notes: string | null
  row_version: Generated<number>
  created_by: string
  created_at: Timestamp
}

export type EventAwardTable = {
  id: Generated<number>
  event_id: number
  decision_id: number
  note: string | null
}

export type EventPhotoTable = {
  id: Generated<number>
  event_id: number
  file_name: string
  mime: string
  size: number
  bytes: Uint8Array
  uploaded_by: string
  uploaded_at: Timestamp
}

export type EventHistoryTable = {
  id: Generated<number>
  event_id: number
  action: string
  before: JSONColumnType<Record<string, unknown> | null, string | null, string | null>
  after: JSONColumnType<Record<string, unknown>, string, string>
  at: Timestamp
  actor_name: string
  reason: string | null
}

export type EventTables = {
  events: EventTable
  event_awards: EventAwardTable
  event_photos: EventPhotoTable
  event_history: EventHistoryTable
}
