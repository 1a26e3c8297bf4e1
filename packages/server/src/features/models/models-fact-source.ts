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
// count an agency's model twice. "Has an (effective) model" reads the unit's own (above).
const HOSTED = `(p.unit_id = a.id::int AND NOT p.is_site)`
const OWN = `(p.unit_id = a.id::int OR (p.kind = 'residential_area' AND p.parent_id = a.id::int))`

function column(field: string): string | undefined {
  if (!field.startsWith(MODEL_REGISTER_PREFIX)) return undefined
  const figure = field.slice(MODEL_REGISTER_PREFIX.length)
  if (!(figure in MODEL_REGISTER_FIGURES)) return undefined
  return `coalesce(${ALIAS}."${figure}", 0)::float8`
}

/**
 * SQL of a model's latest rating of a year as of a day (quarter < 6 months < 9 months < year):
 * a quarterly report compares with the reviews of the periods it covers, not later ones.
 */
const latestRating = (year: string, asOf: string) => `(SELECT r.rating
  FROM model_reviews r WHERE r.model_id = m.id AND r.year = ${year}
    AND r.year || '-' || ${PERIOD_ENDS} <= ${asOf}
  ORDER BY ${PERIOD_ENDS} DESC LIMIT 1)`
const PERIOD_ENDS = `CASE r.period ${MODEL_REVIEW_PERIODS.map((period) => `WHEN '${period.id}' THEN '${period.ends}'`).join(' ')} END`

function joinAsOf(alias: string, context: FactSourceContext, asOf: string) {
  const yearEnd = context.param(asOf, 'text')
  const year = context.param(context.year, 'int')
  const effective = `(${EFFECTIVE_MODEL_RATINGS.map((rating) => `'${rating}'`).join(', ')})`
  const cte = `model_live AS MATERIALIZED (
    SELECT m.id, m.body, coalesce(m.zalo_group, '') <> '' AS zalo,
      ${latestRating(year, yearEnd)} AS rating
    FROM models m
    WHERE m.started_on <= ${yearEnd} AND (m.ended_on IS NULL OR m.ended_on > ${yearEnd})
  ), model_places AS MATERIALIZED (
    SELECT p.model_id, p.unit_id, p.teams, p.is_site, su.path, su.kind, su.parent_id
    FROM (SELECT id AS model_id, host_unit_id AS unit_id, 0 AS teams, false AS is_site FROM models
          UNION ALL SELECT model_id, unit_id, teams, true FROM model_sites) p
    JOIN model_live l ON l.id = p.model_id
    JOIN units su ON su.id = p.unit_id
    WHERE ${context.contains('su.path')}
  ), model_register_${alias} AS MATERIALIZED (
    SELECT a.id::int AS unit_id,
      count(DISTINCT l.id) FILTER (WHERE ${HOSTED} AND l.body = 'model') AS "count",
      count(DISTINCT l.id) FILTER (WHERE ${OWN} AND l.body = 'model' AND l.rating IN ${effective}) AS "effective",
      count(DISTINCT l.id) FILTER (WHERE ${OWN} AND l.body = 'model' AND l.rating = 'tot') AS "good",
      count(DISTINCT l.id) FILTER (WHERE ${HOSTED} AND l.body = 'model' AND l.zalo) AS "with_zalo_group",
      count(*) FILTER (WHERE l.body = 'model' AND p.is_site) AS "sites",
      coalesce(sum(p.teams) FILTER (WHERE l.body = 'model'), 0) AS "teams",
      count(DISTINCT l.id) FILTER (WHERE ${HOSTED} AND l.body = 'self_managed_board') AS "boards",
      count(DISTINCT l.id) FILTER (WHERE ${HOSTED} AND l.body = 'self_managed_board' AND l.rating IN ${effective}) AS "boards_effective"
    FROM model_places p
    JOIN model_live l ON l.id = p.model_id
    CROSS JOIN LATERAL unnest(string_to_array(p.path, '.')) AS a(id)
    WHERE a.id <> ''
    GROUP BY a.id
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
