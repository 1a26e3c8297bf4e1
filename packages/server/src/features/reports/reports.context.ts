// What every report use case needs first: the plan (validated), the period, its deadline and
// the unit, with the rules on which units report under which plan.
import {
  AppError,
  assertPlanTakesWrite,
  findOutsidePlanPeriod,
  buildReportForm,
  defaultPlanYear,
  findReportBarrier,
  findReportingPeriod,
  isInSubtree,
  periodContaining,
  reportDeadlineOf,
  reportingCalendarOf,
  reportingPeriodsOf,
  validatePlan,
  vietnamDateOf,
  type Actor,
  type DeadlineExtension,
  type Plan,
  type ReportContext,
  type ReportForm,
  type ReportingPeriod,
  type UnitKind,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import * as repo from './reports.repository'
import { listExtensions } from './reports-history.repository'
import { toUnitProfile } from '../units/unit-profile'

export type PlanHandle = {
  id: number
  key: string
  status: string
  scopePath: string | null
  issuerUnitId: number | null
  plan: Plan
}
export type UnitRow = NonNullable<Awaited<ReturnType<typeof repo.findUnit>>>

export async function loadPlan(db: Kysely<Database>, id: number): Promise<PlanHandle> {
  const row = await repo.findPlanRow(db, id)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch')
  const checked = validatePlan(row.definition)
  if (!checked.ok) throw new AppError('INTERNAL')
  return {
    id: row.id,
    key: row.plan_key,
    status: row.status,
    scopePath: row.scope_path,
    issuerUnitId: row.issuer_unit_id,
    plan: checked.plan,
  }
}

/** A plan takes reports only once published and until closed. */
export function assertTakesReports(plan: PlanHandle) {
  if (plan.status !== 'published')
    throw new AppError('INVALID_TRANSITION', 'Kế hoạch không ở trạng thái nhận báo cáo')
}

export function today(deps: Deps): string {
  return vietnamDateOf(deps.now())
}

/** The year a page opens on: today's reporting year when the plan runs it, else its latest. */
export function currentYear(plan: Plan, date: string): number {
  const year =
    periodContaining(date, reportingCalendarOf(plan), 'yearly')?.year ?? Number(date.slice(0, 4))
  return defaultPlanYear(plan, year)
}

/** The periods the plan asks reports for (its own dates, else NĐ 09/2019's). */
export function listPeriods(plan: Plan, year: number): ReportingPeriod[] {
  return reportingPeriodsOf(plan, year)
}

export function resolvePeriod(plan: Plan, periodId: string): ReportingPeriod {
  const period = findReportingPeriod(plan, periodId)
  if (!period) throw new AppError('NOT_FOUND', `Kỳ báo cáo "${periodId}" không có trong kế hoạch`)
  const outside = findOutsidePlanPeriod(plan, period.year, period)
  if (outside)
    throw new AppError('OUTSIDE_PLAN_PERIOD', outside, [{ path: 'periodId', message: outside }])
  return period
}

/** A report write for the period is refused outside the plan's period or after the campaign's end. */
export function assertTakesReportFor(deps: Deps, plan: PlanHandle, period: ReportingPeriod) {
  assertPlanTakesWrite(plan.plan, { year: period.year, date: today(deps), period })
}

/** The last day to report for a period (core's reportDeadlineOf). */
export function deadlineOf(plan: Plan, period: ReportingPeriod): string {
  return reportDeadlineOf(plan, period)
}

export async function reportContext(
  deps: Deps,
  db: Kysely<Database>,
  plan: PlanHandle,
  period: ReportingPeriod,
  unit: Pick<UnitRow, 'id' | 'path'>,
): Promise<ReportContext> {
  const rows = await listExtensions(db, plan.key, period.year, period.id, unit.path)
  const extensions: DeadlineExtension[] = rows.map((row) => ({
    unitIds: Array.isArray(row.unit_ids) ? (row.unit_ids as number[]) : null,
    until: String(row.until).slice(0, 10),
    reason: row.reason,
  }))
  return { date: today(deps), deadline: deadlineOf(plan.plan, period), unitId: unit.id, extensions }
}

type ReporterUnit = Pick<UnitRow, 'kind' | 'subtype' | 'school_level' | 'enterprise_size' | 'path'>

/** Why the plan's exclusions keep this unit out of its reports (the rule registration follows). */
export function reportBarrierOf(plan: PlanHandle, unit: ReporterUnit): string | undefined {
  return findReportBarrier(plan.plan, toUnitProfile(unit))
}

/** Refuses a unit the plan excludes as registrations do: VALIDATION, the clause, path `unit`. */
export function assertNotExcluded(plan: PlanHandle, unit: ReporterUnit) {
  const barrier = reportBarrierOf(plan, unit)
  if (barrier) throw new AppError('VALIDATION', barrier, [{ path: 'unit', message: barrier }])
}

/**
 * The form a unit fills; a unit outside the plan's area, excluded by the plan or with nothing to
 * report has none.
 */
export function formFor(plan: PlanHandle, unit: ReporterUnit): ReportForm | null {
  if (plan.scopePath !== null && !isInSubtree(unit.path, plan.scopePath)) return null
  if (reportBarrierOf(plan, unit)) return null
  const form = buildReportForm(plan.plan, unit.kind as UnitKind)
  return form.fields.length > 0 ? form : null
}

export async function loadUnit(db: Kysely<Database>, id: number): Promise<UnitRow> {
  const unit = await repo.findUnit(db, id)
  if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị')
  return unit
}

/** The unit a page starts from: the one asked for, else the actor's own, else the issuer. */
export function startUnitId(actor: Actor, plan: PlanHandle, unitId?: number): number {
  if (unitId !== undefined) return unitId
  const own = actor.scopePath?.split('.').filter(Boolean).at(-1)
  const id = own ? Number(own) : plan.issuerUnitId
  if (!id)
    throw new AppError('VALIDATION', 'Cần chọn đơn vị', [
      { path: 'unitId', message: 'Cần chọn đơn vị' },
    ])
  return id
}
