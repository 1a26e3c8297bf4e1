// The independent check's own machinery (issue 10 item 8): one row of facts per unit read
// straight from the raw tables, each target's per-unit SQL (plan-00N.sql.ts) summed over every
// scope the engine stores, and the status judged from the threshold typed from the plan's text.
// Nothing here reads the engine, core's formula compiler or the plan YAML's formulas.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../src/db/schema'

export type Comparator = '>=' | '>' | '=' | '<' | '<='
export type Status = 'met' | 'missed' | 'no_data' | 'not_applicable'

/**
 * A target written from its clause. `share`: Σnumerator / Σdenominator over the units whose
 * denominator is known (a null denominator is a unit "thiếu số liệu", counted in `missing`,
 * S2); `count` and `sum`: Σnumerator, with no value when no unit of the population `hasData`.
 */
export type TargetSpec = {
  id: string
  kind: 'share' | 'count' | 'sum'
  /** SQL predicate over the facts row `f`: the units the clause counts. */
  population: string
  /** SQL number per unit (null counts 0). */
  numerator: string
  /** SQL number per unit for a share; null: the unit has no figure for it (S2). */
  denominator?: string
  /** For count and sum: the unit holds the data the count reads (S6: none at all is no_data). */
  hasData?: string
  comparator: Comparator
  /** A fraction for a percentage (0.95), else the count. */
  threshold: number
  /**
   * S4, a level's own obligation: `issuer` ("toàn tỉnh ít nhất 16", "19/28 xã") is judged only
   * at the issuer's scope; `district` ("mỗi huyện ít nhất 01 xã") at each district, and above
   * it as the districts meeting it over the districts it applies to (all must). Below the level
   * the scope shows its contribution with `not_applicable`.
   */
  level?: 'issuer' | 'district'
}

