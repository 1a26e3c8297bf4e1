// The activity log's tables as Kysely sees them (migration 0021). Kept apart from schema.ts so
// that file stays under the size limit; schema.ts intersects ActivityTables.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>
// date columns: read them with to_char (PGlite returns Date, node-postgres text)
type DateColumn = ColumnType<unknown, string, string>

export type ActivityTable = {
  id: Generated<number>
  unit_id: number
  held_on: DateColumn
  kind: string
  audience: string
  reached: number | null
  title: string
  file_id: number | null
  recorded_by: string
  recorded_at: Timestamp
  withdrawn_at: NullableTimestamp
  withdrawn_by: string | null
  withdraw_reason: string | null
}

export type ActivityFileTable = {
  id: Generated<number>
  unit_id: number
  filename: string
  mime: string
  size: number
  sha256: string
  bytes: Uint8Array
  uploaded_by: string
  uploaded_at: Timestamp
}

/** Append-only: every entry and withdrawal of an activity, with the activity as it stood. */
export type ActivityHistoryTable = {
  id: Generated<number>
  activity_id: number
  action: 'enter' | 'withdraw'
  snapshot: ColumnType<unknown, string, string>
  at: Timestamp
  actor_name: string
  reason: string | null
}

export type ActivityTables = {
  activities: ActivityTable
  activity_files: ActivityFileTable
  activity_history: ActivityHistoryTable
}
