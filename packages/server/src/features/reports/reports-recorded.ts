// The records beside a periodic report (issue 12 item 6): every kind of record that stands for
// typed figures of the report form (crime statistics, the model register, the activity log…)
// gives, for each such figure, the figure its records compute for the unit and period, flagged
// when the typed one disagrees. A new kind of record is one provider in RECORDED_FIGURE_SOURCES.
import type { RecordedFigure, ReportForm } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { recordedFiguresOf } from '../crime-statistics/crime-statistics-report'
import { recordedStandardsOf } from '../unit-standards/unit-standards-report'
import { activityFiguresOfReport } from '../activities/activities-report'
import { recordedModelFigures } from '../models/models-figures'

export type RecordedFigureSource = (
  db: Kysely<Database>,
  unit: { id: number; path: string },
  form: ReportForm,
  period: { start: string; end: string },
  figures: Readonly<Record<string, unknown>>,
) => Promise<Record<string, RecordedFigure> | null>

const RECORDED_FIGURE_SOURCES: readonly RecordedFigureSource[] = [
  recordedFiguresOf,
  recordedStandardsOf,
  activityFiguresOfReport,
  recordedModelFigures,
]

/** Every source's figures merged, or null when no typed figure of the form has records. */
export async function recordedFiguresOfReport(
  ...args: Parameters<RecordedFigureSource>
): Promise<Record<string, RecordedFigure> | null> {
  let merged: Record<string, RecordedFigure> | null = null
  for (const source of RECORDED_FIGURE_SOURCES) {
    const figures = await source(...args)
    if (figures) merged = { ...(merged ?? {}), ...figures }
  }
  return merged
}
