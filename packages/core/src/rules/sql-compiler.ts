// Compile a formula to one parameterised PostgreSQL query over a units table, so a target can
// be computed over thousands of units at once. Every literal and every scalar value becomes a
// $n parameter; only column and table names (given by server code, checked) enter the text.
import { AppError } from '../errors/app-error'
import { isAggregateName, numberLiteralValue, type CallExpr, type Expr, type Value } from './ast'

export type SqlMapping = {
  /** The table (or CTE) holding one row per unit; a trusted identifier such as `units`. */
  table: string
  /** The collection name formulas use for those rows; `units` unless told. */
  collection?: string
  /** Row field → column name, e.g. `{ 'antt.recognized': 'antt_recognized' }`. */
  columns: Readonly<Record<string, string>>
  /** Scalar fields outside aggregates → values sent as parameters. */
  values?: Readonly<Record<string, Value>>
  /** A row filter (e.g. a target's scope), compiled in row scope into WHERE. */
  where?: Expr
  /** A row field to group by; the query then returns one (group_key, value) per group. */
  groupBy?: string
}
export type CompiledSql = { sql: string; params: unknown[] }

const SAFE_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/
const SQL_OPERATORS: Record<string, string> = {
  '=': '=',
  '!=': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
}

/**
 * The compiler behind compileToSql, appending parameters to `params` (shared by every
 * expression of one query). `compile(node, inRow)`: inRow compiles in row scope (a WHERE).
 */
export function createSqlCompiler(mapping: SqlMapping, params: unknown[]) {
  const collection = mapping.collection ?? 'units'
  const param = (value: unknown, cast: string): string => {
    params.push(value)
    return `$${params.length}::${cast}`
  }
  const column = (field: string): string => {
    const name = mapping.columns[field]
    if (name === undefined) throw invalid(`Trường '${field}' chưa được ánh xạ sang cột dữ liệu`)
    return quoteIdentifier(name)
  }

  const compile = (node: Expr, inRow: boolean): string => {
    switch (node.kind) {
      case 'number':
        return param(numberLiteralValue(node), 'float8')
      case 'string':
        return param(node.value, 'text')
      case 'boolean':
        return param(node.value, 'boolean')
      case 'field':
        return compileField(node.name, inRow)
      case 'unary':
        return node.op === 'not'
          ? `(NOT ${compile(node.operand, inRow)})`
          : `(-${compile(node.operand, inRow)})`
      case 'in':
        return `(${compile(node.value, inRow)} IN (${node.items.map((item) => compile(item, inRow)).join(', ')}))`
      case 'call':
        return compileCall(node, inRow)
      case 'binary': {
        const left = compile(node.left, inRow)
        const right = compile(node.right, inRow)
        if (node.op === 'and' || node.op === 'or')
          return `(${left} ${node.op.toUpperCase()} ${right})`
        if (node.op === '/') return `((${left})::float8 / NULLIF((${right})::float8, 0))`
        return `(${left} ${SQL_OPERATORS[node.op] ?? node.op} ${right})`
      }
    }
  }

  const compileField = (name: string, inRow: boolean): string => {
    if (inRow && name in mapping.columns) return column(name)
    if (mapping.values && name in mapping.values) {
      const value = mapping.values[name] ?? null
      if (value === null) return 'NULL'
      return param(
        value,
        typeof value === 'number' ? 'float8' : typeof value === 'boolean' ? 'boolean' : 'text',
      )
    }
    if (name in mapping.columns)
      throw invalid(`Trường '${name}' của từng đơn vị phải nằm trong hàm tổng hợp`)
    throw invalid(`Trường '${name}' không có giá trị khi tính bằng SQL`)
  }

  const compileCall = (node: CallExpr, inRow: boolean): string => {
    const [first, second, third] = node.args
    const args = node.args.map((arg) => () => compile(arg, inRow))
    if (node.name === 'if' && first && second && third)
      return `(CASE WHEN ${compile(first, inRow)} THEN ${compile(second, inRow)} ELSE ${compile(third, inRow)} END)`
    const isAggregate =
      first?.kind === 'field' && first.name === collection && isAggregateName(node.name)
    if (!isAggregate) {
      if (node.name !== 'min' && node.name !== 'max')
        throw invalid(`Hàm ${node.name} cần tập hợp '${collection}'`)
      return `${node.name === 'min' ? 'LEAST' : 'GREATEST'}(${args.map((compileArg) => compileArg()).join(', ')})`
    }
    if (inRow) throw invalid('Không được lồng hàm tổng hợp trong hàm tổng hợp')
    const body = second ? compile(second, true) : undefined
    switch (node.name) {
      case 'count':
        return body ? `(count(*) FILTER (WHERE ${body}))::int` : 'count(*)::int'
      case 'share':
        return `((count(*) FILTER (WHERE ${body ?? 'TRUE'}))::float8 / NULLIF(count(*), 0)::float8)`
      case 'sum':
        return `COALESCE(sum((${body ?? '1'})::float8), 0)`
      case 'min':
      case 'max':
        return `${node.name}((${body ?? 'NULL'})::float8)`
      case 'if':
        throw invalid('Hàm if cần đúng 3 đối số')
    }
  }

  return { compile, column }
}

