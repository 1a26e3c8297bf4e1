// The model register as facts (issue 12 items 1 and 6): `model_register.<figure>` is the year's
// figure of the unit's territory. "Mỗi xã … duy trì ít nhất 01 mô hình" and "khu dân cư, xã …
// có mô hình" read a model as the unit's when it is hosted in the unit or below it, or when it
// has a site there (HD 22: one "điểm" = an area where the model is replicated); a model counts
// once per unit however many of its sites lie there. A model counts in a year when it began on
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
// count an agency's model twice. "Has an (effective) model" reads the whole territory.

function column(field: string): string | undefined {
  if (!field.startsWith(MODEL_REGISTER_PREFIX)) return undefined
  const figure = field.slice(MODEL_REGISTER_PREFIX.length)
  if (!(figure in MODEL_REGISTER_FIGURES)) return undefined
  return `coalesce(${ALIAS}."${figure}", 0)::float8`
}

/**
 * A model's latest rating of a year as of a day (quarter < 6 months < 9 months < year), over
 * its reviews joined as `r`: a quarterly report compares with the reviews of the periods it
 * covers, not later ones.
 */
const PERIOD_ENDS = `CASE r.period ${MODEL_REVIEW_PERIODS.map((period) => `WHEN '${period.id}' THEN '${period.ends}'`).join(' ')} END`
// The rating of the latest period end: 'MM-DD' sorts as text, so the greatest 'MM-DD' || rating
// is the latest review's (a plain max: hashed, where an ordered aggregate sorted 2.5M reviews).
const LATEST_RATING = `substr(max(${PERIOD_ENDS} || r.rating), 6)`

/**
 * At national size (1,000,000 models, bench/records.bench.ts) the register is read in the
 * territory only, and without counting a model's distinct ids over every unit of its path:
 * - the models with a place (host or site) in the territory, said in SQL over the tables (not
 *   over a CTE, whose size the planner cannot see), rated with one join to their reviews;
 * - `model_hosted`: each model once at every unit on its host's path (plain counts);
 * - `model_sited`: its sites, at the units on a site's path its host's path does not reach
 *   (distinct per model there: two sites in one commune count the model once).
 */
function joinAsOf(alias: string, context: FactSourceContext, asOf: string) {
  const yearEnd = context.param(asOf, 'text')
  const year = context.param(context.year, 'int')
  const effective = `(${EFFECTIVE_MODEL_RATINGS.map((rating) => `'${rating}'`).join(', ')})`
  const here = `a.id::int = h.host_id`
  const cte = `model_live AS MATERIALIZED (
    SELECT m.id, m.body, coalesce(m.zalo_group, '') <> '' AS zalo, m.host_unit_id AS host_id,
      hu.path AS host_path, ${LATEST_RATING} AS rating
    FROM models m
    JOIN units hu ON hu.id = m.host_unit_id
    LEFT JOIN model_reviews r ON r.model_id = m.id AND r.year = ${year}
      AND r.year || '-' || ${PERIOD_ENDS} <= ${yearEnd}
    WHERE m.started_on <= ${yearEnd} AND (m.ended_on IS NULL OR m.ended_on > ${yearEnd})
      AND m.id IN (SELECT mh.id FROM models mh JOIN units th ON th.id = mh.host_unit_id
          WHERE ${context.contains('th.path')}
        UNION SELECT ms.model_id FROM model_sites ms JOIN units ts ON ts.id = ms.unit_id
          WHERE ${context.contains('ts.path')})
    GROUP BY m.id, hu.path
  ), model_hosted AS (
    SELECT a.id::int AS unit_id,
      count(*) FILTER (WHERE ${here} AND h.body = 'model') AS "count",
      count(*) FILTER (WHERE h.body = 'model' AND h.rating IN ${effective}) AS "effective",
      count(*) FILTER (WHERE h.body = 'model' AND h.rating = 'tot') AS "good",
      count(*) FILTER (WHERE ${here} AND h.body = 'model' AND h.zalo) AS "with_zalo_group",
      count(*) FILTER (WHERE ${here} AND h.body = 'self_managed_board') AS "boards",
      count(*) FILTER (WHERE ${here} AND h.body = 'self_managed_board' AND h.rating IN ${effective}) AS "boards_effective"
    FROM model_live h
    CROSS JOIN LATERAL unnest(string_to_array(h.host_path, '.')) AS a(id)
    WHERE a.id <> '' AND ${context.contains('h.host_path')}
    GROUP BY a.id
  ), model_sited AS (
    SELECT a.id::int AS unit_id,
      count(DISTINCT h.id) FILTER (WHERE NOT a.id = ANY(string_to_array(h.host_path, '.')) AND h.rating IN ${effective}) AS "effective",
      count(DISTINCT h.id) FILTER (WHERE NOT a.id = ANY(string_to_array(h.host_path, '.')) AND h.rating = 'tot') AS "good",
      count(*) AS "sites", sum(s.teams) AS "teams"
    FROM model_sites s
    JOIN model_live h ON h.id = s.model_id AND h.body = 'model'
    JOIN units su ON su.id = s.unit_id
    CROSS JOIN LATERAL unnest(string_to_array(su.path, '.')) AS a(id)
    WHERE a.id <> '' AND ${context.contains('su.path')}
    GROUP BY a.id
  ), model_register_${alias} AS MATERIALIZED (
    SELECT coalesce(h.unit_id, s.unit_id) AS unit_id, h."count",
      coalesce(h."effective", 0) + coalesce(s."effective", 0) AS "effective",
      coalesce(h."good", 0) + coalesce(s."good", 0) AS "good",
      h."with_zalo_group", s."sites", coalesce(s."teams", 0) AS "teams",
      h."boards", h."boards_effective"
    FROM model_hosted h FULL JOIN model_sited s ON s.unit_id = h.unit_id
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
