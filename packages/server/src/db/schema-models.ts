// The model register tables as Kysely sees them (migration 0020). Days are ISO text.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json = ColumnType<unknown, string | null | undefined, string | null>

export type ModelBody = 'model' | 'ward_protection_board' | 'self_managed_board'

export type ModelTable = {
  id: Generated<number>
  host_unit_id: number
  body: ModelBody
  name: string
  type_id: string
  members: ColumnType<number, number | undefined>
  started_on: string
  zalo_group: string | null
  status: ColumnType<
    'active' | 'dissolved' | 'replaced',
    'active' | 'dissolved' | 'replaced' | undefined
  >
  ended_on: string | null
  end_reason: string | null
  replaced_by: number | null
  row_version: Generated<number>
  created_by: string
  created_at: Timestamp
  updated_by: string
  updated_at: Timestamp
}

export type ModelSiteTable = { model_id: number; unit_id: number; teams: number }

export type ModelPlanTable = {
  model_id: number
  year: number
  adopted_on: string
  target_count: number
  summary: string
}

export type ModelReviewTable = {
  model_id: number
  year: number
  period: string
  targets_done: number
  targets_total: number
  rating: string
  reviewed_on: string
  note: string
  reviewed_by: string
}

/** Append-only: every change of a model, its plan or a review, with why when one is given. */
export type ModelHistoryTable = {
  id: Generated<number>
  model_id: number
  at: Timestamp
  actor_name: string
  action: string
  before: Json
  after: Json
  reason: string | null
}

export type ModelTables = {
  models: ModelTable
  model_sites: ModelSiteTable
  model_plans: ModelPlanTable
  model_reviews: ModelReviewTable
  model_history: ModelHistoryTable
}
