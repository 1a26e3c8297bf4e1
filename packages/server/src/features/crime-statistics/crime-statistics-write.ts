// One change of a unit's month of crime statistics: the merged figures checked by core's rules,
// each changed figure upserted with its history entry, one audit entry, and the targets that
// read the records recomputed — for the month's year, and for every plan year that compares
// with it as its baseline ("so với năm 2023") — all inside the caller's transaction.
import {
  AppError,
  CRIME_STATISTICS_PREFIX,
  formatStatisticMonth,
  pathIds,
  validateStatisticMonth,
  type Actor,
  type Plan,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { findPlanById } from '../plans/plans.repository'
import { recomputeTargets } from '../targets/targets-recompute'
import { listPlansCovering } from '../targets/targets.repository'
import type { StatisticUnit } from './crime-statistics.access'
import * as repo from './crime-statistics.repository'

export type MonthWrite = {
  actor: Actor
  unit: StatisticUnit
  month: string
  values: Readonly<Record<string, unknown>>
  /** The month's version the writer read (sum of its rows' versions; 0 when empty). */
  version: number
  locked: boolean
  reason: string | null
}

export const monthVersion = (rows: readonly { row_version: number }[]) =>
  rows.reduce((total, row) => total + row.row_version, 0)

/** Writes one month; returns the kinds changed (none: nothing written). */
export async function writeMonth(deps: Deps, tx: Kysely<Database>, write: MonthWrite) {
  const { unit, month } = write
  const rows = await repo.listRecords(tx, unit.id, [month])
  if (monthVersion(rows) !== write.version) throw new AppError('CONFLICT')
  const stored = Object.fromEntries(rows.map((row) => [row.kind, row.value]))
  const merged = { ...stored, ...write.values }
  const errors = validateStatisticMonth(merged)
  if (errors.length > 0)
    throw new AppError(
      'STATISTICS_INVALID',
      `Số liệu tháng ${formatStatisticMonth(month)} của ${unit.name} không hợp lệ`,
      errors,
    )
  const changed = Object.entries(write.values).filter(([kind, value]) => stored[kind] !== value)
  if (changed.length === 0) return []
  const at = deps.now()
  const by = write.actor.username
  for (const [kind, value] of changed)
    await repo.upsertRecord(tx, { unit_id: unit.id, month, kind, value: value as number, by, at })
  await repo.appendHistory(
    tx,
    changed.map(([kind, value]) => ({
      ...{ unit_id: unit.id, month, kind, before_value: stored[kind] ?? null },
      ...{ after_value: value as number, at, actor_name: by },
      ...{ after_lock: write.locked, reason: write.reason },
    })),
  )
  const before = Object.fromEntries(changed.map(([kind]) => [kind, stored[kind] ?? null]))
  await appendAudit(tx, {
    actorId: write.actor.accountId,
    actorName: by,
    action: write.locked ? 'crime_statistics.correct' : 'crime_statistics.enter',
    entity: 'crime_statistics',
    entityId: `${unit.id}:${month}`,
    unit: { id: unit.id, path: unit.path },
    before,
    after: { month, values: Object.fromEntries(changed) },
    reason: write.reason,
  })
  await recomputeStatisticTargets({ ...deps, db: tx }, unit, Number(month.slice(0, 4)))
  return changed.map(([kind]) => kind)
}

/**
 * The records of a unit count in its own and every ancestor's territory figure, so each
 * commune and district on its path is a written unit; its year, and the years of plans whose
 * statistics targets compare with that year, are recomputed.
 */
async function recomputeStatisticTargets(deps: Deps, unit: StatisticUnit, year: number) {
  const holders = await repo.listStatisticAncestors(deps.db, pathIds(unit.path))
  const unitIds = holders.map((holder) => holder.id)
  await recomputeTargets(deps, { year, unitIds })
  for (const covering of await listPlansCovering(deps.db, unit.path)) {
    const row = await findPlanById(deps.db, covering.id)
    const plan = row?.definition as Plan | undefined
    if (!plan || !comparesWith(plan, year)) continue
    const { startYear, endYear } = plan.period
    for (let each = startYear; each <= (endYear ?? startYear); each++)
      if (each !== year) await recomputeTargets(deps, { year: each, unitIds, planId: covering.id })
  }
}

const comparesWith = (plan: Plan, year: number) =>
  plan.targets.some(
    (target) =>
      target.measure.type === 'change_vs_baseline' &&
      target.measure.baselineYear === year &&
      target.measure.value.includes(CRIME_STATISTICS_PREFIX),
  )
