// Tables of migration 0017 (inspections). Keep in step with migrations/0017-inspections.ts.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** A date column: read as Date (or text on some drivers), written as yyyy-mm-dd. */
type DateColumn = ColumnType<Date | string, string, string>
type NullableDate = ColumnType<Date | string | null, string | null | undefined, string | null>

export type InspectionTable = {
  id: Generated<number>
  plan_key: string
  plan_id: number
  plan_inspection_id: string | null
  issuer_unit_path: string
  year: number
  title: string
  reference: string | null
  period_from: DateColumn
  period_to: DateColumn
  lead_unit_id: number | null
  lead_name: string
  status: Generated<string>
  created_by: string
  created_at: Timestamp
  row_version: Generated<number>
}

export type InspectionMemberTable = {
  id: Generated<number>
  inspection_id: number
  name: string
  position: string
  unit_name: string
  role: string
  sort_order: number
}

export type InspectionUnitTable = {
  id: Generated<number>
  inspection_id: number
  unit_id: number
  unit_path: string
  visited_on: NullableDate
  place: string | null
  representative_name: string | null
  representative_position: string | null
  conclusion: string | null
}

export type InspectionFindingTable = {
  id: Generated<number>
  inspection_unit_id: number
  item_key: string
  item_label: string
  origin: string
  result: string
  note: string
  recorded_by: string
  recorded_at: Timestamp
}

export type InspectionActionTable = {
  id: Generated<number>
  inspection_id: number
  inspection_unit_id: number | null
  what: string
  owner_unit_id: number
  owner_unit_path: string
  due_on: DateColumn
  status: Generated<string>
  assignment_id: number | null
  created_by: string
  created_at: Timestamp
}

export type InspectionHistoryTable = {
  id: Generated<number>
  inspection_id: number
  unit_id: number | null
  actor: string
  action: string
  detail: ColumnType<unknown, string | null, never>
  at: Timestamp
}

export type InspectionTables = {
  inspections: InspectionTable
  inspection_members: InspectionMemberTable
  inspection_units: InspectionUnitTable
  inspection_findings: InspectionFindingTable
  inspection_actions: InspectionActionTable
  inspection_history: InspectionHistoryTable
}
