// The assignment tables as Kysely sees them (migration 0014); schema.ts intersects them.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
// date columns: read them with to_char (PGlite returns Date, node-postgres text)
type DateColumn = ColumnType<unknown, string, string>
type NullableDate = ColumnType<unknown, string | null | undefined, string | null>

export type AssignmentTable = {
  id: Generated<number>
  plan_id: number
  plan_key: string
  task_id: string
  year: number
  occurrence: string
  owner_unit_id: number
  owner_unit_path: string
  role: string
  due_date: DateColumn
  status: Generated<string>
  review: Generated<string>
  submitted_on: NullableDate
  completed_on: NullableDate
  return_reason: string | null
  parent_assignment_id: number | null
  source: Generated<string>
  source_id: number | null
  row_version: Generated<number>
  created_at: Timestamp
  updated_at: Timestamp
}

/** Counts per plan, year, owner body and due date, kept by triggers (migration 0024, ADR 023). */
export type AssignmentSummaryTable = {
  plan_key: string
  year: number
  owner_unit_id: number
  due_date: DateColumn
  total: number
  on_time: number
  late: number
  submitted: number
  open_total: number
  open_in_progress: number
  open_not_started: number
}

export type AssignmentEventTable = {
  id: Generated<number>
  assignment_id: number
  at: Timestamp
  actor_name: string
  action: string
  from_review: string
  to_review: string
  note: string | null
}

export type AssignmentFileTable = {
  id: Generated<number>
  assignment_id: number
  event_id: number
  filename: string
  mime: string
  size: number
  sha256: string
  bytes: Uint8Array
  uploaded_by: string
  uploaded_at: Timestamp
}

export type AssignmentTables = {
  assignments: AssignmentTable
  assignment_events: AssignmentEventTable
  assignment_files: AssignmentFileTable
  assignment_summaries: AssignmentSummaryTable
}
