// The targets engine: for every target of a published plan and every scope it covers (the
// issuer's unit, each district and commune below it), the fraction computed in SQL — one
// grouped query per target over the facts CTE — then its status from core, stored in
// `target_values`. recomputeForUnit redoes only the scopes on one unit's ancestor chain. A
// scope holding no unit of a target's scope stores it as not applicable (targets.status.ts).
import {
  AppError,
  anttExclusionFormula,
  buildPlanFieldSchema,
  buildTargetFraction,
  compileToSql,
  formulaBuilders,
  isMovementField,
  reportingCalendarOf,
  vietnamDateOf,
  yearBounds,
  type Plan,
  type Target,
  type TargetValue,
} from '@antq/core'
import type { Deps } from '../../deps'
import { findPlanById } from '../plans/plans.repository'
import { findUnitById } from '../units/units.repository'
import { queryAllTargets } from './targets.batch'
import { buildFactsQuery, fieldsOf } from './targets.facts'
import { recomputeChain } from './targets.incremental'
import { applyPerGroups } from './targets.per'
import { judgeAtScope } from './targets.owed'
import { campaignYear, dateInYear, type PlanContext } from './targets.status'
import * as repo from './targets.repository'

export async function loadPlanContext(deps: Deps, planId: number, today: string) {
  const row = await findPlanById(deps.db, planId)
  if (!row) throw new AppError('NOT_FOUND')
  if (row.status !== 'published' && row.status !== 'closed')
    throw new AppError('VALIDATION', 'Chỉ tính chỉ tiêu của kế hoạch đã ban hành')
  const issuer = row.issuer_unit_id ? await findUnitById(deps.db, row.issuer_unit_id) : undefined
  if (!issuer) throw new AppError('VALIDATION', 'Kế hoạch chưa gắn với đơn vị ban hành')
  const plan = row.definition as Plan
  const year = campaignYear(plan, today)
  const context: PlanContext = { id: row.id, key: row.plan_key, plan, issuer, year, today }
  return context
}

type GroupBy = 'scope.id' | 'unit.id'

/** The campaign year's bounds on the plan's reporting calendar (units must exist in it). */
export function yearSpan(context: PlanContext) {
  const { start, end } = yearBounds(reportingCalendarOf(context.plan), context.year)
  return { yearStart: start, yearEnd: end }
}
const renumber = (text: string, offset: number) =>
  text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)

// The plan's field schema, built once per loaded plan (every target of a recompute reads it).
const unitFields = new WeakMap<
  Plan,
  ReturnType<typeof buildPlanFieldSchema>['collections'][string]
>()
function unitFieldsOf(plan: Plan) {
  let fields = unitFields.get(plan)
  if (!fields) unitFields.set(plan, (fields = buildPlanFieldSchema(plan).collections.units ?? {}))
  return fields
}

/** A target's fraction, the fields it reads and the rows it counts (its scope, exclusions out). */
export function prepareTarget(context: PlanContext, target: Target) {
  const fraction = buildTargetFraction(target, context.plan)
  if (!fraction.ok)
    throw new AppError('VALIDATION', `Chỉ tiêu ${target.id}: công thức chưa hợp lệ`, [
      ...fraction.errors.map((error) => ({ message: error.message })),
    ])
  const fields = fieldsOf(fraction.numerator)
  if (fraction.denominator) fieldsOf(fraction.denominator, fields)
  if (fraction.missing) fieldsOf(fraction.missing, fields)
  const { allOf, binary, field, negate, num, str } = formulaBuilders
  const filters = [fraction.scope]
  // TT 124 (core's ANTT_EXCLUSION_RULES): units outside the standard are outside its targets,
  // and outside the movement's classes and exemplary units too — QĐ 510 classifies the same
  // bodies TT 124 covers, QĐ 9745 candidates must be ANTT-recognised (S1).
  if ([...fields].some(isMovementField)) filters.push(negate(anttExclusionFormula()))
  // `managedBy: issuer`: only the units the issuer manages itself ("cấp tỉnh quản lý").
  if (target.scope.managedBy === 'issuer')
    filters.push(binary('=', field('unit.managing_id'), num(context.issuer.id)))
  // `managedBy: level`: only the units the judged level manages ("thuộc cấp huyện quản lý"):
  // a district's own agencies, not a commune's school. The plan check ensures `per` is set.
  if (target.scope.managedBy === 'level' && target.scope.per !== null)
    filters.push(binary('=', field('unit.managing_kind'), str(target.scope.per)))
  const where = filters.length === 1 ? fraction.scope : allOf(filters)
  fieldsOf(where, fields)
  const schema = unitFieldsOf(context.plan)
  const typeOf = (name: string) => schema[name]?.type ?? 'number'
  return { target, fraction, fields, where, typeOf }
}

