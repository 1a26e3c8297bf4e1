// A period's report forms for a unit and its sub-units as one XLSX workbook.
import {
  nameSpreadsheetFile,
  renderReportWorkbook,
  type ReportWorkbookColumn,
} from '@antq/documents'
import { REPORT_STATUS_LABELS, type Actor, type ReportStatus } from '@antq/core'
import type { Deps } from '../../deps'
import { loadPlan, loadUnit, resolvePeriod, startUnitId } from './reports.context'
import { prefilled } from './reports.presenter'
import * as repo from './reports.repository'
import { reportingUnits } from './reports.service'

export async function exportReports(
  deps: Deps,
  actor: Actor,
  input: { planId: number; periodId: string; unitId?: number },
) {
  const plan = await loadPlan(deps.db, input.planId)
  const period = resolvePeriod(plan.plan, input.periodId)
  const start = await loadUnit(deps.db, startUnitId(actor, plan, input.unitId))
  const units = await reportingUnits(deps, plan, start.id)
  const rows = await repo.listReports(
    deps.db,
    plan.key,
    period.id,
    units.map(({ unit }) => unit.id),
  )
  const byUnit = new Map(rows.map((row) => [row.unit_id, row]))
  const columns = new Map<string, ReportWorkbookColumn>()
  for (const { form } of units)
    for (const field of form.fields)
      if (!columns.has(field.id))
        columns.set(field.id, {
          ...{ id: field.id, label: field.label, type: field.type },
          values: field.values,
        })
  const bytes = await renderReportWorkbook({
    title: plan.plan.metadata.title,
    periodLabel: period.label,
    scopeName: start.name,
    columns: [...columns.values()],
    rows: units.map(({ unit, form }) => {
      const row = byUnit.get(unit.id)
      return {
        unitCode: unit.code,
        unitName: unit.name,
        status: row ? REPORT_STATUS_LABELS[row.status as ReportStatus] : 'Chưa báo cáo',
        fields: form.fields.map((field) => field.id),
        values: row ? (row.figures as Record<string, unknown>) : prefilled(form, unit),
      }
    }),
  })
  const title = plan.plan.metadata.title
  return { fileName: nameSpreadsheetFile(['Báo cáo', title, start.name, period.label]), bytes }
}
