// The records beside a periodic report (issue 12 item 6): for every typed figure of the report
// form that stands for a statistic kind, the same figure computed from the police's records of
// the unit's territory over the period's months, flagged when the typed one disagrees.
import {
  compareTypedFigures,
  monthsOfPeriod,
  statisticKindOfTypedField,
  summariseTerritory,
  type RecordedFigure,
  type ReportForm,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { listTerritoryRecords } from './crime-statistics.repository'

export async function recordedFiguresOf(
  db: Kysely<Database>,
  unit: { path: string },
  form: ReportForm,
  period: { start: string; end: string },
  figures: Readonly<Record<string, unknown>>,
): Promise<Record<string, RecordedFigure> | null> {
  const ids = form.fields.map((field) => field.id).filter((id) => statisticKindOfTypedField(id))
  if (ids.length === 0) return null
  const months = monthsOfPeriod(period.start, period.end)
  const records = await listTerritoryRecords(db, unit.path, months)
  return compareTypedFigures(ids, figures, summariseTerritory(records, months))
}
