// The targets engine: for every target of a published plan and every scope it covers (the
// issuer's unit, each district and commune below it), the fraction computed in SQL — one
// grouped query per target over the facts CTE — then its status from core, stored in
// `target_values` (targets.compute.ts runs it; targets-recompute.ts after a write). A scope
// holding no unit of a target's scope stores it as not applicable (targets.status.ts).
import {
  AppError,
  anttExclusionFormula,
  buildPlanFieldSchema,
  buildTargetFraction,
  CRIME_STATISTICS_PREFIX,
  compileToSql,
  formulaBuilders,
  isMovementField,
  monthsOfPeriod,
  monthsOfYear,
  ownMovementSetOf,
  reportingCalendarOf,
  yearBounds,
  type Plan,
  type Target,
  type TargetValue,
} from '@antq/core'
import type { Deps } from '../../deps'
import { findPlanById } from '../plans/plans.repository'
import { findUnitById } from '../units/units.repository'
import { buildFactsQuery, fieldsOf } from './targets.facts'
import { isAcrossReform } from './targets-territory'
import { campaignYear, type PlanContext } from './targets.status'
import * as repo from './targets.repository'

/** The plan's context for campaign year `year` (default: the year holding today), judged today. */
export async function loadPlanContext(deps: Deps, planId: number, today: string, year?: number) {
  const row = await findPlanById(deps.db, planId)
  if (!row) throw new AppError('NOT_FOUND')
  if (row.status !== 'published' && row.status !== 'closed')
    throw new AppError('VALIDATION', 'Chỉ tính chỉ tiêu của kế hoạch đã ban hành')
  const issuer = row.issuer_unit_id ? await findUnitById(deps.db, row.issuer_unit_id) : undefined
  if (!issuer) throw new AppError('VALIDATION', 'Kế hoạch chưa gắn với đơn vị ban hành')
  const plan = row.definition as Plan
  const context: PlanContext = {
    ...{ id: row.id, key: row.plan_key, plan, issuer },
    ...{ year: year ?? campaignYear(plan, today), today },
  }
  return context
}

type GroupBy = 'scope.id' | 'unit.id'

/**
 * The campaign year's bounds on the plan's reporting calendar (units must exist in it), and
 * what else every facts query of the plan needs: its own movement scale, if it has one.
 */
export function yearSpan(context: PlanContext) {
  const { start, end } = yearBounds(reportingCalendarOf(context.plan), context.year)
  // The year's territory goes with its span: across the reform it reaches the 2025 register.
  const acrossReform = isAcrossReform(context.issuer.version, end)
  const months = monthsOfPeriod(start, end)
  const baselineMonths = baselineMonthsOf(context.plan)
  const movementSet = ownMovementSetOf(context.plan)
  return { yearStart: start, yearEnd: end, acrossReform, months, baselineMonths, movementSet }
}

/**
 * The months of the baseline year the plan's "change against year N" targets compare the
 * statistics with. A field names no year, so such targets of a plan share one baseline year.
 */
function baselineMonthsOf(plan: Plan): string[] {
  const years = new Set(
    plan.targets.flatMap((target) =>
      target.measure.type === 'change_vs_baseline' &&
      target.measure.value.includes(CRIME_STATISTICS_PREFIX)
        ? [target.measure.baselineYear]
        : [],
    ),
  )
  if (years.size > 1)
    throw new AppError(
      'VALIDATION',
      'Các chỉ tiêu so với năm gốc của kế hoạch phải cùng một năm gốc',
    )
  const [year] = years
  return year === undefined ? [] : monthsOfYear(year)
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
