// The nomination tables as Kysely sees them (migration 0004). Kept apart from schema.ts so that
// file stays under the size limit; schema.ts intersects NominationTables into Database.
import type { ColumnType, Generated, Selectable } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>
type JsonObject = ColumnType<unknown, string | undefined, string>
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>

export type NominationTable = {
  id: Generated<number>
  plan_key: string
  plan_id: number
  year: number
  award_form_id: string
  form_group: string
  proposing_unit_id: number
  proposing_unit_path: string
  subject_kind: 'collective' | 'individual'
  subject_id: string
  nominee_unit_id: number | null
  person_name: string | null
  person_position: string | null
  person_role: string | null
  person_birth_year: number | null
  person_unit_id: number | null
  nominee_key: string
  /** A model nominated as itself (migration 0020); its host is nominee_unit_id. */
  model_id: ColumnType<number | null, number | null | undefined, number | null>
  person_facts: JsonObject
  achievement_summary: Generated<string>
  status: string
  status_reason: string | null
  eligible: boolean | null
  eligibility: NullableJson
  submitted_at: NullableTimestamp
  created_by: string
  created_at: Timestamp
  updated_by: string
  updated_at: Timestamp
  row_version: Generated<number>
}

export type NominationHistoryTable = {
  id: Generated<number>
  nomination_id: number
  at: Timestamp
  actor_name: string
  action: string
  from_status: string | null
  to_status: string
  reason: string | null
}

export type DossierFileTable = {
  id: Generated<number>
  nomination_id: number | null
  plan_key: string
  year: number
  award_form_id: string
  proposing_unit_id: number
  unit_path: string
  item_id: string
  filename: string
  mime: string
  size: number
  sha256: string
  bytes: Uint8Array
  uploaded_by: string
  uploaded_at: Timestamp
}

export type AttestationTable = {
  id: Generated<number>
  nomination_id: number
  condition_id: string
  note: Generated<string>
  evidence_file_id: number
  confirmed_by: string
  // a date column: read it with to_char (PGlite returns Date, node-postgres text)
  confirmed_at: string
  recorded_by: string
  recorded_at: Timestamp
}

export type QuotaAllocationTable = {
  id: Generated<number>
  plan_key: string
  year: number
  award_form_id: string
  from_unit_id: number | null
  to_unit_id: number
  to_unit_path: string
  count: number
  note: Generated<string>
  allocated_by: string
  allocated_at: Timestamp
  row_version: Generated<number>
}

export type NominationTables = {
  nominations: NominationTable
  nomination_history: NominationHistoryTable
  dossier_files: DossierFileTable
  attestations: AttestationTable
  quota_allocations: QuotaAllocationTable
}

export type NominationRow = Selectable<NominationTable>
export type DossierFileRow = Selectable<DossierFileTable>
export type QuotaAllocationRow = Selectable<QuotaAllocationTable>
