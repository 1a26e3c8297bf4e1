// The records beside a periodic report (issue 12 item 6): for every typed yes/no of the report
// form a standard kind stands for ("Đạt chuẩn an toàn PCCC", "Đã lắp camera"…), whether the
// unit's own records hold it on the period's last day (a year earlier for a yes/no about the year
// before: plan 003's "đã đạt … năm 2023"), flagged when the typed answer disagrees.
// A unit with no record of the kind gets nothing beside its answer (no records, no comparison).
import {
  compareTypedStandards,
  priorYearStandardOfTypedField,
  standardKindOfTypedField,
  type RecordedFigure,
  type ReportForm,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { listUnitStandards } from './unit-standards.repository'
import { toRecord } from './unit-standards-write'

export async function recordedStandardsOf(
  db: Kysely<Database>,
  unit: { id: number },
  form: ReportForm,
  period: { start: string; end: string },
  figures: Readonly<Record<string, unknown>>,
): Promise<Record<string, RecordedFigure> | null> {
  const ids = form.fields
    .map((field) => field.id)
    .filter((id) => standardKindOfTypedField(id) ?? priorYearStandardOfTypedField(id))
  if (ids.length === 0) return null
  const records = (await listUnitStandards(db, unit.id)).map(toRecord)
  return compareTypedStandards(ids, figures, records, period.end)
}
