// The SQL behind the targets engine: one row per unit of the plan's subtree with its register
// data and its facts for the campaign year (registration, evaluations, the latest submitted or
// accepted report), then one row per (scope, unit) for every scope the unit lies in. Target
// formulas are compiled over `scoped` (compileToSql) and grouped by scope or by unit.
import type { Expr, FieldType } from '@antq/core'
import { territorySql } from './targets-territory'
import { recordColumn, recordJoins } from './targets.fact-sources'

/** Fields the system fills, as SQL over the joined tables. */
const SYSTEM_COLUMNS: Readonly<Record<string, string>> = {
  'unit.id': 'u.id',
  'unit.kind': 'u.kind',
  'unit.subtype': 'u.subtype',
  'unit.area': 'u.area_type',
  'unit.school_level': 'u.school_level',
  'unit.enterprise_size': 'u.enterprise_size',
  // Who manages the unit (thuộc thẩm quyền quản lý): its managing unit, else its parent.
  'unit.managing_id': 'coalesce(u.managing_unit_id, u.parent_id)',
  // Its kind (`managedBy: level`), from the `mu` join added only when read — only when the
  // managing unit is one of the unit's own ancestors: "thuộc cấp huyện quản lý" is each
  // district's own units (its UBND's, in its territory), so a unit another district manages
  // is no unit of this district's level (GLOSSARY, ADR 008).
  'unit.managing_kind': "(CASE WHEN u.path LIKE mu.path || '%' THEN mu.kind END)",
  'registration.registered': 'coalesce(rg.take_part, false)',
  'antt.registered': 'coalesce(rg.take_part and rg.strives_for_antt, false)',
  'antt.recognized': "coalesce(ea.result = 'dat' and ea.decision_number is not null, false)",
  'movement.class': 'em.result',
  'movement.score': 'em.reviewer_score::float8',
  // Unknown (null) without a registration or an exemplary evaluation of the year: a count of
  // them is then "no data" (core assessedCountTarget), not a 0 judged as missed.
  'exemplary.registered':
    'CASE WHEN rg.unit_id IS NULL THEN NULL ELSE coalesce(rg.take_part and rg.builds_exemplary, false) END',
  'exemplary.recognized':
    "CASE WHEN ex.unit_id IS NULL THEN NULL ELSE coalesce(ex.result = 'dat' and ex.decision_number is not null, false) END",
  'complexity.type': 'ec.result',
}
/** Register totals, overridden by the figure the unit reports. */
const REGISTER_TOTALS: Readonly<Record<string, string>> = {
  'unit.households': 'u.households',
  'unit.staff': 'u.staff',
  'unit.pupils': 'u.pupils',
}

// The reports that count and their figures: a submitted or accepted report's own, and a
// reopened report's last accepted ones until a replacement is submitted (issue 10, item 5).
const COUNTED_REPORTS = `SELECT unit_id, unit_path, plan_key, period_id,
    CASE WHEN status IN ('submitted', 'accepted') THEN figures ELSE accepted_figures END AS figures
  FROM reports WHERE status IN ('submitted', 'accepted') OR accepted_figures IS NOT NULL`

export type FactsQuery = {
  /** The CTE text (`WITH facts AS (…), scoped AS (…)`), its placeholders numbered from `offset`. */
  sql: string
  params: unknown[]
  /** Field → column of `scoped`, for compileToSql. */
  columns: Record<string, string>
  /** Another CTE `name` of the same facts for the units in `ids` (SQL of an int[]) only. */
  factsOf: (name: string, ids: string) => string
  /** SQL of the path a unit's scopes are read from (a 2025 unit's under the issuer's, ADR 011). */
  pathOf: (path: string) => string
}

/** Every field a formula reads (the `units` collection and server-supplied values left out). */
export function fieldsOf(node: Expr, into = new Set<string>()): Set<string> {
  switch (node.kind) {
    case 'field':
      if (node.name !== 'units' && !node.name.startsWith('target.')) into.add(node.name)
      break
    case 'unary':
      fieldsOf(node.operand, into)
      break
    case 'binary':
      fieldsOf(node.left, into)
      fieldsOf(node.right, into)
      break
    case 'in':
      ;[node.value, ...node.items].forEach((item) => fieldsOf(item, into))
      break
    case 'call':
      node.args.forEach((arg) => fieldsOf(arg, into))
      break
    case 'number':
    case 'string':
    case 'boolean':
      break
  }
  return into
}

const CASTS: Record<FieldType['type'], string> = {
  number: 'float8',
  boolean: 'boolean',
  string: 'text',
  enum: 'text',
}

