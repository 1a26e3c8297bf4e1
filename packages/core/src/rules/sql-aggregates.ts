// Many formulas in one grouped query: each formula that is one aggregate call over the units
// (count, sum, min, max) becomes one select-list expression whose FILTER carries the formula's
// own row filter. A query can then compute every target of a plan in one scan of its facts,
// grouped by any key, instead of one scan per target.
import { AppError } from '../errors/app-error'
import { isAggregateName, type Expr } from './ast'
import { createSqlCompiler, type SqlMapping } from './sql-compiler'

/** How per-group values of an aggregate combine into a larger group's: the aggregate to re-apply. */
export type Rollup = 'sum' | 'min' | 'max'

const ROLLUPS: Readonly<Record<string, Rollup>> = {
  count: 'sum',
  sum: 'sum',
  min: 'min',
  max: 'max',
}

/** The rollup of a formula that is one count/sum/min/max call over `collection`, else null. */
export function rollupOf(node: Expr, collection = 'units'): Rollup | null {
  if (node.kind !== 'call' || !isAggregateName(node.name)) return null
  const [first] = node.args
  if (first?.kind !== 'field' || first.name !== collection) return null
  return ROLLUPS[node.name] ?? null
}

export type FilteredAggregates = {
  /** The row filter itself (`TRUE` when none), for a WHERE over several such groups. */
  where: string
  /** `count(*) FILTER (WHERE where)`: the rows the formulas read (0: the group has none). */
  rows: string
  /** One expression per formula, in the order given. */
  values: string[]
}

/**
 * Compile formulas sharing one row filter to select-list expressions (no SELECT, no FROM), each
 * `where` folded into the aggregate's FILTER; parameters are appended to `params`.
 * Throws AppError VALIDATION when a formula is not one rollup-able aggregate call.
 * @example compileFilteredAggregates([parse('count(units, antt.recognized)')], { table: 'f', columns, where }, params)
 * // { rows: 'count(*) FILTER (WHERE <where>)', values: ['count(*) FILTER (WHERE (<where>) AND ("c3"))'] }
 */
export function compileFilteredAggregates(
  formulas: readonly Expr[],
  mapping: Omit<SqlMapping, 'groupBy'>,
  params: unknown[],
): FilteredAggregates {
  const { compile } = createSqlCompiler(mapping, params)
  const collection = mapping.collection ?? 'units'
  const where = mapping.where ? compile(mapping.where, true) : 'TRUE'
  const values = formulas.map((formula) => {
    if (formula.kind !== 'call' || rollupOf(formula, collection) === null)
      throw new AppError('VALIDATION', 'Công thức không phải một hàm tổng hợp cộng dồn được')
    const body = formula.args[1] ? compile(formula.args[1], true) : undefined
    switch (formula.name) {
      case 'count':
        return `count(*) FILTER (WHERE (${where}) AND (${body ?? 'TRUE'}))`
      case 'sum':
        return `COALESCE(sum((${body ?? '1'})::float8) FILTER (WHERE ${where}), 0)`
      case 'min':
      case 'max':
        return `${formula.name}((${body ?? 'NULL'})::float8) FILTER (WHERE ${where})`
      case 'share':
      case 'if':
        throw new AppError('VALIDATION', `Hàm ${formula.name} không cộng dồn được`)
    }
  })
  return { where, rows: `count(*) FILTER (WHERE ${where})`, values }
}
