// The records plan's targets written by hand in one SQL statement (issue 12 item 8), for the
// engine to be measured against: each record's per-unit figure from its raw table (the model
// register as of 31/12, the calendar year's activities, the year's and the baseline year's
// monthly statistics, the standards in force on the year's last day), each target's numerator
// and denominator per unit of its population, summed over every scope on the unit's path.
// Written from the clauses' readings (ADR 017–020), not from the engine's SQL. One reading of
// this world is used: the statistics are entered by communes only (no unit under a commune
// records), so a commune's figure is its own records. "Mỗi xã, cơ quan, doanh nghiệp, cơ sở
// giáo dục … duy trì ít nhất 01 mô hình" (ADR 019, as the independent check reads it): a unit
// has an effective model when one is hosted by the unit or by one of its khu dân cư, or has a
// site in either.
import { sql } from 'kysely'
import type { TargetValue } from '@antq/core'
import type { Deps } from '../src/deps'

type Part = { num: string; den: string | null }
const share = (population: string, condition: string): Part => ({
  num: `CASE WHEN ${population} AND coalesce(${condition}, false) THEN 1 ELSE 0 END`,
  den: `CASE WHEN ${population} THEN 1 ELSE 0 END`,
})
const ratio = (population: string, num: string, den: string): Part => ({
  num: `CASE WHEN ${population} THEN ${num} END`,
  den: `CASE WHEN ${population} THEN ${den} END`,
})
const COMMUNE = `f.kind = 'commune'`
const BASE = `f.kind IN ('residential_area', 'commune', 'agency', 'enterprise', 'school')`
// S2, a total of terms: an empty term is 0, the total is empty only when every term is.
const total = (a: string, b: string) =>
  `CASE WHEN ${a} IS NULL AND ${b} IS NULL THEN NULL ELSE coalesce(${a}, 0) + coalesce(${b}, 0) END`

/** Each target of the records plan (records-plan.ts) as per-unit SQL over the facts row `f`. */
export const HAND_TARGETS: Record<string, Part> = {
  'giam-toi-pham-trat-tu': {
    num: `CASE WHEN ${COMMUNE} THEN f.base_social - f.social END`,
    den: `CASE WHEN ${COMMUNE} THEN f.base_social + 0 * f.social END`,
  },
  'kham-pha-an': ratio(COMMUNE, 'f.cases_solved', 'f.cases'),
  'kham-pha-an-nghiem-trong': ratio(COMMUNE, 'f.serious_cases_solved', 'f.serious_cases'),
  'tiep-nhan-tin-bao': ratio(COMMUNE, 'f.tips_accepted', 'f.tips_received'),
  'giai-quyet-tin-bao': ratio(COMMUNE, 'f.tips_resolved', 'f.tips_received'),
  'tai-pham': ratio(COMMUNE, 'f.reoffenders', 'f.released_persons'),
  'truy-na-hien-co': ratio(COMMUNE, 'f.wanted_existing_caught', 'f.wanted_existing'),
  'truy-na-moi': ratio(COMMUNE, 'f.wanted_new_caught', 'f.wanted_new'),
  'chuyen-hoa-dia-ban': ratio(COMMUNE, 'f.hotspots_transformed', 'f.hotspots_selected'),
  'tuyen-truyen-ho': ratio(COMMUNE, 'f.households_reached', 'f.households'),
  'tuyen-truyen-cqdn': ratio(
    `f.kind IN ('agency', 'enterprise', 'school')`,
    total('f.staff_reached', 'f.pupils_reached'),
    total('f.staff', 'f.pupils'),
  ),
  'dat-chuan-pccc': share(BASE, 'f.fire_safety'),
  'xa-phu-hop-tre-em': share(COMMUNE, 'f.child_friendly'),
  'xa-tiep-can-phap-luat': share(COMMUNE, 'f.access_to_law'),
  'nhom-zalo': ratio(BASE, 'f.hosted_zalo', 'f.hosted'),
  'ban-dieu-hanh-tu-quan': ratio(
    `f.kind IN ('residential_area', 'commune')`,
    'f.boards_effective',
    'f.boards',
  ),
  'mo-hinh-hieu-qua': share(
    `f.kind IN ('commune', 'agency', 'enterprise', 'school')`,
    'f.has_effective',
  ),
  'ntm-19-2': share(`${COMMUNE} AND f.subtype = 'xa'`, 'f.ntm_19_2'),
  'tin-bai-tinh': { num: `CASE WHEN ${COMMUNE} THEN f.articles END`, den: null },
}