export function buildFactsQuery(input: {
  fields: Iterable<string>
  typeOf: (field: string) => FieldType['type']
  planKey: string
  year: number
  rootPath: string
  scopeIds: readonly number[]
  /** The campaign year's first and last days: a unit founded after it or dissolved before it is left out. */
  yearStart: string
  yearEnd: string
  /** The calendar months of the campaign year and of the baseline year the statistics read. */
  months: readonly string[]
  baselineMonths: readonly string[]
  /** A legacy issuer's year ending after 1/7/2025: merged communes found in the 2025 register. */
  acrossReform?: boolean
  /**
   * The plan's own movement scale (plan 002's four classes, ADR 025): its `movement.class` is a
   * class given on that set only — a QĐ 510 "yeu" is not the plan's "yeu".
   */
  movementSet?: string | null
  offset: number
}): FactsQuery {
  const params: unknown[] = []
  const p = (value: unknown, cast: string) => {
    params.push(value)
    return `$${input.offset + params.length}::${cast}`
  }
  const columns: Record<string, string> = { 'scope.id': 'scope_id' }
  const selected: string[] = []
  let n = 0
  const add = (field: string, expression: string) => {
    const column = `c${n++}_${field.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 60)
    columns[field] = column
    selected.push(`${expression} AS "${column}"`)
  }
  add('unit.id', 'u.id')
  // Reported figures are taken out of the report's JSON inside its subquery, so the rows it
  // sorts (one per report of the year) carry a few numbers, not the whole document.
  const figures: string[] = []
  for (const field of input.fields) {
    if (field in columns) continue
    const cast = CASTS[input.typeOf(field)]
    const recorded = recordColumn(field)
    if (recorded) {
      add(field, recorded)
      continue
    }
    if (field in SYSTEM_COLUMNS) {
      const column = SYSTEM_COLUMNS[field] ?? 'NULL'
      const own = field.startsWith('movement.') ? input.movementSet : null
      add(
        field,
        own ? `(CASE WHEN em.criteria_set_key = ${p(own, 'text')} THEN ${column} END)` : column,
      )
      continue
    }
    const key = p(field, 'text')
    figures.push(`r.figures->>${key} AS r${figures.length}`)
    const reported = `(CASE WHEN ry.unit_id IS NULL THEN rq.r${figures.length - 1} ELSE ry.figures->>${key} END)`
    if (field in REGISTER_TOTALS)
      add(field, `coalesce(${reported}::float8, ${REGISTER_TOTALS[field] ?? 'NULL'}::float8)`)
    else add(field, `${reported}::${cast}`)
  }
  const rootPath = p(input.rootPath, 'text')
  const territory = territorySql(rootPath, input.acrossReform ?? false)
  // Only the joins the selected fields read: each is a hash join over the whole subtree.
  const reads = (alias: string) =>
    selected.some((column) => new RegExp(`\\b${alias}\\.`).test(column))
  // A placeholder no join reads would have no type: add them only when read.
  const planKey = reads('rg') || reads('ry') ? p(input.planKey, 'text') : ''
  const year = ['rg', 'ry', 'ea', 'em', 'ex', 'ec'].some(reads) ? p(input.year, 'int') : ''
  const evaluation = (alias: string, kind: string) =>
    reads(alias)
      ? `LEFT JOIN evaluations ${alias} ON ${alias}.unit_id = u.id AND ${alias}.kind = '${kind}' AND ${alias}.evaluation_year = ${year}`
      : ''
  const registration = reads('rg')
    ? `LEFT JOIN registrations rg ON rg.unit_id = u.id AND rg.plan_key = ${planKey} AND rg.year = ${year}`
    : ''
  // The unit's submitted or accepted report of the year: its yearly report, else its latest
  // quarterly one. The yearly one is unique per unit (a plain join, no sort of the year's
  // reports); only quarterly reports are sorted, the latest first.
  const report = (only: string) =>
    reads('ry')
      ? `LEFT JOIN (${COUNTED_REPORTS}) ry ON ry.unit_id = u.id AND ry.plan_key = ${planKey}
    AND ry.period_id = ${year}::text
  LEFT JOIN (
    SELECT DISTINCT ON (r.unit_id) r.unit_id, ${figures.join(', ')} FROM (${COUNTED_REPORTS}) r
    WHERE r.plan_key = ${planKey}
      AND r.period_id LIKE ${year}::text || '-%'
      AND ${territory.contains('r.unit_path')} ${only && `AND r.unit_id = ANY(${only})`}
    ORDER BY r.unit_id, r.period_id DESC
  ) rq ON rq.unit_id = u.id`
      : ''
  const yearEnd = p(input.yearEnd, 'date')
  const yearStart = p(input.yearStart, 'date')
  const managing = reads('mu')
    ? 'LEFT JOIN units mu ON mu.id = coalesce(u.managing_unit_id, u.parent_id)'
    : ''
  const records = recordJoins(reads, {
    param: p,
    contains: territory.contains,
    planKey: input.planKey,
    year: input.year,
    yearStart: input.yearStart,
    yearEnd: input.yearEnd,
    months: input.months,
    baselineMonths: input.baselineMonths,
  })
  const body = (only: string) => `
  SELECT ${territory.pathOf('u.path')} AS unit_path, u.parent_id AS unit_parent_id, ${selected.join(',\n    ')}
  FROM units u
  ${managing}
  ${registration}
  ${evaluation('ea', 'antt')}
  ${evaluation('em', 'movement')}
  ${evaluation('ex', 'exemplary')}
  ${evaluation('ec', 'complexity')}
  ${report(only)}
  ${records.map((each) => each.join).join('\n  ')}
  WHERE ${territory.contains('u.path')} ${only && `AND u.id = ANY(${only})`}
    AND (u.valid_from IS NULL OR u.valid_from <= ${yearEnd})
    AND (u.valid_until IS NULL OR u.valid_until >= ${yearStart})`
  // A unit lies in the scopes on its path ("1.5.42."): an equi-join, not a prefix match per pair.
  const ctes = records.map((each) => `${each.cte},\n`).join('')
  const sql = `WITH ${ctes}facts AS NOT MATERIALIZED (${body('')}
), scoped AS NOT MATERIALIZED (
  SELECT s.scope_id, f.* FROM facts f
  CROSS JOIN LATERAL unnest(string_to_array(f.unit_path, '.')) AS a(id)
  JOIN unnest(${p([...input.scopeIds], 'int[]')}) AS s(scope_id) ON s.scope_id::text = a.id
)`
  // The same facts for a few units only (their reports filtered before the sort, too).
  const factsOf = (name: string, ids: string) => `${name} AS NOT MATERIALIZED (${body(ids)})`
  return { sql, params, columns, factsOf, pathOf: territory.pathOf }
}
