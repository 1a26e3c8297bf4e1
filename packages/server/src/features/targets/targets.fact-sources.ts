// Records the targets read as facts (issue 12 item 6): each source serves the fields of one kind
// of record (crime statistics, the model register, the activity log…) as columns of the facts
// query, through a CTE and a LEFT JOIN added only when one of its fields is read. A new kind of
// record is one file implementing FactSource and one line in FACT_SOURCES.
import { standardsSource } from './targets.standards'
import { modelRegisterSource } from '../models/models-fact-source'
import { statisticsSource } from './targets.statistics'
import { activitySource } from './targets.activities'

/** What a source may use to write its SQL: placeholders and the territory being computed. */
export type FactSourceContext = {
  /** A placeholder holding `value`, cast to `cast` (e.g. `int`, `date`, `text[]`). */
  param: (value: unknown, cast: string) => string
  /** SQL that keeps the rows whose unit path lies in the facts' territory. */
  contains: (path: string) => string
  planKey: string
  year: number
  /** The campaign year's first and last days (ISO dates). */
  yearStart: string
  yearEnd: string
  /** The calendar months ('YYYY-MM') of the campaign year and of the plan's baseline year. */
  months: readonly string[]
  baselineMonths: readonly string[]
}

export type FactSource = {
  /** The aliases its columns read (unique across sources, two or three letters). */
  aliases: readonly string[]
  /** The SQL column of a field this source serves (reading one of its aliases), else undefined. */
  column: (field: string) => string | undefined
  /** The CTE (materialised, computed once) and the join `LEFT JOIN … <alias> ON <alias>.unit_id = u.id`. */
  join: (alias: string, context: FactSourceContext) => { cte: string; join: string }
}

export const FACT_SOURCES: readonly FactSource[] = [
  statisticsSource,
  standardsSource,
  activitySource,
  modelRegisterSource,
]

/** The column of a field served by a record source, or undefined. */
export function recordColumn(field: string): string | undefined {
  for (const source of FACT_SOURCES) {
    const column = source.column(field)
    if (column) return column
  }
  return undefined
}

/** The CTEs and joins of the sources whose aliases `reads` says are read. */
export function recordJoins(reads: (alias: string) => boolean, context: FactSourceContext) {
  return FACT_SOURCES.flatMap((source) =>
    source.aliases.filter(reads).map((alias) => source.join(alias, context)),
  )
}
