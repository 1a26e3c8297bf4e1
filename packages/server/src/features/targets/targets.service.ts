// Reading target values: the latest stored values of a scope (computed when missing), and the
// units behind a target's numbers (drill-down), both limited to the actor's subtree.
import {
  AppError,
  can,
  meetsGoal,
  TARGET_STATUS_LABELS,
  targetValueOf,
  vietnamDateOf,
  type Actor,
  type Target,
} from '@antq/core'
import type { Deps } from '../../deps'
import { findUnitCached } from '../units/unit-cache'
import { computePlanTargets } from './targets.compute'
import { queryTarget, yearSpan } from './targets.engine'
import { isInPlanTerritory } from './targets-territory'
import * as repo from './targets.repository'
import { judgeAtScope } from './targets.owed'
import { checkStatedOutOf } from './targets.stated'
import { NOT_APPLICABLE, type PlanContext } from './targets.status'
import { loadYearContext } from './targets-year'
import { readScopeValues } from './targets-read.repository'

/** The scope to show: the one asked for, else the issuer, else the actor's own unit. */
export async function resolveScope(
  deps: Deps,
  actor: Actor,
  context: PlanContext,
  scopeUnitId?: number,
) {
  // Checked per actor on every request (can() is pure); only the unit read is kept.
  const unit = scopeUnitId ? await findUnitCached(deps, scopeUnitId) : context.issuer
  if (!unit) throw new AppError('NOT_FOUND')
  const across = yearSpan(context).acrossReform
  if (!(await isInPlanTerritory(deps.db, context.issuer.path, across, unit.path)))
    throw new AppError('VALIDATION', 'Đơn vị không thuộc phạm vi của kế hoạch')
  if (can(actor, 'campaign:read', unit.path)) return unit
  if (scopeUnitId === undefined && actor.scopePath?.startsWith(unit.path)) {
    const own = await findUnitCached(deps, Number(actor.scopePath.split('.').at(-2)))
    if (own) return own
  }
  throw new AppError('OUT_OF_SCOPE')
}

export function present(
  context: PlanContext,
  target: Target,
  row: repo.TargetValueRow,
  scopeKind?: string,
) {
  const stored = { numerator: row.numerator, denominator: row.denominator }
  // Not applicable with numbers: a contribution below the level owing the target (S4).
  const applies = row.status !== NOT_APPLICABLE || row.numerator !== null
  const { value, status } = judgeAtScope(context, target, applies ? stored : undefined, scopeKind)
  return {
    targetId: target.id,
    source: target.source,
    label: target.label,
    measure: target.measure.type,
    ...value,
    value: status.value,
    comparator: status.goal.comparator,
    threshold: status.goal.threshold,
    due: status.goal.due,
    phase: status.goal.phase,
    expected: status.expected,
    status: status.status,
    statusLabel: TARGET_STATUS_LABELS[status.status],
    reason: status.reason,
    /** Units in scope with no figure for the total ("n đơn vị thiếu số liệu"); null: n/a. */
    missingUnits: row.missing_units ?? null,
  }
}

export async function getPlanTargets(
  deps: Deps,
  actor: Actor,
  planId: number,
  scopeUnitId?: number,
  year?: number,
) {
  const scope = await resolveScope(
    deps,
    actor,
    await loadYearContext(deps, planId, year),
    scopeUnitId,
  )
  // The response is the same for everyone allowed to see the scope: kept until the next write.
  const key = `plan-targets:${planId}:${scope.id}:${year ?? ''}:${vietnamDateOf(deps.now())}`
  return deps.cache.memo(key, () => readPlanTargets(deps, planId, scope.id, year))
}

async function readPlanTargets(deps: Deps, planId: number, scopeId: number, year?: number) {
  // Read again inside the load (from memory when nothing was written), so all it returns comes
  // from the generation the entry is kept under.
  const context = await loadYearContext(deps, planId, year)
  const { today } = context
  const scope = scopeId === context.issuer.id ? context.issuer : await findUnitCached(deps, scopeId)
  if (!scope) throw new AppError('NOT_FOUND')
  const periodId = String(context.year)
  // Values and "data as of" in one statement; computed first only when some are missing.
  const read = () => readScopeValues(deps.db, { planId, planKey: context.key, periodId }, scope)
  let { values: rows, dataAsOf } = await read()
  if (rows.length < context.plan.targets.length) {
    await computePlanTargets(deps, planId, { scopeUnitId: scope.id, year: context.year })
    ;({ values: rows, dataAsOf } = await read())
  }
  const byId = new Map(rows.map((row) => [row.target_id, row]))
  const computedAt = rows.map((row) => row.computed_at.toISOString()).sort()[0] ?? null
  return {
    plan: { id: context.id, key: context.key, title: context.plan.metadata.title },
    year: context.year,
    years: context.years,
    yearsWithData: context.yearsWithData,
    periodId,
    // Statuses are judged on `statusDate`: the real today, so a past year's are final.
    today: vietnamDateOf(deps.now()),
    statusDate: today,
    scope: { id: scope.id, code: scope.code, name: scope.name, kind: scope.kind },
    computedAt,
    dataAsOf,
    items: await Promise.all(
      context.plan.targets.flatMap((target) => {
        const row = byId.get(target.id)
        if (!row) return []
        const shown = present(context, target, row, scope.kind)
        // "19/28 xã": the plan's number kept beside the count, checked against the register.
        return [
          checkStatedOutOf(deps, context, target, scope).then((stated) => ({ ...shown, stated })),
        ]
      }),
    ),
  }
}

/** The units counted by a target under a scope, each with its own share of the numbers. */
export async function drillDownTarget(
  deps: Deps,
  actor: Actor,
  input: {
    planId: number
    targetId: string
    scopeUnitId?: number
    year?: number
    status?: 'met' | 'not_met'
  },
) {
  const context = await loadYearContext(deps, input.planId, input.year)
  const target = context.plan.targets.find((each) => each.id === input.targetId)
  if (!target) throw new AppError('NOT_FOUND')
  const scope = await resolveScope(deps, actor, context, input.scopeUnitId)
  const values = await queryTarget(
    deps,
    context,
    target,
    { rootPath: scope.path, scopeIds: [scope.id] },
    'unit.id',
  )
  const units = await repo.listUnitsByIdsBrief(deps.db, [...values.keys()])
  const items = units.map((unit) => {
    const value = values.get(unit.id) ?? { numerator: null, denominator: null }
    const own = targetValueOf(value)
    const met = unitMeets(target, value, own)
    return {
      unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
      ...value,
      value: own,
      met,
    }
  })
  const filtered = input.status
    ? items.filter((item) => item.met === (input.status === 'met'))
    : items
  return {
    targetId: target.id,
    year: context.year,
    scope: { id: scope.id, name: scope.name },
    total: items.length,
    items: filtered,
  }
}

/** A unit meets a unit-share or count target when it is counted; otherwise by its own value. */
function unitMeets(target: Target, value: { numerator: number | null }, own: number | null) {
  if (target.measure.type === 'unit_share' || target.measure.type === 'count')
    return (value.numerator ?? 0) > 0
  return own !== null && meetsGoal(own, target)
}
