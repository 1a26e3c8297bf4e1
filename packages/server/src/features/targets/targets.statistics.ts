// The crime statistics as facts (issue 12 item 4): `crime_statistics.<kind>` is the year's figure
// of the unit's territory — the records of the unit and of every unit under it (a case is
// recorded once, by the police of the commune or district that handles it) — and
// `baseline.crime_statistics.<kind>` the same for the plan's baseline year, so "giảm 5% so với
// năm 2023" compares the two years' records, never a figure typed into a report. A kind read
// as `sum` adds the months, an `opening` kind takes each unit's earliest month of the year.
import {
  CRIME_STATISTIC_KINDS,
  CRIME_STATISTICS_PREFIX,
  BASELINE_PREFIX,
  findCrimeStatisticKind,
} from '@antq/core'
import type { FactSource } from './targets.fact-sources'

const ALIASES = { current: 'cs', baseline: 'cb' } as const

/** The SQL column of a statistics field (current or baseline year), or undefined. */
function statisticsColumn(field: string): string | undefined {
  const baseline = field.startsWith(BASELINE_PREFIX + CRIME_STATISTICS_PREFIX)
  const name = baseline ? field.slice(BASELINE_PREFIX.length) : field
  if (!name.startsWith(CRIME_STATISTICS_PREFIX)) return undefined
  const kind = findCrimeStatisticKind(name.slice(CRIME_STATISTICS_PREFIX.length))
  if (!kind) return undefined
  return `${baseline ? ALIASES.baseline : ALIASES.current}."${kind.id}"::float8`
}

/**
 * Every unit of the territory with its statistics for `months` (SQL of a text[]), summed over
 * the unit's subtree: a CTE computed once (materialised: inlined, the planner rescanned it per
 * unit), and the join reading it. `contains` keeps the records inside the facts' territory.
 */
function statisticsJoin(
  which: keyof typeof ALIASES,
  months: string,
  contains: (path: string) => string,
) {
  const alias = ALIASES[which]
  const opening = CRIME_STATISTIC_KINDS.filter((kind) => kind.aggregate === 'opening')
  const sums = CRIME_STATISTIC_KINDS.map(
    (kind) => `sum(s.value) FILTER (WHERE s.kind = '${kind.id}') AS "${kind.id}"`,
  )
  const cte = `crime_${alias} AS MATERIALIZED (
    SELECT a.id::int AS unit_id, ${sums.join(', ')}
    FROM (SELECT unit_id, kind, value,
        row_number() OVER (PARTITION BY unit_id, kind ORDER BY month) AS nth
      FROM crime_statistics WHERE month = ANY(${months})) s
    JOIN units su ON su.id = s.unit_id
    CROSS JOIN LATERAL unnest(string_to_array(su.path, '.')) AS a(id)
    WHERE a.id <> '' AND ${contains('su.path')}
      AND (s.nth = 1 OR s.kind NOT IN (${opening.map((kind) => `'${kind.id}'`).join(', ')}))
    GROUP BY a.id
  )`
  return { cte, join: `LEFT JOIN crime_${alias} ${alias} ON ${alias}.unit_id = u.id` }
}

export const statisticsSource: FactSource = {
  aliases: [ALIASES.current, ALIASES.baseline],
  column: statisticsColumn,
  join: (alias, context) =>
    alias === ALIASES.baseline
      ? statisticsJoin(
          'baseline',
          context.param(context.baselineMonths, 'text[]'),
          context.contains,
        )
      : statisticsJoin('current', context.param(context.months, 'text[]'), context.contains),
}
