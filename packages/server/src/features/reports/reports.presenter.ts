// Presenter shapes of the reports feature (never raw rows).
import {
  availableReportActions,
  can,
  REPORT_STATUS_LABELS,
  type Actor,
  type ReportAction,
  type ReportContext,
  type ReportForm,
  type ReportStatus,
} from '@antq/core'
import type { UnitRow } from './reports.context'

type ReportRow = {
  id: number
  status: string
  figures: unknown
  return_reason: string | null
  updated_by: string
  updated_at: Date
  row_version: number
  accepted_figures?: unknown
  accepted_at?: Date | null
  late_entry?: boolean
}

/** The unit's own side may report; the managing level above it (never the unit itself) reviews. */
export function rolesOf(actor: Actor, unit: Pick<UnitRow, 'path'>) {
  return {
    unit: can(actor, 'campaign:report', unit.path),
    reviewer: can(actor, 'campaign:review', unit.path) && actor.scopePath !== unit.path,
  }
}

export function actionsFor(
  actor: Actor,
  unit: Pick<UnitRow, 'path'>,
  status: ReportStatus,
  context: Omit<ReportContext, 'reason'>,
): ReportAction[] {
  const roles = rolesOf(actor, unit)
  return [
    ...(roles.unit ? availableReportActions(status, 'unit', context) : []),
    ...(roles.reviewer ? availableReportActions(status, 'reviewer', context) : []),
  ]
}

/** Register totals a new report starts from. */
export function prefilled(form: ReportForm, unit: UnitRow): Record<string, unknown> {
  const register: Record<string, number | null> = {
    'unit.households': unit.households,
    'unit.staff': unit.staff,
    'unit.pupils': unit.pupils,
  }
  const values: Record<string, unknown> = {}
  for (const field of form.fields)
    if (field.origin === 'register' && register[field.id] != null)
      values[field.id] = register[field.id]
  return values
}

export function presentUnit(unit: Pick<UnitRow, 'id' | 'code' | 'name' | 'kind'>) {
  return { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind }
}

export function presentReport(
  unit: UnitRow,
  form: ReportForm,
  row: ReportRow | undefined,
  actions: ReportAction[],
  deadline: string | null,
) {
  const status = (row?.status ?? null) as ReportStatus | null
  return {
    id: row?.id ?? null,
    unit: presentUnit(unit),
    status,
    statusLabel: status ? REPORT_STATUS_LABELS[status] : 'Chưa báo cáo',
    figures: row ? (row.figures as Record<string, unknown>) : prefilled(form, unit),
    returnReason: row?.return_reason ?? null,
    updatedBy: row?.updated_by ?? null,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
    rowVersion: row?.row_version ?? null,
    // The figures last accepted, still counted by the targets while the report is reopened.
    acceptedFigures: (row?.accepted_figures ?? null) as Record<string, unknown> | null,
    acceptedAt: row?.accepted_at ? new Date(row.accepted_at).toISOString() : null,
    /** The counted figures were entered late by the plan owner ("Nhập muộn"). */
    lateEntry: row?.late_entry ?? false,
    deadline,
    actions,
  }
}

export function presentHistory(entry: {
  at: Date
  actor_name: string
  action: string
  from_status: string | null
  to_status: string
  reason: string | null
}) {
  return {
    at: new Date(entry.at).toISOString(),
    actor: entry.actor_name,
    action: entry.action,
    fromStatus: entry.from_status,
    toStatus: entry.to_status,
    reason: entry.reason,
  }
}
