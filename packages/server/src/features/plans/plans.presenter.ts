import { availablePlanActions, PLAN_STATUS_LABELS, type Plan, type PlanStatus } from '@antq/core'
import type { PlanRow } from '../../db/schema'

type PlanHeader = Pick<
  PlanRow,
  | 'id'
  | 'plan_key'
  | 'version'
  | 'status'
  | 'title'
  | 'issuer_unit_id'
  | 'created_by'
  | 'created_at'
  | 'published_at'
  | 'closed_at'
  | 'row_version'
> & {
  issuer_name: string
  kind: string | null
  document_number: { sequence: number | null; symbol: string } | null
  document_date: string | null
}

export function presentPlanSummary(row: PlanHeader) {
  const status = row.status as PlanStatus
  return {
    id: row.id,
    key: row.plan_key,
    version: row.version,
    status,
    statusLabel: PLAN_STATUS_LABELS[status],
    title: row.title,
    kind: row.kind,
    issuerName: row.issuer_name,
    /** Number and symbol, e.g. { sequence: 860, symbol: "KH-UBND" }; sequence null when left blank. */
    documentNumber: row.document_number,
    /** yyyy-mm-dd, or yyyy-mm / yyyy when the copy leaves parts blank. */
    documentDate: row.document_date,
    issuerUnitId: row.issuer_unit_id,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    rowVersion: row.row_version,
    actions: availablePlanActions(status),
  }
}
export type PlanSummary = ReturnType<typeof presentPlanSummary>

export function presentPlan(
  row: PlanHeader & { definition: unknown; changes?: unknown },
  versions: PlanHeader[],
) {
  return {
    ...presentPlanSummary(row),
    definition: row.definition as Plan,
    changes: (row.changes ?? []) as unknown[],
    versions: versions.map(presentPlanSummary),
  }
}
export type PlanView = ReturnType<typeof presentPlan>
