// One change of the model register inside the caller's transaction: the history entry and the
// audit entry (who, when, before, after, why), then the targets that read the register
// recomputed for every year the change touches, on every unit whose territory holds the model
// (its host, its sites, and every unit above them).
import { pathIds, type Actor } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { recomputeTargets } from '../targets/targets-recompute'
import * as repo from './models.repository'

export type ModelChange = {
  actor: Actor
  modelId: number
  action: string
  before: unknown
  after: unknown
  reason: string | null
  /** The paths of the units whose territory figure moved (host and sites, before and after). */
  paths: readonly string[]
  years: readonly number[]
}

export async function recordChange(deps: Deps, tx: Kysely<Database>, change: ModelChange) {
  const at = deps.now()
  const by = change.actor.username
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value))
  await repo.appendHistory(tx, {
    ...{ model_id: change.modelId, at, actor_name: by, action: change.action },
    ...{ before: json(change.before), after: json(change.after), reason: change.reason },
  })
  const host = change.paths[0] ?? ''
  await appendAudit(tx, {
    actorId: change.actor.accountId,
    actorName: by,
    action: `models.${change.action}`,
    entity: 'models',
    entityId: change.modelId,
    unit: { id: pathIds(host).at(-1) ?? 0, path: host },
    before: change.before ?? null,
    after: change.after ?? null,
    reason: change.reason,
  })
  // The host and the sites: each one's chain carries the change up (recomputeTargets).
  const unitIds = change.paths.map((path) => pathIds(path).at(-1) ?? 0).filter((id) => id > 0)
  for (const year of new Set(change.years))
    await recomputeTargets({ ...deps, db: tx }, { year, unitIds })
}

/** The years from a day's year to this year (a model's presence changes each of them). */
export function yearsFrom(day: string, today: string): number[] {
  const first = Number(day.slice(0, 4))
  const last = Math.max(first, Number(today.slice(0, 4)))
  const years: number[] = []
  for (let year = Math.max(first, last - 9); year <= last; year++) years.push(year)
  return years
}
