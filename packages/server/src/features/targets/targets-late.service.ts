// Late units to chase on the dashboard: in a scope, who has not registered by the deadline and
// whose report for a period (the latest closed one by default) is missing or not submitted, with
// the managing unit, days late and a count per direct sub-unit of the scope; and which reports
// upward (a plan's reporting obligations) are past their date and not sent, and who owes them.
import {
  AppError,
  pathIds,
  planDeadlineFor,
  UNIT_KIND_LABELS,
  vietnamDateOf,
  type Actor,
  type PlanStatus,
  type UnitKind,
} from '@antq/core'
import type { Deps } from '../../deps'
import { findLateEvents } from '../events/events-late'
import { listExtensions } from '../registrations/registrations-extensions.repository'
import type { PlanContext as RegistrationContext } from '../registrations/registrations.context'
import { listSubtreeUnits, type RegistrantRow } from '../registrations/registrations.repository'
import { loadPlan } from '../reports/reports.context'
import { findLateUpwardReports } from '../upward-reports/upward-reports-late'
import { listManagingUnits } from './targets-dashboard.repository'
import {
  closedPeriods,
  findLateRegistrations,
  findLateReports,
  type LateUnit,
} from './targets-late'
import { resolveScope } from './targets.service'
import { loadYearContext } from './targets-year'

const MAX_LISTED = 2000

const unitRef = (unit: Pick<RegistrantRow, 'id' | 'code' | 'name' | 'kind'>) => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  kind: unit.kind,
  kindLabel: UNIT_KIND_LABELS[unit.kind as UnitKind] ?? unit.kind,
})

/** How many late units lie under each direct sub-unit of the scope (the scope itself included). */
function countBySubUnit(late: readonly LateUnit[], units: readonly RegistrantRow[]) {
  const root = units[0]
  if (!root) return []
  const depth = pathIds(root.path).length
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const counts = new Map<number, number>()
  for (const { unit } of late) {
    const key = pathIds(unit.path)[depth] ?? root.id
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts.entries()].flatMap(([id, count]) => {
    const unit = byId.get(id)
    return unit ? [{ unit: unitRef(unit), count }] : []
  })
}

async function present(deps: Deps, late: LateUnit[], units: readonly RegistrantRow[]) {
  const listed = [...late]
    .sort((a, b) => b.daysLate - a.daysLate || a.unit.path.localeCompare(b.unit.path))
    .slice(0, MAX_LISTED)
  const managers = await listManagingUnits(
    deps.db,
    listed.map((row) => row.unit.id),
  )
  const managerOf = new Map(managers.map((row) => [row.id, row]))
  return {
    total: late.length,
    bySubUnit: countBySubUnit(late, units),
    items: listed.map((row) => {
      const manager = managerOf.get(row.unit.id)
      return {
        unit: unitRef(row.unit),
        managingUnit: manager?.managing_id
          ? { id: manager.managing_id, code: manager.managing_code, name: manager.managing_name }
          : null,
        closedOn: row.closedOn,
        daysLate: row.daysLate,
        status: row.status,
        returnReason: row.returnReason,
        ...(row.obligation ? { obligation: row.obligation } : {}),
      }
    }),
  }
}

export async function listLateUnits(
  deps: Deps,
  actor: Actor,
  input: { planId: number; scopeUnitId?: number; year?: number; periodId?: string },
) {
  const context = await loadYearContext(deps, input.planId, input.year)
  const scope = await resolveScope(deps, actor, context, input.scopeUnitId)
  const plan = await loadPlan(deps.db, input.planId)
  const today = vietnamDateOf(deps.now())
  const registration: RegistrationContext = {
    ...{ id: plan.id, key: plan.key, status: plan.status as PlanStatus, plan: plan.plan },
    ...{ issuerPath: plan.scopePath, year: context.year, today },
    extensions: await listExtensions(deps.db, plan.key, 'registration', context.year),
  }
  const units = await listSubtreeUnits(deps.db, scope.path)
  const periods = closedPeriods(plan, context.year, today)
  const period = input.periodId ? periods.find((each) => each.id === input.periodId) : periods[0]
  if (input.periodId && !period)
    throw new AppError('VALIDATION', `Kỳ báo cáo "${input.periodId}" chưa đến hạn hoặc không có`, [
      { path: 'periodId', message: 'Chọn một kỳ báo cáo đã hết hạn nộp' },
    ])
  const lateRegistrations = await findLateRegistrations(deps, registration, units, scope.path)
  const lateReports = period
    ? await findLateReports(deps, { plan, context: registration, period, units })
    : []
  const lateUpward = await findLateUpwardReports(deps, {
    ...{ plan, year: context.year, today, units },
  })
  return {
    year: context.year,
    today,
    scope: unitRef(scope),
    registration: {
      deadline: planDeadlineFor(plan.plan, 'registration', context.year),
      ...(await present(deps, lateRegistrations, units)),
    },
    report: {
      period: period ? { id: period.id, label: period.label, deadline: period.deadline } : null,
      periods: periods.map((each) => ({ id: each.id, label: each.label, deadline: each.deadline })),
      ...(await present(deps, lateReports, units)),
    },
    upwardReports: await present(deps, lateUpward, units),
    // Units that have not held a plan's event (Ngày hội, forum) by its window's end (ADR 021).
    events: await present(
      deps,
      await findLateEvents(deps, { plan, year: context.year, today, units }),
      units,
    ),
  }
}