export type HandInput = {
  rootPath: string
  scopeIds: readonly number[]
  year: number
  yearStart: string
  yearEnd: string
  months: readonly string[]
  baselineMonths: readonly string[]
}

const crimeSums = (months: string) =>
  ['cases', 'cases_solved', 'serious_cases', 'serious_cases_solved', 'tips_received']
    .concat(['tips_accepted', 'tips_resolved', 'released_persons', 'reoffenders'])
    .concat(['wanted_existing_caught', 'wanted_new', 'wanted_new_caught', 'hotspots_transformed'])
    .map(
      (kind) => `sum(value) FILTER (WHERE kind = '${kind}' AND month = ANY(${months})) AS ${kind}`,
    )
    .concat(
      ['wanted_existing', 'hotspots_selected'].map(
        (kind) =>
          `(array_agg(value ORDER BY month) FILTER (WHERE kind = '${kind}' AND month = ANY(${months})))[1] AS ${kind}`,
      ),
    )
    .join(',\n      ')

/** Every target's numerator and denominator at every scope, in one statement. */
export async function queryHandWritten(deps: Deps, input: HandInput) {
  const ids = Object.keys(HAND_TARGETS)
  const sums = ids
    .map((id, i) => {
      const part = HAND_TARGETS[id] as Part
      return `sum(${part.num})::float8 AS n${i}, ${part.den ? `sum(${part.den})::float8` : 'NULL::float8'} AS d${i}`
    })
    .join(',\n    ')
  const root = `'${input.rootPath}'`
  const calendar = `held_on BETWEEN '${input.year}-01-01' AND '${input.year}-12-31'`
  const asOf = `'${input.year}-12-31'`
  const months = `ARRAY[${input.months.map((m) => `'${m}'`).join(',')}]::text[]`
  const baseline = `ARRAY[${input.baselineMonths.map((m) => `'${m}'`).join(',')}]::text[]`
  const text = `
  WITH latest AS MATERIALIZED (SELECT DISTINCT ON (model_id) model_id, rating FROM model_reviews
      WHERE year = ${input.year} AND year || '-' || CASE period WHEN 'q1' THEN '03-31'
        WHEN 'h1' THEN '06-30' WHEN 'q3' THEN '09-30' ELSE '12-31' END <= ${asOf}
      ORDER BY model_id, array_position(ARRAY['q1', 'h1', 'q3', 'year'], period) DESC),
    live AS MATERIALIZED (SELECT m.id, m.host_unit_id, m.body, coalesce(m.zalo_group, '') <> '' AS zalo,
        coalesce(l.rating IN ('tot', 'kha'), false) AS effective
      FROM models m LEFT JOIN latest l ON l.model_id = m.id
      WHERE m.started_on <= ${asOf} AND (m.ended_on IS NULL OR m.ended_on > ${asOf})),
    hosted AS (SELECT host_unit_id AS unit_id, count(*) FILTER (WHERE body = 'model') AS hosted,
        count(*) FILTER (WHERE body = 'model' AND zalo) AS hosted_zalo,
        count(*) FILTER (WHERE body = 'self_managed_board') AS boards,
        count(*) FILTER (WHERE body = 'self_managed_board' AND effective) AS boards_effective
      FROM live GROUP BY host_unit_id),
    places AS (SELECT host_unit_id AS unit_id FROM live WHERE body = 'model' AND effective
        UNION SELECT s.unit_id FROM model_sites s JOIN live ON live.id = s.model_id
          WHERE live.body = 'model' AND live.effective),
    effective AS (SELECT unit_id FROM places
        UNION SELECT pu.parent_id FROM places JOIN units pu ON pu.id = places.unit_id
          WHERE pu.kind = 'residential_area'),
    act AS (SELECT unit_id,
        max(reached) FILTER (WHERE kind IN ('session', 'conference') AND audience = 'households') AS households,
        max(reached) FILTER (WHERE kind IN ('session', 'conference') AND audience = 'staff') AS staff,
        max(reached) FILTER (WHERE kind IN ('session', 'conference') AND audience = 'pupils') AS pupils,
        count(*) FILTER (WHERE kind = 'provincial_article') AS articles
      FROM activities WHERE withdrawn_at IS NULL AND ${calendar} GROUP BY unit_id),
    act_up AS (SELECT a.id::int AS unit_id, sum(act.articles) AS articles,
        sum(act.households) FILTER (WHERE au.kind = 'residential_area' AND au.parent_id = a.id::int) AS areas
      FROM act JOIN units au ON au.id = act.unit_id
      CROSS JOIN LATERAL unnest(string_to_array(rtrim(au.path, '.'), '.')) a(id) GROUP BY a.id),
    crime AS (SELECT unit_id, ${crimeSums(months)},
        sum(value) FILTER (WHERE kind = 'social_order_cases' AND month = ANY(${months})) AS social,
        sum(value) FILTER (WHERE kind = 'social_order_cases' AND month = ANY(${baseline})) AS base_social
      FROM crime_statistics WHERE month = ANY(${months} || ${baseline}) GROUP BY unit_id),
    std AS (SELECT unit_id, bool_or(held) FILTER (WHERE kind = 'fire_safety') AS fire_safety,
        bool_or(held) FILTER (WHERE kind = 'child_friendly') AS child_friendly,
        bool_or(held) FILTER (WHERE kind = 'access_to_law') AS access_to_law,
        bool_or(held) FILTER (WHERE kind = 'ntm_19_2') AS ntm_19_2
      FROM (SELECT DISTINCT ON (unit_id, kind) unit_id, kind,
          status = 'dat' AND (valid_to IS NULL OR valid_to >= '${input.yearEnd}') AS held
        FROM unit_standards WHERE valid_from <= '${input.yearEnd}'
        ORDER BY unit_id, kind, valid_from DESC) s GROUP BY unit_id),
    f AS (SELECT u.path, u.kind, u.subtype, u.households, u.staff, u.pupils, crime.*,
        CASE WHEN au.unit_id IS NOT NULL THEN least(greatest(coalesce(act.households, 0), coalesce(au.areas, 0)), u.households) END AS households_reached,
        CASE WHEN au.unit_id IS NOT NULL THEN least(coalesce(act.staff, 0), u.staff) END AS staff_reached,
        CASE WHEN au.unit_id IS NOT NULL THEN least(coalesce(act.pupils, 0), u.pupils) END AS pupils_reached,
        CASE WHEN au.unit_id IS NOT NULL THEN coalesce(au.articles, 0) END AS articles,
        coalesce(h.hosted, 0) AS hosted, coalesce(h.hosted_zalo, 0) AS hosted_zalo,
        coalesce(h.boards, 0) AS boards, coalesce(h.boards_effective, 0) AS boards_effective,
        e.unit_id IS NOT NULL AS has_effective,
        std.fire_safety, std.child_friendly, std.access_to_law, std.ntm_19_2
      FROM units u
      LEFT JOIN crime ON crime.unit_id = u.id LEFT JOIN act ON act.unit_id = u.id
      LEFT JOIN act_up au ON au.unit_id = u.id LEFT JOIN hosted h ON h.unit_id = u.id
      LEFT JOIN effective e ON e.unit_id = u.id LEFT JOIN std ON std.unit_id = u.id
      WHERE u.path LIKE ${root} || '%'
        AND u.kind IN ('residential_area', 'commune', 'agency', 'enterprise', 'school')
        AND (u.valid_from IS NULL OR u.valid_from <= '${input.yearEnd}')
        AND (u.valid_until IS NULL OR u.valid_until >= '${input.yearStart}'))
  SELECT s.scope_id, ${sums}
  FROM f CROSS JOIN LATERAL unnest(string_to_array(rtrim(f.path, '.'), '.')::int[]) s(scope_id)
  WHERE s.scope_id = ANY(ARRAY[${input.scopeIds.join(',')}]::int[])
  GROUP BY s.scope_id`
  const run = async (db: Deps['db']) => {
    if (deps.dbKind === 'postgres')
      await sql.raw("SET LOCAL jit = off; SET LOCAL work_mem = '64MB'").execute(db)
    return (await sql.raw<Record<string, number | null>>(text).execute(db)).rows
  }
  const rows = await deps.db.transaction().execute(run)
  const values = new Map<string, Map<number, TargetValue>>(ids.map((id) => [id, new Map()]))
  for (const row of rows)
    ids.forEach((id, i) => {
      const num = row[`n${i}`]
      const den = row[`d${i}`]
      values.get(id)?.set(Number(row.scope_id), {
        numerator: num === null || num === undefined ? null : Number(num),
        denominator: den === null || den === undefined ? null : Number(den),
      })
    })
  return values
}
