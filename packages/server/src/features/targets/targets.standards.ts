// The unit standards as facts (issue 12 item 5): `standards.<kind>` is whether the unit holds
// the standard in the campaign year — the record of that kind in force on the year's last day
// (the latest begun by then, not expired by then) says "đạt". A plan's "xã đạt chỉ tiêu 19.2"
// for a year is judged at its end: a commune recognised in October counts for that year, one
// whose recognition was revoked in November does not. The unit's own records only: a standard
// is a recognition of that unit, never summed over its territory. No record in force: not held
// (nobody has recognised it), so a share counts it in the denominator, not the numerator.
import { STANDARDS_PREFIX, UNIT_STANDARD_KINDS, findStandardKind } from '@antq/core'
import type { FactSource } from './targets.fact-sources'

const ALIAS = 'us'

function standardsColumn(field: string): string | undefined {
  if (!field.startsWith(STANDARDS_PREFIX)) return undefined
  const kind = findStandardKind(field.slice(STANDARDS_PREFIX.length))
  return kind ? `coalesce(${ALIAS}."${kind.id}", false)` : undefined
}

export const standardsSource: FactSource = {
  aliases: [ALIAS],
  column: standardsColumn,
  join: (alias, context) => {
    const yearEnd = context.param(context.yearEnd, 'date')
    const held = UNIT_STANDARD_KINDS.map(
      (kind) => `bool_or(s.status = 'dat') FILTER (WHERE s.kind = '${kind.id}') AS "${kind.id}"`,
    )
    const cte = `standards_${alias} AS MATERIALIZED (
    SELECT s.unit_id, ${held.join(', ')}
    FROM (SELECT DISTINCT ON (st.unit_id, st.kind) st.unit_id, st.kind, st.status, st.valid_to
        FROM unit_standards st JOIN units su ON su.id = st.unit_id
        WHERE st.valid_from <= ${yearEnd} AND ${context.contains('su.path')}
        ORDER BY st.unit_id, st.kind, st.valid_from DESC) s
    WHERE s.valid_to IS NULL OR s.valid_to >= ${yearEnd}
    GROUP BY s.unit_id
  )`
    return { cte, join: `LEFT JOIN standards_${alias} ${alias} ON ${alias}.unit_id = u.id` }
  },
}
