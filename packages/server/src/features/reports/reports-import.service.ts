// Importing an edited report workbook: every row is checked (unit known, in the actor's
// subtree, reporting under the plan and not excluded by it, still a draft and open), every cell against the unit's
// form; any error and nothing is written. Rows save drafts, in one transaction.
import {
  AppError,
  transitionReport,
  validateReport,
  type Actor,
  type ErrorDetail,
  type ReportField,
  type ReportStatus,
} from '@antq/core'
import type { Deps } from '../../deps'
import { cellFigure, readReportWorkbook } from './reports-import.reader'
import {
  assertTakesReportFor,
  assertTakesReports,
  formFor,
  loadPlan,
  reportBarrierOf,
  reportContext,
  resolvePeriod,
  startUnitId,
  type UnitRow,
} from './reports.context'
import { prefilled, rolesOf } from './reports.presenter'
import * as repo from './reports.repository'
import { writeReport } from './reports-record'

const CODE = 'unit_code'

export async function importReports(
  deps: Deps,
  actor: Actor,
  input: { planId: number; periodId: string; dryRun: boolean; fileName: string; bytes: Uint8Array },
) {
  const plan = await loadPlan(deps.db, input.planId)
  assertTakesReports(plan)
  const period = resolvePeriod(plan.plan, input.periodId)
  assertTakesReportFor(deps, plan, period)
  const sheet = await readReportWorkbook(input.fileName, input.bytes)
  if (sheet.records.length === 0)
    throw new AppError('IMPORT_INVALID', 'Tệp không có dòng số liệu nào')
  const version = await repo.unitVersion(deps.db, startUnitId(actor, plan))
  const units = await repo.findUnitsByCodes(
    deps.db,
    version?.version ?? '2025',
    sheet.records.map((record) => record.unitCode).filter(Boolean),
  )
  const byCode = new Map(units.map((unit) => [unit.code, unit]))
  const errors: ErrorDetail[] = []
  const seen = new Set<string>()
  const writes: { unit: UnitRow; figures: Record<string, unknown> }[] = []
  let unchanged = 0
  for (const record of sheet.records) {
    const fail = (column: string, message: string) =>
      errors.push({ row: record.row, column, message })
    const unit = byCode.get(record.unitCode)
    if (!unit) {
      fail(CODE, `Không tìm thấy đơn vị có mã "${record.unitCode}"`)
      continue
    }
    if (seen.has(unit.code)) fail(CODE, `Đơn vị "${unit.code}" xuất hiện nhiều lần trong tệp`)
    seen.add(unit.code)
    const barrier = reportBarrierOf(plan, unit)
    if (barrier) {
      fail(CODE, `${unit.name}: ${barrier}`)
      continue
    }
    const form = formFor(plan, unit)
    if (!form) {
      fail(CODE, `${unit.name} không báo cáo theo kế hoạch này`)
      continue
    }
    const fields = new Map(form.fields.map((field) => [field.id, field]))
    const figures: Record<string, unknown> = {}
    for (const [id, cell] of record.cells) {
      const value = cellFigure(cell)
      if (value === undefined) continue
      const field = fields.get(id)
      if (!field) fail(id, `Ô này không thuộc mẫu báo cáo của ${unit.name}, hãy để trống`)
      else figures[id] = optionValueOf(field, value)
    }
    const existing = await repo.findReport(deps.db, plan.key, period.id, unit.id)
    const current = existing ? (existing.figures as Record<string, unknown>) : prefilled(form, unit)
    if (sameFigures(figures, current)) {
      unchanged += 1
      continue
    }
    if (!rolesOf(actor, unit).unit) {
      fail(CODE, `${unit.name} nằm ngoài phạm vi báo cáo của bạn`)
      continue
    }
    const context = await reportContext(deps, deps.db, plan, period, unit)
    const check = transitionReport((existing?.status ?? 'draft') as ReportStatus, 'save', context)
    if (!check.ok) {
      fail(CODE, `${unit.name}: ${check.error.message}`)
      continue
    }
    for (const issue of validateReport(form, figures, 'draft')) fail(issue.field, issue.message)
    writes.push({ unit, figures })
  }
  if (errors.length > 0 || input.dryRun)
    return {
      ok: errors.length === 0,
      dryRun: input.dryRun,
      changed: writes.length,
      unchanged,
      errors,
    }
  await deps.db.transaction().execute(async (tx) => {
    for (const { unit, figures } of writes) {
      const current = await repo.findReport(tx, plan.key, period.id, unit.id)
      if (current && current.status !== 'draft') throw new AppError('CONFLICT')
      await writeReport(deps, tx, {
        actor,
        plan,
        periodId: period.id,
        unit,
        action: 'save',
        status: 'draft',
        figures,
        reason: null,
      })
    }
  })
  return { ok: true, dryRun: false, changed: writes.length, unchanged, errors }
}

/** An enum cell may hold the label the workbook shows or the option's code. */
function optionValueOf(field: ReportField, value: unknown): unknown {
  if (field.type !== 'enum' || typeof value !== 'string') return value
  const wanted = value.trim().toLocaleLowerCase('vi')
  const option = field.values.find(
    (each) => each.label.toLocaleLowerCase('vi') === wanted || each.value === value.trim(),
  )
  return option?.value ?? value
}

function sameFigures(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null))
}