export type Expected = {
  numerator: number | null
  denominator: number | null
  value: number | null
  status: Status
  /** Units of the population with no figure for the denominator (S2, "thiếu số liệu"). */
  missing: number
}
export type Scope = { id: number; kind: string; path: string; name: string }

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`

/**
 * The facts of every unit existing in `year` under `rootPath` (a SELECT): its register data, its
 * registration and evaluations of the year, and its counted report — the yearly one, else its
 * latest period of the year, submitted or accepted.
 */
export function factsQuery(planKey: string, year: number, rootPath: string): string {
  const plan = quote(planKey)
  const evaluation = (alias: string, kind: string) =>
    `LEFT JOIN evaluations ${alias} ON ${alias}.unit_id = u.id AND ${alias}.kind = '${kind}' AND ${alias}.evaluation_year = ${year}`
  return `SELECT u.id, u.path, u.kind, u.subtype, u.school_level, u.enterprise_size, u.area_type,
    u.households, u.staff, u.pupils,
    m.kind AS managed_by_kind, m.id AS managed_by_id,
    rg.unit_id IS NOT NULL AS has_registration,
    coalesce(rg.take_part, false) AS registered,
    coalesce(rg.take_part AND rg.strives_for_antt, false) AS antt_registered,
    coalesce(rg.take_part AND rg.builds_exemplary, false) AS exemplary_registered,
    coalesce(ea.result = 'dat' AND ea.decision_number IS NOT NULL, false) AS antt_recognized,
    em.result AS movement_class, em.criteria_set_key AS movement_set,
    ex.unit_id IS NOT NULL AS exemplary_assessed,
    coalesce(ex.result = 'dat' AND ex.decision_number IS NOT NULL, false) AS exemplary_recognized,
    ec.unit_id IS NOT NULL AS complexity_assessed, ec.result AS complexity,
    rp.figures AS rep
  FROM units u
  LEFT JOIN units m ON m.id = coalesce(u.managing_unit_id, u.parent_id)
  LEFT JOIN registrations rg ON rg.unit_id = u.id AND rg.plan_key = ${plan} AND rg.year = ${year}
  ${evaluation('ea', 'antt')}
  ${evaluation('em', 'movement')}
  ${evaluation('ex', 'exemplary')}
  ${evaluation('ec', 'complexity')}
  LEFT JOIN (
    SELECT DISTINCT ON (r.unit_id) r.unit_id, r.figures FROM reports r
    WHERE r.plan_key = ${plan} AND r.status IN ('submitted', 'accepted')
      AND (r.period_id = '${year}' OR r.period_id LIKE '${year}-%')
    ORDER BY r.unit_id, (r.period_id = '${year}') DESC, r.period_id DESC
  ) rp ON rp.unit_id = u.id
  WHERE u.path LIKE ${quote(rootPath)} || '%'
    AND (u.valid_from IS NULL OR u.valid_from <= '${year}-12-31')
    AND (u.valid_until IS NULL OR u.valid_until >= '${year}-01-01')`
}

/** A reported figure of the unit's counted report, as a number (null when not reported). */
export const num = (field: string) => `((f.rep->>${quote(field)})::float8)`
/** A reported yes/no figure (null when not reported). */
export const bool = (field: string) => `((f.rep->>${quote(field)})::boolean)`
/** Reported, else the register's figure (S2: each term on its own). */
export const term = (field: string, register: string) => `coalesce(${num(field)}, f.${register})`
/** S2: a total of terms, an empty term 0, null only when every term is empty. */
export const total = (...terms: string[]) =>
  `(CASE WHEN ${terms.map((each) => `${each} IS NULL`).join(' AND ')} THEN NULL ELSE ${terms
    .map((each) => `coalesce(${each}, 0)`)
    .join(' + ')} END)`
/** 1 when the condition holds, else 0 (a unit-share or count numerator). */
export const one = (condition: string) => `(CASE WHEN ${condition} THEN 1 ELSE 0 END)`

/**
 * S1: TT 124 Art. 1–2 (and QĐ 510, QĐ 9745 over the same bodies): the province and district
 * units themselves, religious organisations, armed-forces agencies, small and micro
 * enterprises, primary schools, kindergartens and crèches are outside ANTT, the movement's
 * classification and the exemplary route.
 */
export const OUTSIDE_TT124 = `(f.kind IN ('province', 'district')
  OR (f.kind = 'organisation' AND f.subtype IS NOT DISTINCT FROM 'religious')
  OR (f.kind = 'agency' AND f.subtype IS NOT DISTINCT FROM 'armed_forces')
  OR (f.kind = 'enterprise' AND f.enterprise_size IN ('small', 'micro'))
  OR (f.kind = 'school' AND f.school_level IN ('primary', 'kindergarten', 'creche')))`
export const kinds = (...list: string[]) => `f.kind IN (${list.map(quote).join(', ')})`

/** The scopes the engine stores values for: the issuer and every district and commune under it. */
export async function listScopes(db: Kysely<Database>, rootPath: string): Promise<Scope[]> {
  const rows = await sql<Scope>`SELECT id, kind, path, name FROM units
    WHERE path LIKE ${rootPath} || '%' AND (path = ${rootPath} OR kind IN ('province', 'district', 'commune'))`.execute(
    db,
  )
  return rows.rows
}

type Sums = { scope_id: number; units: number; num: number; den: number; missing: number }
type Walked = Sums & { num_all: number; with_data: number }

/** One target's sums at every scope (`facts`: the table holding factsQuery's rows). */
export async function walkTarget(
  db: Kysely<Database>,
  facts: string,
  rootPath: string,
  spec: TargetSpec,
): Promise<Map<number, Walked>> {
  const text = `WITH f AS (SELECT * FROM ${facts}),
  p AS MATERIALIZED (SELECT f.path, (${spec.numerator})::float8 AS num, (${spec.denominator ?? 'NULL'})::float8 AS den,
    coalesce((${spec.hasData ?? 'false'})::boolean, false) AS has FROM f WHERE ${spec.population}),
  s AS (SELECT id, path FROM units WHERE path LIKE ${quote(rootPath)} || '%'
    AND (path = ${quote(rootPath)} OR kind IN ('province', 'district', 'commune')))
  SELECT s.id AS scope_id, count(p.path)::int AS units,
    coalesce(sum(coalesce(p.num, 0)) FILTER (WHERE p.den IS NOT NULL), 0)::float8 AS num,
    coalesce(sum(p.den), 0)::float8 AS den,
    (count(p.path) FILTER (WHERE p.den IS NULL))::int AS missing,
    coalesce(sum(coalesce(p.num, 0)), 0)::float8 AS num_all,
    (count(p.path) FILTER (WHERE p.has))::int AS with_data
  FROM s LEFT JOIN p ON p.path LIKE s.path || '%' GROUP BY s.id`
  const rows = await sql.raw<Walked>(text).execute(db)
  return new Map(rows.rows.map((row) => [Number(row.scope_id), normalise(row)]))
}

const normalise = (row: Walked): Walked => ({
  scope_id: Number(row.scope_id),
  units: Number(row.units),
  num: Number(row.num),
  den: Number(row.den),
  missing: Number(row.missing),
  num_all: Number(row.num_all),
  with_data: Number(row.with_data),
})

const EPSILON = 1e-9
export function meets(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= threshold - EPSILON
    case '>':
      return value > threshold + EPSILON
    case '<=':
      return value <= threshold + EPSILON
    case '<':
      return value < threshold - EPSILON
    case '=':
      return Math.abs(value - threshold) <= EPSILON
  }
}

const NONE: Expected = {
  numerator: null,
  denominator: null,
  value: null,
  status: 'not_applicable',
  missing: 0,
}

/** A scope's own numbers (no S4 level rule), judged as final (S6: the year is over). */
function ownValue(spec: TargetSpec, sums: Walked | undefined): Expected {
  if (!sums || sums.units === 0) return NONE
  if (spec.kind === 'share') {
    const value = sums.den > 0 ? sums.num / sums.den : null
    const status = value === null ? 'no_data' : judge(spec, value)
    return { numerator: sums.num, denominator: sums.den, value, status, missing: sums.missing }
  }
  // S5: a count (or a reported sum) is the number itself, no denominator.
  const value = sums.with_data > 0 ? sums.num_all : null
  const status = value === null ? 'no_data' : judge(spec, value)
  // Its units "thiếu số liệu": those holding none of the data it counts.
  return {
    numerator: value,
    denominator: null,
    value,
    status,
    missing: sums.units - sums.with_data,
  }
}
const judge = (spec: TargetSpec, value: number): Status =>
  meets(value, spec.comparator, spec.threshold) ? 'met' : 'missed'

/** Every scope's expected numbers and status for one target (S4 levels applied). */
export function expectTarget(
  spec: TargetSpec,
  walked: Map<number, Walked>,
  scopes: readonly Scope[],
  issuerId: number,
): Map<number, Expected> {
  const out = new Map<number, Expected>()
  const districts = scopes.filter((scope) => scope.kind === 'district')
  for (const scope of scopes) {
    const own = ownValue(spec, walked.get(scope.id))
    if (!spec.level || own === NONE) {
      out.set(scope.id, own)
      continue
    }
    const owes = spec.level === 'issuer' ? scope.id === issuerId : scope.kind === 'district'
    const above = spec.level === 'district' && ['province'].includes(scope.kind)
    if (owes) out.set(scope.id, own)
    else if (!above) out.set(scope.id, { ...own, status: 'not_applicable' })
    else {
      // "Mỗi huyện": the districts under this scope meeting it, over those it applies to.
      const judged = districts
        .filter((district) => district.path.startsWith(scope.path))
        .map((district) => ownValue(spec, walked.get(district.id)))
        .filter((value) => value !== NONE)
      const met = judged.filter((value) => value.status === 'met').length
      if (judged.length === 0) out.set(scope.id, NONE)
      else
        out.set(scope.id, {
          ...{ numerator: met, denominator: judged.length, value: met / judged.length },
          status: met === judged.length ? 'met' : 'missed',
          missing: own.missing,
        })
    }
  }
  return out
}
