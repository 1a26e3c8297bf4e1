// The unit standards as facts (issue 12 item 5): `standards.<kind>` is whether the unit holds
// the standard in the campaign year — the record of that kind in force on the plan year's last
// day (14/12 on NĐ 09/2019's calendar; the latest begun by then, not expired by then) says
// "đạt". A plan's "xã đạt chỉ tiêu 19.2" for a year is judged at its end: a commune recognised
// in October counts for that year, one revoked in November or recognised on 20/12 does not. The unit's own records only: a standard
// is a recognition of that unit, never summed over its territory. A unit with no record of the
// kind begun by then is unknown (null): a share counts it and it does not meet it (nobody has
// recognised it); a count whose population has no record at all is "no data", not a 0 missed.
import {
  findStandardKind,
  PRIOR_YEAR_STANDARDS_PREFIX,
  STANDARDS_PREFIX,
  UNIT_STANDARD_KINDS,
} from '@antq/core'
import type { FactSource } from './targets.fact-sources'

// `prior_year.standards.<kind>` (alias `up`): the same on the last day of the year before —
// plan 003 III.4's "05 xã chưa đạt trong năm 2023" for its 2024 campaign, read from the records
// dated by then as crime statistics' 2023 baseline is read from 2023's records (ADR 025).
const ALIASES = { current: 'us', prior: 'up' } as const

function standardsColumn(field: string): string | undefined {
  const prior = field.startsWith(PRIOR_YEAR_STANDARDS_PREFIX)
  if (!prior && !field.startsWith(STANDARDS_PREFIX)) return undefined
  const name = field.slice((prior ? PRIOR_YEAR_STANDARDS_PREFIX : STANDARDS_PREFIX).length)
  const kind = findStandardKind(name)
  return kind ? `${prior ? ALIASES.prior : ALIASES.current}."${kind.id}"` : undefined
}

/** The same day a year earlier (the campaign year ends on 14/12 or 31/12: no 29/2). */
const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`

export const standardsSource: FactSource = {
  aliases: [ALIASES.current, ALIASES.prior],
  column: standardsColumn,
  join: (alias, context) => {
    const end = alias === ALIASES.prior ? yearBefore(context.yearEnd) : context.yearEnd
    const yearEnd = context.param(end, 'date')
    const held = UNIT_STANDARD_KINDS.map(
      (kind) => `bool_or(s.held) FILTER (WHERE s.kind = '${kind.id}') AS "${kind.id}"`,
    )
    const cte = `standards_${alias} AS MATERIALIZED (
    SELECT s.unit_id, ${held.join(', ')}
    FROM (SELECT DISTINCT ON (st.unit_id, st.kind) st.unit_id, st.kind,
          st.status = 'dat' AND (st.valid_to IS NULL OR st.valid_to >= ${yearEnd}) AS held
        FROM unit_standards st JOIN units su ON su.id = st.unit_id
        WHERE st.valid_from <= ${yearEnd} AND ${context.contains('su.path')}
        ORDER BY st.unit_id, st.kind, st.valid_from DESC) s
    GROUP BY s.unit_id
  )`
    return { cte, join: `LEFT JOIN standards_${alias} ${alias} ON ${alias}.unit_id = u.id` }
  },
}
