// The database as Kysely sees it. Keep in step with migrations/.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { NominationTables } from './schema-nominations'
import type { CouncilTables } from './schema-councils'
import type { InspectionTables } from './schema-inspections'
import type { AssignmentTables } from './schema-assignments'
import type { BudgetTables } from './schema-budget'
import type { UnitPlanTables } from './schema-unit-plans'
import type { UpwardReportTables } from './schema-upward-reports'
import type { EventTables } from './schema-events'
import type { UnitStandardTables } from './schema-unit-standards'
import type { ActivityTables } from './schema-activities'
import type { ModelTables } from './schema-models'
import type { NotificationTables } from './schema-notifications'

// Timestamps read as Date; written as Date or ISO text; optional on insert (database default).
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>
type Json = ColumnType<unknown, string | null, string | null>
type RequiredJson = ColumnType<unknown, string, string>

export type UnitTable = {
  id: Generated<number>
  version: string
  code: string
  name: string
  name_folded: Generated<string>
  sort_key: string
  kind: string
  subtype: string | null
  parent_id: number | null
  managing_unit_id: number | null
  path: string
  depth: number
  area_type: string | null
  enterprise_size: string | null
  school_level: string | null
  households: number | null
  staff: number | null
  pupils: number | null
  valid_from: string | null
  valid_until: string | null
  row_version: Generated<number>
  created_at: Timestamp
  updated_at: Timestamp
}

export type UnitMergeTable = {
  old_unit_id: number
  new_unit_id: number
  type: string
}

export type AccountTable = {
  id: Generated<number>
  username: string
  full_name: string
  password_hash: string
  roles: string[]
  scope_unit_id: number | null
  active: Generated<boolean>
  last_login_at: NullableTimestamp
  created_at: Timestamp
  /** Created by the demo seeding: outside demo mode it must change its password first. */
  demo: Generated<boolean>
  /** Notification settings (migration 0028, ADR 029). */
  email: ColumnType<string | null, string | null | undefined, string | null>
  phone: ColumnType<string | null, string | null | undefined, string | null>
  notify_in_app: Generated<boolean>
  notify_email: Generated<boolean>
}

export type SessionTable = {
  id: string
  account_id: number
  csrf_token: string
  created_at: Timestamp
  expires_at: Timestamp
  /** The last request, written at most once a minute (idle timeout, ADR 027). */
  last_seen_at: Timestamp
}

export type LoginAttemptTable = {
  id: Generated<number>
  username: string
  ip: string
  success: boolean
  at: Timestamp
}

export type AuditTable = {
  id: Generated<number>
  at: Timestamp
  actor_id: number | null
  actor_name: string
  action: string
  entity: string
  entity_id: string | null
  unit_id: number | null
  unit_path: string | null
  before: Json
  after: Json
  reason: string | null
  /** The HTTP request that wrote the entry (X-Request-Id); null outside a request. */
  request_id: string | null
}

export type PlanTable = {
  id: Generated<number>
  plan_key: string
  version: number
  status: string
  title: string
  issuer_unit_id: number | null
  scope_path: string | null
  definition: RequiredJson
  source_yaml: string | null
  changes: Json
  created_by: string
  created_at: Timestamp
  published_at: NullableTimestamp
  closed_at: NullableTimestamp
  row_version: Generated<number>
}

export type CriteriaSetTable = {
  id: Generated<number>
  set_key: string
  version: number
  title: string
  definition: RequiredJson
  created_by: string
  created_at: Timestamp
}

export type RegistrationTable = {
  id: Generated<number>
  plan_key: string
  plan_id: number
  year: number
  unit_id: number
  unit_path: string
  take_part: Generated<boolean>
  strives_for_antt: Generated<boolean>
  builds_exemplary: Generated<boolean>
  award_forms: ColumnType<unknown, string | undefined, string>
  registered_by: string
  registered_at: Timestamp
  row_version: Generated<number>
}

