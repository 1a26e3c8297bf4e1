// Importing a unit's year from its edited template: every row is checked (a month of that year,
// once, begun, not locked when changed, each figure a whole number within the rules); any error
// and nothing is written. The changed months are written in one transaction.
import { CRIME_STATISTICS_MONTH_HEADER } from '@antq/documents'
import {
  AppError,
  crimeStatisticHeaderOf,
  formatStatisticMonth,
  isFutureMonth,
  isStatisticMonthLocked,
  monthsOfYear,
  validateStatisticMonth,
  vietnamDateOf,
  type Actor,
  type ErrorDetail,
} from '@antq/core'
import type { Deps } from '../../deps'
import { canEnter, loadStatisticUnit } from './crime-statistics.access'
import { readStatisticsWorkbook } from './crime-statistics-import.reader'
import * as repo from './crime-statistics.repository'
import { monthVersion, writeMonth } from './crime-statistics-write'

type Input = { unitId: number; year: number; dryRun: boolean; fileName: string; bytes: Uint8Array }

export async function importStatistics(deps: Deps, actor: Actor, input: Input) {
  const unit = await loadStatisticUnit(deps.db, input.unitId)
  if (!canEnter(actor, unit)) throw new AppError('FORBIDDEN')
  const sheet = await readStatisticsWorkbook(input.fileName, input.bytes)
  const errors: ErrorDetail[] = []
  const { unitRow, yearRow } = sheet
  if (sheet.unitName !== unit.name)
    errors.push({
      ...{ row: unitRow, column: 'Đơn vị' },
      message: `Tệp lập cho "${sheet.unitName}", không phải ${unit.name}`,
    })
  if (sheet.yearText !== String(input.year))
    errors.push({
      ...{ row: yearRow, column: 'Năm' },
      message: `Tệp lập cho năm ${sheet.yearText}, không phải năm ${input.year}`,
    })
  const months = monthsOfYear(input.year)
  const records = await repo.listRecords(deps.db, unit.id, months)
  const today = vietnamDateOf(deps.now())
  const seen = new Set<string>()
  const writes: { month: string; values: Record<string, number>; version: number }[] = []
  let unchanged = 0
  for (const row of sheet.rows) {
    const fail = (column: string, message: string) =>
      errors.push({ row: row.row, column, message: `Dòng ${row.row}: ${message}` })
    const month = months.find((each) => formatStatisticMonth(each) === row.monthText)
    if (!month) {
      fail(
        CRIME_STATISTICS_MONTH_HEADER,
        `"${row.monthText}" không phải một tháng của năm ${input.year} (dạng mm/${input.year})`,
      )
      continue
    }
    if (seen.has(month)) fail(CRIME_STATISTICS_MONTH_HEADER, `tháng ${row.monthText} lặp lại`)
    seen.add(month)
    const rows = records.filter((record) => record.month === month)
    const stored = Object.fromEntries(rows.map((record) => [record.kind, record.value]))
    const values = Object.fromEntries([...row.cells].filter(([, value]) => value !== undefined))
    const changed = Object.entries(values).some(([kind, value]) => stored[kind] !== value)
    if (!changed) {
      unchanged += 1
      continue
    }
    if (isFutureMonth(month, today)) {
      fail(
        CRIME_STATISTICS_MONTH_HEADER,
        `tháng ${row.monthText} chưa bắt đầu, chưa nhập được số liệu`,
      )
      continue
    }
    if (isStatisticMonthLocked(month, today)) {
      fail(
        CRIME_STATISTICS_MONTH_HEADER,
        `tháng ${row.monthText} đã khóa sổ; điều chỉnh phải có lý do, qua chức năng "Điều chỉnh"`,
      )
      continue
    }
    const problems = validateStatisticMonth({ ...stored, ...values })
    for (const problem of problems)
      fail(crimeStatisticHeaderOf(problem.path ?? ''), problem.message)
    if (problems.length === 0)
      writes.push({ month, values: values as Record<string, number>, version: monthVersion(rows) })
  }
  const result = { dryRun: input.dryRun, changed: writes.length, unchanged, errors }
  if (errors.length > 0 || input.dryRun) return { ok: errors.length === 0, ...result }
  await deps.db.transaction().execute(async (tx) => {
    for (const write of writes)
      await writeMonth(deps, tx, { actor, unit, ...write, locked: false, reason: null })
  })
  return { ok: true, ...result }
}
