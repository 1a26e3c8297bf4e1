// The activity log as facts (issue 12 items 2 and 6): `activity_log.<figure>` is the campaign
// year's figure of core activityFiguresOf, in SQL. What the clauses' words count decides whose
// records a unit's figure reads:
// - "hộ dân trên địa bàn được tuyên truyền" (a commune's households): the commune's own sessions
//   and those of its residential areas, as a lower bound of distinct households (the most one
//   session reached, or the sum over areas of each area's largest session), capped at the
//   commune's households — a household reached by three sessions is still one household;
// - "cán bộ … học sinh được tuyên truyền", "được tập huấn" (a body's own people): its own records;
// - "tin bài đăng tải trên Báo, Đài tỉnh", "phát sóng trên hệ thống truyền thanh của huyện" (a
//   district's yearly count): every item logged in the district's territory — logged once, by
//   the unit that placed it.
// A unit whose territory logged nothing in the year has no figure (null), not zero.
import { ACTIVITY_LOG_PREFIX } from '@antq/core'
import type { FactSource, FactSourceContext } from './targets.fact-sources'

const ALIAS = 'av'
const has = `${ALIAS}.unit_id IS NULL`
const orNull = (expression: string) => `(CASE WHEN ${has} THEN NULL ELSE ${expression} END)::float8`

const COLUMNS: Readonly<Record<string, string>> = {
  households_reached: orNull(
    `least(greatest(coalesce(${ALIAS}.own_households, 0), coalesce(${ALIAS}.area_households, 0)), u.households)`,
  ),
  staff_reached: orNull(`least(coalesce(${ALIAS}.staff, 0), u.staff)`),
  pupils_reached: orNull(`least(coalesce(${ALIAS}.pupils, 0), u.pupils)`),
  propagandists_trained: orNull(`coalesce(${ALIAS}.trained, 0)`),
  provincial_articles: orNull(`coalesce(${ALIAS}.articles, 0)`),
  district_broadcasts: orNull(`coalesce(${ALIAS}.broadcasts, 0)`),
}

function activityColumn(field: string): string | undefined {
  if (!field.startsWith(ACTIVITY_LOG_PREFIX)) return undefined
  return COLUMNS[field.slice(ACTIVITY_LOG_PREFIX.length)]
}

const REACHING = `ac.kind IN ('session', 'conference')`

/**
 * Each held-in unit's year (largest sessions, counts), then summed up every ancestor's path.
 * The activities are grouped by their unit alone before the unit's path is joined: grouped by
 * the unit's path too, the country's 5 million rows were read through the unit index and
 * grouped on a text key (bench/records.bench.ts).
 */
function activityJoin(context: FactSourceContext) {
  // The calendar year, as the yearly report and the statistics' months read it: a session held
  // before the plan was issued still reached its households that year.
  const start = context.param(`${context.year}-01-01`, 'date')
  const end = context.param(`${context.year}-12-31`, 'date')
  const own = `p.unit_id = a.id::int`
  const cte = `activity_${ALIAS} AS MATERIALIZED (
    SELECT a.id::int AS unit_id,
      max(p.households) FILTER (WHERE ${own}) AS own_households,
      sum(p.households) FILTER (WHERE p.kind = 'residential_area' AND p.parent_id = a.id::int) AS area_households,
      max(p.staff) FILTER (WHERE ${own}) AS staff,
      max(p.pupils) FILTER (WHERE ${own}) AS pupils,
      max(p.trained) FILTER (WHERE ${own}) AS trained,
      sum(p.articles) AS articles, sum(p.broadcasts) AS broadcasts
    FROM (SELECT g.*, su.kind, su.parent_id, su.path FROM (SELECT ac.unit_id,
        max(ac.reached) FILTER (WHERE ${REACHING} AND ac.audience = 'households') AS households,
        max(ac.reached) FILTER (WHERE ${REACHING} AND ac.audience = 'staff') AS staff,
        max(ac.reached) FILTER (WHERE ${REACHING} AND ac.audience = 'pupils') AS pupils,
        max(ac.reached) FILTER (WHERE ac.kind = 'training') AS trained,
        count(*) FILTER (WHERE ac.kind = 'provincial_article') AS articles,
        count(*) FILTER (WHERE ac.kind = 'district_broadcast') AS broadcasts
      FROM activities ac
      WHERE ac.withdrawn_at IS NULL AND ac.held_on BETWEEN ${start} AND ${end}
        AND ac.unit_id IN (SELECT tu.id FROM units tu WHERE ${context.contains('tu.path')})
      GROUP BY ac.unit_id) g
    JOIN units su ON su.id = g.unit_id) p
    CROSS JOIN LATERAL unnest(string_to_array(p.path, '.')) AS a(id)
    WHERE a.id <> ''
    GROUP BY a.id
  )`
  return { cte, join: `LEFT JOIN activity_${ALIAS} ${ALIAS} ON ${ALIAS}.unit_id = u.id` }
}

export const activitySource: FactSource = {
  aliases: [ALIAS],
  column: activityColumn,
  join: (_alias, context) => activityJoin(context),
}
