// Computing a plan's targets for one campaign year: every target at every scope under a root
// (the issuer by default), from the units in one batch (targets.batch.ts), judged on today
// (targets.status.ts) and stored. The year defaults to the one holding today; a write path
// recomputes the year it wrote through targets-recompute.ts instead.
import { AppError, vietnamDateOf, type TargetValue } from '@antq/core'
import type { Deps } from '../../deps'
import { findUnitById } from '../units/units.repository'
import { markUnassessedCounts } from './targets.assessed'
import { queryAllTargets } from './targets.batch'
import { loadPlanContext, yearSpan } from './targets.engine'
import { applyPerGroups } from './targets.per'
import * as repo from './targets.repository'
import { isInPlanTerritory, listTerritoryScopes } from './targets-territory'
import { judgeAtScope } from './targets.owed'

export async function computePlanTargets(
  deps: Deps,
  planId: number,
  options: {
    scopeUnitId?: number
    /** The campaign year (default: the one holding `today`). */
    year?: number
    /** The day statuses are judged on (default: the real today; tests fix it). */
    today?: string
    onlyScopeIds?: readonly number[]
  } = {},
) {
  const today = options.today ?? vietnamDateOf(deps.now())
  const context = await loadPlanContext(deps, planId, today, options.year)
  const root = options.scopeUnitId
    ? await findUnitById(deps.db, options.scopeUnitId)
    : context.issuer
  if (!root) throw new AppError('NOT_FOUND')
  const territory = yearSpan(context).acrossReform
  if (!(await isInPlanTerritory(deps.db, context.issuer.path, territory, root.path)))
    throw new AppError('VALIDATION', 'Đơn vị không thuộc phạm vi của kế hoạch')
  const only = options.onlyScopeIds && new Set(options.onlyScopeIds)
  const scopes = (await listTerritoryScopes(deps.db, root, territory)).filter(
    (unit) => !only || only.has(unit.id),
  )
  const scopeIds = scopes.map((unit) => unit.id)
  const rows: repo.TargetValueRow[] = []
  const results = []
  // All targets in one pass over the units (targets.batch.ts).
  const all =
    scopeIds.length === 0
      ? new Map<string, Map<number, TargetValue>>()
      : await queryAllTargets(deps, context, { rootPath: root.path, scopeIds })
  await markUnassessedCounts(deps, context, all, { rootPath: root.path, scopeIds })
  await applyPerGroups(deps, context, all, scopes, new Set(scopeIds))
  for (const target of context.plan.targets) {
    const values = all.get(target.id) ?? new Map<number, TargetValue>()
    for (const scope of scopes) {
      const { value, status } = judgeAtScope(context, target, values.get(scope.id), scope.kind)
      rows.push({
        plan_id: context.id,
        target_id: target.id,
        scope_unit_id: scope.id,
        period_id: String(context.year),
        numerator: value.numerator,
        denominator: value.denominator,
        value: status.value,
        status: status.status,
        missing_units: values.get(scope.id)?.missing ?? null,
      })
      results.push({ target, scope, value, status })
    }
  }
  await repo.saveTargetValues(deps.db, rows)
  return { context, root, scopes, results, rows }
}
