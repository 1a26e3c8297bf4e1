// A unit's crime statistics for a year (read), a month entered before its lock (the unit's
// police or the plan owner), a month corrected after it (the plan owner, with a reason).
import {
  AppError,
  formatStatisticMonth,
  isFutureMonth,
  isStatisticMonthLocked,
  vietnamDateOf,
  type Actor,
} from '@antq/core'
import type { Deps } from '../../deps'
import { canCorrect, canEnter, loadStatisticUnit } from './crime-statistics.access'
import { presentYear } from './crime-statistics.presenter'
import { writeMonth } from './crime-statistics-write'

const todayOf = (deps: Deps) => vietnamDateOf(deps.now())

export async function listStatistics(deps: Deps, actor: Actor, unitId: number, year: number) {
  const unit = await loadStatisticUnit(deps.db, unitId)
  return presentYear(
    deps.db,
    { unit, year, today: todayOf(deps) },
    {
      canEnter: canEnter(actor, unit),
      canCorrect: canCorrect(actor, unit),
    },
  )
}

type MonthInput = { values: Record<string, unknown>; version: number }

/** A month not yet locked: the unit's police or the plan owner. */
export async function saveMonth(
  deps: Deps,
  actor: Actor,
  params: { unitId: number; month: string },
  input: MonthInput,
) {
  const unit = await loadStatisticUnit(deps.db, params.unitId)
  if (!canEnter(actor, unit)) throw new AppError('FORBIDDEN')
  const today = todayOf(deps)
  assertBegun(params.month, today)
  if (isStatisticMonthLocked(params.month, today)) throw new AppError('MONTH_LOCKED')
  await deps.db.transaction().execute((tx) =>
    writeMonth(deps, tx, {
      ...{ actor, unit, month: params.month, values: input.values, version: input.version },
      ...{ locked: false, reason: null },
    }),
  )
  return listStatistics(deps, actor, unit.id, Number(params.month.slice(0, 4)))
}

/** A correction, after the month's lock: the plan owner's, with its reason kept. */
export async function correctMonth(
  deps: Deps,
  actor: Actor,
  params: { unitId: number; month: string },
  input: MonthInput & { reason: string },
) {
  const unit = await loadStatisticUnit(deps.db, params.unitId)
  if (!canCorrect(actor, unit)) throw new AppError('FORBIDDEN')
  const today = todayOf(deps)
  assertBegun(params.month, today)
  const locked = isStatisticMonthLocked(params.month, today)
  await deps.db.transaction().execute((tx) =>
    writeMonth(deps, tx, {
      ...{ actor, unit, month: params.month, values: input.values, version: input.version },
      ...{ locked, reason: input.reason },
    }),
  )
  return listStatistics(deps, actor, unit.id, Number(params.month.slice(0, 4)))
}

export function assertBegun(month: string, today: string) {
  if (isFutureMonth(month, today))
    throw new AppError(
      'VALIDATION',
      `Tháng ${formatStatisticMonth(month)} chưa bắt đầu, chưa nhập được số liệu`,
    )
}
