// The model register as facts (issue 12 items 1 and 6). "Mỗi xã, thị trấn, cơ quan, doanh
// nghiệp, cơ sở giáo dục phải duy trì ít nhất 01 mô hình" names each of them as an obligee: a
// unit has a model when the model is hosted by the unit itself or by one of its khu dân cư (the
// commune's villages are its community), or has a site (HD 22 "điểm") in either — never an
// agency's, enterprise's or school's model inside the commune, which is that body's own. A model
// counts once per unit however many of its sites lie there. A model counts in a year when it began on
// or before the year's last day and was not dissolved or replaced by then; its rating is that of
// its latest review of the year (core EFFECTIVE_MODEL_RATINGS says which ratings are effective).
import {
  EFFECTIVE_MODEL_RATINGS,
  MODEL_REVIEW_PERIODS,
  MODEL_REGISTER_PREFIX,
  MODEL_REGISTER_FIGURES,
} from '@antq/core'
import type { FactSource, FactSourceContext } from '../targets/targets.fact-sources'

const ALIAS = 'mr'
// The figures a ratio adds up over many units ("tỷ lệ mô hình có nhóm Zalo", boards) count a
// model once, at its host: summed over a commune and its agencies a territory count would
// count an agency's model twice. "Has an (effective) model" reads the unit's own (above);
// sites and teams are the territory's.

function column(field: string): string | undefined {
  if (!field.startsWith(MODEL_REGISTER_PREFIX)) return undefined
  const figure = field.slice(MODEL_REGISTER_PREFIX.length)
  if (!(figure in MODEL_REGISTER_FIGURES)) return undefined
  return `coalesce(${ALIAS}."${figure}", 0)::float8`
}

/**
 * A model's latest rating of a year as of a day (quarter < 6 months < 9 months < year), over
 * its reviews joined as `r`: a quarterly report compares with the reviews of the periods it
 * covers, not later ones. 'MM-DD' sorts as text, so the greatest 'MM-DD' || rating is the
 * latest review's (a plain max, hashed: an ordered subquery per model rated 1,000,000 models
 * one by one at national size, bench/records.bench.ts).
 */
const PERIOD_ENDS = `CASE r.period ${MODEL_REVIEW_PERIODS.map((period) => `WHEN '${period.id}' THEN '${period.ends}'`).join(' ')} END`
const LATEST_RATING = `substr(max(${PERIOD_ENDS} || r.rating), 6)`

/**
 * The register's figures per unit of the territory. At national size (1,000,000 models) the
 * models are chosen by their host in the territory (a join the planner drives from the units'
 * path index for one commune's chain, hashes for the country), plus those hosted outside with a
 * site inside; each chosen model's latest rating is one max over its reviews grouped by model
 * (an integer key: grouped by the model and its host's path, 2.5 million review rows were
 * sorted on disk). Each figure is then counted where the words put it, with no distinct count
 * over every unit of a place's path:
 * - hosted (count, Zalo, boards): the host unit, once per model;
 * - own (effective, good): a place's unit and, for a khu dân cư, its commune — each (unit,
 *   model) once, however many of the model's places lie there;
 * - sites and teams: every unit on a site's path (the territory's figure).
 */
