// The XLSX template of a unit's year, with the figures already entered.
import {
  crimeStatisticHeader,
  crimeStatisticsPeriod,
  nameSpreadsheetFile,
  renderCrimeStatisticsWorkbook,
} from '@antq/documents'
import {
  CRIME_STATISTIC_KINDS,
  formatStatisticMonth,
  isStatisticMonthLocked,
  MAX_MONTHLY_FIGURE,
  monthsOfYear,
  vietnamDateOf,
} from '@antq/core'
import type { Deps } from '../../deps'
import { loadStatisticUnit } from './crime-statistics.access'
import * as repo from './crime-statistics.repository'

export async function statisticsTemplate(deps: Deps, unitId: number, year: number) {
  const unit = await loadStatisticUnit(deps.db, unitId)
  const months = monthsOfYear(year)
  const records = await repo.listRecords(deps.db, unit.id, months)
  const today = vietnamDateOf(deps.now())
  const bytes = await renderCrimeStatisticsWorkbook({
    unitName: unit.name,
    year,
    max: MAX_MONTHLY_FIGURE,
    columns: CRIME_STATISTIC_KINDS.map((kind) => ({
      header: crimeStatisticHeader(kind.label, kind.unit),
    })),
    rows: months.map((month) => ({
      month: formatStatisticMonth(month),
      locked: isStatisticMonthLocked(month, today),
      values: CRIME_STATISTIC_KINDS.map(
        (kind) => records.find((row) => row.month === month && row.kind === kind.id)?.value ?? null,
      ),
    })),
  })
  return {
    fileName: nameSpreadsheetFile(['Số liệu tội phạm', unit.name, crimeStatisticsPeriod(year)]),
    bytes,
  }
}
