// The unit standards tables as Kysely sees them (migration 0023). Kept apart from schema.ts so
// that file stays under the size limit; schema.ts intersects UnitStandardTables. Date columns
// are read as text (`::text`) by the repository.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

/** A unit's dated status of one standard, with its deciding document (migration 0023). */
export type UnitStandardTable = {
  id: Generated<number>
  unit_id: number
  kind: string
  status: string
  valid_from: string
  valid_to: string | null
  decision_number: string | null
  decision_date: string | null
  decision_issuer: string | null
  criteria_set: string | null
  answers: ColumnType<unknown, string | null | undefined, string | null>
  note: string | null
  row_version: Generated<number>
  entered_by: string
  entered_at: Timestamp
}

/** Append-only: every change of a unit's standard record, with why. */
export type UnitStandardHistoryTable = {
  id: Generated<number>
  standard_id: number
  unit_id: number
  kind: string
  before: ColumnType<unknown, string | null, string | null>
  after: ColumnType<unknown, string, string>
  at: Timestamp
  actor_name: string
  reason: string | null
}

export type UnitStandardTables = {
  unit_standards: UnitStandardTable
  unit_standard_history: UnitStandardHistoryTable
}