/**
 * Compile to `SELECT <formula> AS value FROM <table> [WHERE …] [GROUP BY …]`.
 * Throws AppError VALIDATION for an unmapped field or an unsafe identifier.
 * @example compileToSql(parse('share(units, antt.recognized) >= 95%'), { table: 'units', columns: { 'antt.recognized': 'antt_recognized' } })
 * // { sql: 'SELECT (((count(*) FILTER (WHERE "antt_recognized"))::float8 / NULLIF(count(*), 0)::float8) >= $1::float8) AS value FROM "units"', params: [0.95] }
 */
export function compileToSql(ast: Expr, mapping: SqlMapping): CompiledSql {
  const params: unknown[] = []
  const { compile, column } = createSqlCompiler(mapping, params)
  const value = compile(ast, false)
  // Without an aggregate the formula is one scalar: selecting it FROM the table would give one
  // row per unit, and none for an empty table.
  if (mapping.groupBy === undefined && !hasAggregate(ast, mapping.collection ?? 'units'))
    return { sql: `SELECT ${value} AS value`, params }
  const where = mapping.where ? ` WHERE ${compile(mapping.where, true)}` : ''
  const table = quoteIdentifier(mapping.table)
  if (mapping.groupBy === undefined)
    return { sql: `SELECT ${value} AS value FROM ${table}${where}`, params }
  const key = column(mapping.groupBy)
  const sql = `SELECT ${key} AS group_key, ${value} AS value FROM ${table}${where} GROUP BY ${key} ORDER BY ${key}`
  return { sql, params }
}

function hasAggregate(node: Expr, collection: string): boolean {
  switch (node.kind) {
    case 'unary':
      return hasAggregate(node.operand, collection)
    case 'binary':
      return hasAggregate(node.left, collection) || hasAggregate(node.right, collection)
    case 'in':
      return [node.value, ...node.items].some((item) => hasAggregate(item, collection))
    case 'call': {
      const first = node.args[0]
      if (isAggregateName(node.name) && first?.kind === 'field' && first.name === collection)
        return true
      return node.args.some((arg) => hasAggregate(arg, collection))
    }
    case 'number':
    case 'string':
    case 'boolean':
    case 'field':
      return false
  }
}

function quoteIdentifier(name: string): string {
  if (!SAFE_IDENTIFIER.test(name)) throw invalid(`Tên bảng hoặc cột không hợp lệ: '${name}'`)
  return `"${name}"`
}

function invalid(message: string): AppError {
  return new AppError('VALIDATION', message)
}
