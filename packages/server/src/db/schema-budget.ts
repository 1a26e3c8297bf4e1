// The budget tables as Kysely sees them (migration 0018). Kept apart from schema.ts so that file
// stays under the size limit; schema.ts intersects BudgetTables.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>
// date columns: read them with to_char (PGlite returns Date, node-postgres text)
type DateColumn = ColumnType<unknown, string, string>

export type BudgetEstimateTable = {
  id: Generated<number>
  plan_key: string
  plan_id: number
  line_id: string
  year: number
  unit_id: number
  unit_path: string
  funding: string
  amount: number
  note: string | null
  status: string
  approving_unit_id: number | null
  return_reason: string | null
  decided_by: string | null
  decided_at: NullableTimestamp
  updated_by: string
  updated_at: Timestamp
  row_version: Generated<number>
}

export type BudgetEstimateHistoryTable = {
  id: Generated<number>
  estimate_id: number
  at: Timestamp
  actor_name: string
  action: string
  from_status: string | null
  to_status: string
  amount: number
  reason: string | null
}

export type BudgetFileTable = {
  id: Generated<number>
  plan_key: string
  unit_id: number
  unit_path: string
  filename: string
  mime: string
  size: number
  sha256: string
  bytes: Uint8Array
  uploaded_by: string
  uploaded_at: Timestamp
}

export type BudgetSpendingTable = {
  id: Generated<number>
  estimate_id: number
  spent_on: DateColumn
  amount: number
  purpose: string
  document_number: string
  document_date: DateColumn
  file_id: number | null
  recorded_by: string
  recorded_at: Timestamp
}

export type BudgetTables = {
  budget_estimates: BudgetEstimateTable
  budget_estimate_history: BudgetEstimateHistoryTable
  budget_files: BudgetFileTable
  budget_spending: BudgetSpendingTable
}
