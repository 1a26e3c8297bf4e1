// Unit plans (migration 0015): a unit's own plan sent by a plan_submission deadline.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>

export type UnitPlanSubmissionTable = {
  id: Generated<number>
  plan_key: string
  deadline_id: string
  unit_id: number
  unit_path: string
  file_name: string | null
  file_mime: string | null
  file_size: number | null
  file_bytes: Uint8Array | null
  child_plan_id: number | null
  status: string
  reason: string | null
  late: boolean
  submitted_by: string
  submitted_at: Timestamp
  reviewed_by: string | null
  reviewed_at: NullableTimestamp
  row_version: Generated<number>
}

export type UnitPlanHistoryTable = {
  id: Generated<number>
  submission_id: number
  at: Timestamp
  actor_name: string
  action: string
  from_status: string | null
  to_status: string
  reason: string | null
  file_name: string | null
  child_plan_id: number | null
}

export type UnitPlanTables = {
  unit_plan_submissions: UnitPlanSubmissionTable
  unit_plan_history: UnitPlanHistoryTable
}