export type DeadlineExtensionTable = {
  id: Generated<number>
  plan_key: string
  closes: string
  year: number
  unit_ids: Json
  scope_path: string | null
  until: string
  reason: string
  granted_by: string
  granted_at: Timestamp
}

export type ReportTable = {
  id: Generated<number>
  plan_key: string
  plan_id: number
  period_id: string
  unit_id: number
  unit_path: string
  status: string
  figures: ColumnType<unknown, string | undefined, string>
  return_reason: string | null
  updated_by: string
  updated_at: Timestamp
  row_version: Generated<number>
  /** The figures last accepted (kept through a reopening until a replacement counts). */
  accepted_figures: ColumnType<unknown, string | null | undefined, string | null>
  accepted_at: NullableTimestamp
  /** The counted figures were entered late by the plan owner (nhập muộn). */
  late_entry: Generated<boolean>
}

export type ReportHistoryTable = {
  id: Generated<number>
  report_id: number
  at: Timestamp
  actor_name: string
  action: string
  from_status: string | null
  to_status: string
  reason: string | null
}

/** One month's figure of one crime statistic kind for a commune or district (migration 0019). */
export type CrimeStatisticTable = {
  id: Generated<number>
  unit_id: number
  month: string
  kind: string
  value: number
  row_version: Generated<number>
  entered_by: string
  entered_at: Timestamp
}

/** Append-only: every change of a crime statistic, with why when made after the month's lock. */
export type CrimeStatisticHistoryTable = {
  id: Generated<number>
  unit_id: number
  month: string
  kind: string
  before_value: number | null
  after_value: number
  at: Timestamp
  actor_name: string
  after_lock: boolean
  reason: string | null
}

export type EvaluationTable = {
  id: Generated<number>
  unit_id: number
  unit_path: string
  kind: string
  evaluation_year: number
  criteria_set_key: string | null
  criteria_set_version: number | null
  answers: ColumnType<unknown, string | undefined, string>
  // numeric arrives as a string from node-postgres
  self_score: ColumnType<string | null, number | null | undefined, number | null>
  reviewer_score: ColumnType<string | null, number | null | undefined, number | null>
  result: string | null
  decision_number: string | null
  decision_date: string | null
  evidence: ColumnType<unknown, string | undefined, string>
  decided_by: string | null
  updated_at: Timestamp
  row_version: Generated<number>
}

export type TargetValueTable = {
  plan_id: number
  target_id: string
  scope_unit_id: number
  period_id: string
  numerator: number | null
  denominator: number | null
  value: number | null
  status: string | null
  /** Units with no figure for the target's total ("thiếu số liệu"); null: not a total. */
  missing_units: Generated<number | null>
  computed_at: Timestamp
}

// Tables declared in their own files, one per migration group.
type AwardTables = NominationTables & CouncilTables

export type Database = AwardTables &
  InspectionTables &
  AssignmentTables &
  BudgetTables &
  UnitPlanTables &
  UpwardReportTables &
  EventTables &
  UnitStandardTables &
  ActivityTables &
  ModelTables &
  NotificationTables & {
    units: UnitTable
    unit_merges: UnitMergeTable
    accounts: AccountTable
    sessions: SessionTable
    login_attempts: LoginAttemptTable
    audit_log: AuditTable
    plans: PlanTable
    criteria_sets: CriteriaSetTable
    registrations: RegistrationTable
    deadline_extensions: DeadlineExtensionTable
    reports: ReportTable
    report_history: ReportHistoryTable
    evaluations: EvaluationTable
    target_values: TargetValueTable
    crime_statistics: CrimeStatisticTable
    crime_statistic_history: CrimeStatisticHistoryTable
  }

export type UnitRow = Selectable<UnitTable>
export type NewUnitRow = Insertable<UnitTable>
export type AccountRow = Selectable<AccountTable>
export type AuditRow = Selectable<AuditTable>
export type PlanRow = Selectable<PlanTable>
