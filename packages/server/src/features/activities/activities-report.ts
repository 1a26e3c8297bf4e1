// The activity log beside a periodic report (issue 12 item 6): for every typed figure the log
// stands for (households, staff, pupils reached, propagandists trained, articles, broadcasts),
// the log's figure of the unit for the report's period, flagged when the typed one disagrees.
import {
  activityFigureOfTypedField,
  activityFiguresOf,
  compareActivityFigures,
  type RecordedFigure,
  type ReportForm,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { findActivityUnit, listActivities } from './activities.repository'

export async function activityFiguresOfReport(
  db: Kysely<Database>,
  unit: { id: number; path: string },
  form: ReportForm,
  period: { start: string; end: string },
  figures: Readonly<Record<string, unknown>>,
): Promise<Record<string, RecordedFigure> | null> {
  const ids = form.fields.map((field) => field.id).filter((id) => activityFigureOfTypedField(id))
  if (ids.length === 0) return null
  const found = await findActivityUnit(db, unit.id)
  if (!found) return null
  // A yearly report compares with the calendar year the targets read (targets.activities.ts).
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000
  const year = period.end.slice(0, 4)
  const span = days > 300 ? { start: `${year}-01-01`, end: `${year}-12-31` } : period
  const records = await listActivities(db, unit.path, span)
  return compareActivityFigures(ids, figures, activityFiguresOf(found, records))
}
