// What the page shows for a unit's year: each month's figures with its lock date and state,
// its version for the next save, the year's totals by core's rules, and the latest changes.
import {
  CRIME_STATISTIC_KINDS,
  formatStatisticMonth,
  isFutureMonth,
  isStatisticMonthLocked,
  monthsOfYear,
  statisticLockDate,
  summariseStatistics,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { StatisticUnit } from './crime-statistics.access'
import * as repo from './crime-statistics.repository'
import { monthVersion } from './crime-statistics-write'

export async function presentYear(
  db: Kysely<Database>,
  input: { unit: StatisticUnit; year: number; today: string },
  rights: { canEnter: boolean; canCorrect: boolean },
) {
  const { unit, year, today } = input
  const months = monthsOfYear(year)
  const records = await repo.listRecords(db, unit.id, months)
  const history = await repo.listHistory(db, unit.id, months)
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    year,
    ...rights,
    kinds: CRIME_STATISTIC_KINDS.map(({ id, label, unit: counted, aggregate }) => ({
      ...{ id, label, unit: counted, aggregate },
    })),
    months: months.map((month) => {
      const rows = records.filter((row) => row.month === month)
      const latest = rows.reduce<(typeof rows)[number] | undefined>(
        (last, row) => (!last || row.entered_at > last.entered_at ? row : last),
        undefined,
      )
      return {
        month,
        label: formatStatisticMonth(month),
        lockDate: statisticLockDate(month),
        locked: isStatisticMonthLocked(month, today),
        begun: !isFutureMonth(month, today),
        version: monthVersion(rows),
        values: Object.fromEntries(rows.map((row) => [row.kind, row.value])),
        enteredBy: latest?.entered_by ?? null,
        enteredAt: latest ? new Date(latest.entered_at).toISOString() : null,
      }
    }),
    totals: summariseStatistics(records, months),
    history: history.slice(0, 50).map((row) => ({
      month: row.month,
      kind: row.kind,
      before: row.before_value,
      after: row.after_value,
      at: new Date(row.at).toISOString(),
      by: row.actor_name,
      afterLock: row.after_lock,
      reason: row.reason,
    })),
  }
}
