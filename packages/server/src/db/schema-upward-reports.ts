// Upward reports (migration 0016): the báo cáo a level sends up for a reporting obligation.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>
type Json = ColumnType<unknown, string | undefined, string>
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>

export type UpwardReportTable = {
  id: Generated<number>
  plan_key: string
  plan_id: number
  obligation_id: string
  period_key: string
  year: number
  /** yyyy-mm-dd (text: the same on both engines). */
  due_on: string
  unit_id: number
  unit_path: string
  recipient_unit_id: number | null
  status: Generated<string>
  sections: Json
  snapshot: NullableJson
  return_reason: string | null
  submitted_at: NullableTimestamp
  submitted_by: string | null
  received_at: NullableTimestamp
  received_by: string | null
  updated_by: string
  updated_at: Timestamp
  row_version: Generated<number>
}

export type UpwardReportHistoryTable = {
  id: Generated<number>
  upward_report_id: number
  at: Timestamp
  actor_name: string
  action: string
  from_status: string | null
  to_status: string
  reason: string | null
}

export type UpwardReportTables = {
  upward_reports: UpwardReportTable
  upward_report_history: UpwardReportHistoryTable
}
