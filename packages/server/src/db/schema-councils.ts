// The council, decision and recognition tables as Kysely sees them (migration 0005). Kept apart
// from schema.ts so that file stays under the size limit; schema.ts intersects CouncilTables.
import type { ColumnType, Generated, Selectable } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type JsonObject = ColumnType<unknown, string | undefined, string>
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>
// date columns: read them with to_char (PGlite returns Date, node-postgres text)
type DateColumn = ColumnType<unknown, string, string>
type NullableDate = ColumnType<unknown, string | null | undefined, string | null>

export type CouncilTable = {
  id: Generated<number>
  issuer_unit_id: number
  issuer_unit_path: string
  name: string
  issuer_code: string
  rules: JsonObject
  created_by: string
  created_at: Timestamp
  row_version: Generated<number>
}

export type CouncilMemberTable = {
  id: Generated<number>
  council_id: number
  name: string
  position: Generated<string>
  role: string
  sort_order: Generated<number>
  active: Generated<boolean>
}

export type CouncilMeetingTable = {
  id: Generated<number>
  council_id: number
  issuer_unit_path: string
  meeting_date: DateColumn
  place: string
  convened: Generated<number>
  present: Generated<number>
  quorum_met: Generated<boolean>
  status: Generated<string>
  minutes_number: string | null
  created_by: string
  created_at: Timestamp
  row_version: Generated<number>
}

export type MeetingAttendanceTable = { meeting_id: number; member_id: number; present: boolean }

export type MeetingAgendaItemTable = {
  id: Generated<number>
  meeting_id: number
  nomination_id: number
  position: number
}

export type CouncilVoteTable = {
  id: Generated<number>
  meeting_id: number
  nomination_id: number
  convened: number
  present: number
  votes_for: number
  votes_against: number
  passed: boolean
  recorded_by: string
  recorded_at: Timestamp
}

export type DecisionTable = {
  id: Generated<number>
  issuer_unit_id: number
  issuer_unit_path: string
  issuer_code: string
  plan_key: string
  plan_id: number
  year: number
  award_form_id: string
  award_form_name: string
  meeting_id: number | null
  number: string
  decision_date: DateColumn
  signer_name: string
  signer_title: string
  /** The signing block as signed (migration 0029); null for decisions made before it. */
  signer: NullableJson
  status: Generated<string>
  created_by: string
  created_at: Timestamp
  row_version: Generated<number>
}

export type DecisionItemTable = {
  id: Generated<number>
  decision_id: number
  nomination_id: number
  position: number
  status: Generated<string>
}

export type RevocationTable = {
  id: Generated<number>
  decision_id: number
  decision_item_id: number | null
  legal_ground: string
  reason: string
  revoked_by: string
  revoked_at: Timestamp
}

export type DocumentNumberTable = {
  issuer_unit_id: number
  issuer_code: string
  year: number
  kind: string
  next_number: Generated<number>
}

export type IssuedDocumentNumberTable = {
  issuer_unit_id: number
  issuer_code: string
  year: number
  kind: string
  sequence: number
  number: string
  entity: string
  entity_id: number
  issued_by: string
  issued_at: Timestamp
  /** The document's own date (migration 0029); null for numbers taken before it. */
  document_date: NullableDate
  signer: NullableJson
}

/** Signers and legal bases of one issuing body of a unit (migration 0029, ADR 030). */
export type IssuingBodySettingsTable = {
  unit_id: number
  unit_path: string
  body: string
  settings: JsonObject
  updated_by: string
  updated_at: Timestamp
  row_version: Generated<number>
}

export type CertificateLayoutTable = {
  id: Generated<number>
  issuer_unit_id: number
  issuer_unit_path: string
  award_form_id: string
  layout: JsonObject
  updated_by: string
  updated_at: Timestamp
  row_version: Generated<number>
}

export type RecognitionTable = {
  id: Generated<number>
  unit_id: number
  unit_path: string
  kind: string
  year: number
  plan_key: string
  plan_id: number
  route_id: string | null
  evaluator_level: string
  recognizer_level: string
  recognizer_unit_id: number
  recognizer_unit_path: string
  status: string
  status_reason: string | null
  candidate: JsonObject
  evaluation: NullableJson
  decision_number: string | null
  decision_date: NullableDate
  proposed_by: string
  updated_by: string
  updated_at: Timestamp
  row_version: Generated<number>
}

export type RecognitionHistoryTable = {
  id: Generated<number>
  recognition_id: number
  at: Timestamp
  actor_name: string
  action: string
  from_status: string | null
  to_status: string
  reason: string | null
}

export type CouncilTables = {
  councils: CouncilTable
  council_members: CouncilMemberTable
  council_meetings: CouncilMeetingTable
  meeting_attendance: MeetingAttendanceTable
  meeting_agenda_items: MeetingAgendaItemTable
  council_votes: CouncilVoteTable
  decisions: DecisionTable
  decision_items: DecisionItemTable
  revocations: RevocationTable
  document_numbers: DocumentNumberTable
  issued_document_numbers: IssuedDocumentNumberTable
  certificate_layouts: CertificateLayoutTable
  recognitions: RecognitionTable
  recognition_history: RecognitionHistoryTable
  issuing_body_settings: IssuingBodySettingsTable
}

export type CouncilRow = Selectable<CouncilTable>
export type DecisionRow = Selectable<DecisionTable>
export type RecognitionRow = Selectable<RecognitionTable>
