// Criteria sets are versioned data: seeded from the legal reference, edited by an
// administrator; an edit stores a new version and never changes one already used.
import { AppError, CRITERIA_SET_SEEDS, validateCriteriaSet, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import * as repo from './criteria.repository'

/** Store every seeded set that is not there yet (idempotent, runs at start-up). */
export async function seedCriteriaSets(deps: Deps) {
  for (const seed of CRITERIA_SET_SEEDS) {
    const checked = validateCriteriaSet(seed)
    if (!checked.ok) throw new Error(`criteria seed ${seed.code}: ${checked.messages.join('; ')}`)
    await repo.insertCriteriaSet(deps.db, {
      set_key: checked.set.code,
      version: checked.set.version,
      title: checked.set.title,
      definition: checked.set,
      created_by: 'he-thong',
    })
  }
}

export async function listCriteriaSets(deps: Deps) {
  const rows = await repo.listLatestCriteriaSets(deps.db)
  return {
    items: rows.map((row) => ({
      key: row.set_key,
      version: row.version,
      title: row.title,
      createdBy: row.created_by,
      createdAt: row.created_at.toISOString(),
      definition: row.definition,
    })),
  }
}

export async function getCriteriaSet(deps: Deps, key: string, version?: number) {
  const row = await repo.findCriteriaSet(deps.db, key, version)
  if (!row) throw new AppError('NOT_FOUND')
  const versions = await repo.listCriteriaVersions(deps.db, key)
  return {
    key: row.set_key,
    version: row.version,
    title: row.title,
    definition: row.definition,
    versions: versions.map((v) => ({
      version: v.version,
      createdBy: v.created_by,
      createdAt: v.created_at.toISOString(),
    })),
  }
}

export async function saveCriteriaSet(
  deps: Deps,
  actor: Actor,
  key: string,
  definition: unknown,
  reason: string,
) {
  return deps.db.transaction().execute(async (tx) => {
    const latest = await repo.findCriteriaSet(tx, key)
    if (!latest) throw new AppError('NOT_FOUND')
    const version = latest.version + 1
    const checked = validateCriteriaSet({ ...(definition as object), code: key, version })
    if (!checked.ok)
      throw new AppError(
        'VALIDATION',
        'Bộ tiêu chí chưa hợp lệ',
        checked.messages.map((message) => ({ message })),
      )
    await repo.insertCriteriaSet(tx, {
      set_key: key,
      version,
      title: checked.set.title,
      definition: checked.set,
      created_by: actor.username,
    })
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'criteria.new_version',
      entity: 'criteria_set',
      entityId: `${key}@${version}`,
      before: latest.definition,
      after: checked.set,
      reason,
    })
    return getCriteriaSet({ ...deps, db: tx }, key, version)
  })
}