function joinAsOf(alias: string, context: FactSourceContext, asOf: string) {
  const yearEnd = context.param(asOf, 'text')
  const year = context.param(context.year, 'int')
  const effective = `(${EFFECTIVE_MODEL_RATINGS.map((rating) => `'${rating}'`).join(', ')})`
  const live = `m.started_on <= ${yearEnd} AND (m.ended_on IS NULL OR m.ended_on > ${yearEnd})`
  const chosen = (inside: boolean) => `SELECT m.id, m.body,
      coalesce(m.zalo_group, '') <> '' AS zalo, m.host_unit_id AS unit_id, hu.path, hu.kind,
      hu.parent_id, ${inside} AS inside
    FROM models m JOIN units hu ON hu.id = m.host_unit_id`
  const cte = `model_chosen AS MATERIALIZED (
    ${chosen(true)} WHERE ${live} AND ${context.contains('hu.path')}
    UNION ALL ${chosen(false)} WHERE ${live} AND NOT ${context.contains('hu.path')}
      AND m.id IN (SELECT ms.model_id FROM model_sites ms JOIN units ts ON ts.id = ms.unit_id
        WHERE ${context.contains('ts.path')})
  ), model_rated AS MATERIALIZED (
    SELECT r.model_id, ${LATEST_RATING} AS rating FROM model_reviews r
    WHERE r.year = ${year} AND r.year || '-' || ${PERIOD_ENDS} <= ${yearEnd}
      AND r.model_id IN (SELECT id FROM model_chosen)
    GROUP BY r.model_id
  ), model_places AS MATERIALIZED (
    SELECT h.id AS model_id, h.body, mr.rating, h.zalo, h.unit_id, 0 AS teams,
      false AS is_site, h.path, h.kind, h.parent_id
    FROM model_chosen h LEFT JOIN model_rated mr ON mr.model_id = h.id WHERE h.inside
    UNION ALL SELECT h.id, h.body, mr.rating, h.zalo, s.unit_id, s.teams, true,
      su.path, su.kind, su.parent_id
    FROM model_sites s
    JOIN model_chosen h ON h.id = s.model_id
    JOIN units su ON su.id = s.unit_id
    LEFT JOIN model_rated mr ON mr.model_id = h.id
    WHERE ${context.contains('su.path')}
  ), model_register_${alias} AS MATERIALIZED (
    SELECT x.unit_id, sum(x.hosted) AS "count", sum(x.zalo) AS "with_zalo_group",
      sum(x.boards) AS "boards", sum(x.boards_effective) AS "boards_effective",
      sum(x.effective) AS "effective", sum(x.good) AS "good",
      sum(x.sites) AS "sites", sum(x.teams) AS "teams"
    FROM (
      SELECT p.unit_id, (p.body = 'model')::int AS hosted, (p.body = 'model' AND p.zalo)::int AS zalo,
        (p.body = 'self_managed_board')::int AS boards,
        (p.body = 'self_managed_board' AND p.rating IN ${effective})::int AS boards_effective,
        0 AS effective, 0 AS good, 0 AS sites, 0 AS teams
      FROM model_places p WHERE NOT p.is_site
      UNION ALL SELECT o.unit_id, 0, 0, 0, 0, 1, (o.rating = 'tot')::int, 0, 0
      FROM (SELECT DISTINCT own.unit_id, p.model_id, p.rating FROM model_places p
        CROSS JOIN LATERAL (VALUES (p.unit_id),
          (CASE WHEN p.kind = 'residential_area' THEN p.parent_id END)) AS own(unit_id)
        WHERE p.body = 'model' AND p.rating IN ${effective} AND own.unit_id IS NOT NULL) o
      UNION ALL SELECT a.id::int, 0, 0, 0, 0, 0, 0, 1, p.teams
      FROM model_places p CROSS JOIN LATERAL unnest(string_to_array(p.path, '.')) AS a(id)
      WHERE p.is_site AND p.body = 'model' AND a.id <> ''
    ) x
    GROUP BY x.unit_id
  )`
  return { cte, join: `LEFT JOIN model_register_${alias} ${alias} ON ${alias}.unit_id = u.id` }
}

// A model's year is the calendar year (its plan "đầu năm", its reviews by quarter), whatever
// the plan's statistical year (15/11–14/11): the targets read the register as of 31/12.
export const modelRegisterSource: FactSource = {
  aliases: [ALIAS],
  column,
  join: (alias, context) => joinAsOf(alias, context, `${context.year}-12-31`),
}

/** The same figures for one unit's territory as of a day (a report's period, a nominee's year). */
export function registerFiguresQuery(
  unit: { id: number; path: string },
  year: number,
  asOf: string,
) {
  const params: unknown[] = []
  const param = (value: unknown, cast: string) => {
    params.push(value)
    return `$${params.length}::${cast}`
  }
  const context = {
    ...{ param, planKey: '', year, yearStart: `${year}-01-01`, yearEnd: asOf },
    ...{ months: [], baselineMonths: [] },
    contains: (path: string) => `${path} LIKE ${param(`${unit.path}%`, 'text')}`,
  }
  const { cte } = joinAsOf(ALIAS, context, asOf)
  const text = `WITH ${cte} SELECT * FROM model_register_${ALIAS} WHERE unit_id = ${param(unit.id, 'int')}`
  return { text, params }
}