/** A target's numerator and denominator per scope (or per unit), in one grouped query. */
export async function queryTarget(
  deps: Deps,
  context: PlanContext,
  target: Target,
  scope: { rootPath: string; scopeIds: readonly number[] },
  groupBy: GroupBy,
): Promise<Map<number, TargetValue>> {
  const { fraction, fields, where, typeOf } = prepareTarget(context, target)
  const facts = buildFactsQuery({
    fields,
    typeOf,
    planKey: context.key,
    year: context.year,
    rootPath: scope.rootPath,
    scopeIds: scope.scopeIds,
    ...yearSpan(context),
    offset: 0,
  })
  const mapping = { table: 'scoped', columns: facts.columns, where, groupBy }
  const params = [...facts.params]
  const compile = (formula: NonNullable<typeof fraction.missing>) => {
    const compiled = compileToSql(formula, mapping)
    const text = renumber(compiled.sql, params.length)
    params.push(...compiled.params)
    return text
  }
  const numeratorSql = compile(fraction.numerator)
  const join = (alias: string, formula: typeof fraction.missing) =>
    formula ? ` LEFT JOIN (${compile(formula)}) ${alias} ON ${alias}.group_key = n.group_key` : ''
  const joins = join('d', fraction.denominator) + join('m', fraction.missing)
  const text = `${facts.sql}\nSELECT n.group_key AS key, n.value AS numerator,
    ${fraction.denominator ? 'd.value' : 'NULL'} AS denominator,
    ${fraction.missing ? 'm.value' : 'NULL'} AS missing FROM (${numeratorSql}) n${joins}`
  const rows = await repo.runRaw<{
    key: number
    numerator: unknown
    denominator: unknown
    missing: unknown
  }>(deps.db, text, params)
  const num = (value: unknown) => (value === null || value === undefined ? null : Number(value))
  const values = new Map<number, TargetValue>()
  for (const row of rows)
    values.set(Number(row.key), {
      numerator: num(row.numerator),
      denominator: fraction.denominator ? (num(row.denominator) ?? 0) : null,
      ...(fraction.missing ? { missing: num(row.missing) ?? 0 } : {}),
    })
  return values
}

export async function computePlanTargets(
  deps: Deps,
  planId: number,
  options: { scopeUnitId?: number; today?: string; onlyScopeIds?: readonly number[] } = {},
) {
  const today = options.today ?? vietnamDateOf(deps.now())
  const context = await loadPlanContext(deps, planId, today)
  const root = options.scopeUnitId
    ? await findUnitById(deps.db, options.scopeUnitId)
    : context.issuer
  if (!root) throw new AppError('NOT_FOUND')
  if (!root.path.startsWith(context.issuer.path))
    throw new AppError('VALIDATION', 'Đơn vị không thuộc phạm vi của kế hoạch')
  const only = options.onlyScopeIds && new Set(options.onlyScopeIds)
  const scopes = (await repo.listScopeUnits(deps.db, root.path)).filter(
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

/**
 * Recompute the targets of every published plan covering the unit, on its ancestor chain only,
 * for campaign year `year` when given (an evaluation year), else the year holding today.
 */
export async function recomputeForUnit(deps: Deps, unitId: number, today?: string, year?: number) {
  const unit = await findUnitById(deps.db, unitId)
  if (!unit) return 0
  const now = today ?? vietnamDateOf(deps.now())
  let count = 0
  // Only the chain's deepest scope is computed from units; the ones above move by its change.
  for (const plan of await repo.listPlansCovering(deps.db, unit.path)) {
    const definition =
      year === undefined ? null : (await findPlanById(deps.db, plan.id))?.definition
    const at = definition ? dateInYear(definition as Plan, year ?? 0, now) : now
    count += await recomputeChain(deps, plan.id, unit.path, at)
  }
  return count
}
