// The rules of a unit's standard records: what a record must say (its dates, its deciding
// document when the kind is a recognition, its criteria answers), which record is in force on
// a date, and the one rule across kinds: an enhanced 19.2 only while the basic 19.2 is held.
import type { ErrorDetail } from '../errors/app-error'
import type { RecordedFigure } from '../statistics/crime-statistics-rules'
import type { UnitKind } from '../units/unit-kinds'
import {
  findStandardKind,
  STANDARD_STATUSES,
  standardKindOfTypedField,
  priorYearStandardOfTypedField,
  type StandardStatus,
} from './unit-standards'

export type StandardRecord = {
  kind: string
  status: StandardStatus
  validFrom: string
  validTo: string | null
  decisionNumber: string | null
  decisionDate: string | null
  decisionIssuer: string | null
  /** The criteria set's items (id → met) when the kind is evaluated against one. */
  answers: Readonly<Record<string, boolean>> | null
}

/** Every problem of one record, in Vietnamese, for a unit of `unitKind`; empty when none. */
export function validateStandardRecord(
  record: StandardRecord,
  unitKind: UnitKind,
  criteriaItems: readonly string[] | null,
): ErrorDetail[] {
  const kind = findStandardKind(record.kind)
  if (!kind) return [{ path: 'kind', message: 'Loại tiêu chuẩn không có trong danh mục' }]
  const errors: ErrorDetail[] = []
  if (!kind.unitKinds.includes(unitKind))
    errors.push({ path: 'kind', message: `"${kind.label}" không áp dụng cho loại đơn vị này` })
  if (!(STANDARD_STATUSES as readonly string[]).includes(record.status))
    errors.push({ path: 'status', message: 'Kết quả phải là đạt, không đạt hoặc bị thu hồi' })
  if (record.validTo !== null && record.validTo < record.validFrom)
    errors.push({ path: 'validTo', message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực' })
  const decided = record.status !== 'khong_dat' && kind.decisionRequired
  if (decided && (!record.decisionNumber || !record.decisionDate || !record.decisionIssuer))
    errors.push({
      path: 'decisionNumber',
      message: `"${kind.label}" cần số, ngày và cơ quan ban hành quyết định công nhận hoặc thu hồi`,
    })
  if (record.decisionDate && record.decisionDate > record.validFrom && record.status === 'dat')
    errors.push({
      path: 'decisionDate',
      message: 'Ngày hiệu lực công nhận không được trước ngày ký quyết định',
    })
  if (record.answers && criteriaItems) {
    const unknown = Object.keys(record.answers).filter((id) => !criteriaItems.includes(id))
    if (unknown.length > 0)
      errors.push({ path: 'answers', message: `Tiêu chí không có trong bộ: ${unknown.join(', ')}` })
    const unmet = criteriaItems.filter((id) => record.answers?.[id] === false)
    if (record.status === 'dat' && unmet.length > 0)
      errors.push({ path: 'answers', message: 'Có tiêu chí chưa đạt nên không thể kết luận đạt' })
  }
  return errors
}

type Dated = Pick<StandardRecord, 'kind' | 'status' | 'validFrom' | 'validTo'>

/** The record of `kind` in force on `date`: the latest begun by then and not yet expired. */
export function standardInForce<T extends Dated>(
  records: readonly T[],
  kind: string,
  date: string,
) {
  let found: T | undefined
  for (const record of records)
    if (
      record.kind === kind &&
      record.validFrom <= date &&
      (!found || record.validFrom >= found.validFrom)
    )
      found = record
  return found && (found.validTo === null || found.validTo >= date) ? found : undefined
}

/** Whether the unit holds `kind` on `date` ("đạt" in force). */
export const holdsStandard = (records: readonly Dated[], kind: string, date: string) =>
  standardInForce(records, kind, date)?.status === 'dat'

const dayAfter = (date: string) => {
  const next = new Date(`${date}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}

/**
 * The first date on which a kind with a prerequisite (19.2 nâng cao) is held while its
 * prerequisite is not, or undefined. Checked on every date either kind's record changes.
 */
export function findHeldWithoutPrerequisite(records: readonly Dated[]): string | undefined {
  const dates = new Set<string>()
  for (const record of records) {
    dates.add(record.validFrom)
    if (record.validTo) dates.add(dayAfter(record.validTo))
  }
  for (const date of [...dates].sort())
    for (const record of records) {
      const requires = findStandardKind(record.kind)?.requires
      if (
        requires &&
        holdsStandard(records, record.kind, date) &&
        !holdsStandard(records, requires, date)
      )
        return date
    }
  return undefined
}

/**
 * Beside each typed report figure a standard kind stands for, whether the records hold it on
 * the period's last day; `differs` flags a typed yes/no that disagrees.
 */
export function compareTypedStandards(
  fieldIds: readonly string[],
  figures: Readonly<Record<string, unknown>>,
  records: readonly Dated[],
  periodEnd: string,
): Record<string, RecordedFigure> {
  const out: Record<string, RecordedFigure> = {}
  for (const id of fieldIds) {
    const current = standardKindOfTypedField(id)
    // "Đã đạt … năm 2023" on a 2024 report: the records on the same day a year earlier.
    const prior = current ? undefined : priorYearStandardOfTypedField(id)
    const kind = current ?? prior
    if (!kind || !records.some((record) => record.kind === kind.id)) continue
    const date = prior ? `${Number(periodEnd.slice(0, 4)) - 1}${periodEnd.slice(4)}` : periodEnd
    const held = holdsStandard(records, kind.id, date)
    const typed = figures[id]
    const when = prior ? ` năm ${date.slice(0, 4)}` : ''
    out[id] = {
      recorded: held ? 1 : 0,
      text: `Theo hồ sơ công nhận${when}: ${held ? 'đạt' : 'chưa đạt'} "${kind.label}"`,
      differs: typeof typed === 'boolean' && typed !== held,
    }
  }
  return out
}
