// The quota counts a decision is checked against, then the check itself: a fixed quota counts
// every decided nomination of the form and year; an allocated quota counts, for each allocation
// on an item's ancestor chain, the decided nominations under the receiving unit. Revoked
// nominations are no longer "decided", so a revocation frees its place.
import { AppError, checkDecisionQuota, decisionQuotaLimit, type AwardForm } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { countDecided, listAllocations } from './decisions.repository'

export type QuotaScope = { planKey: string; year: number }

export async function enforceDecisionQuota(
  tx: Kysely<Database>,
  scope: QuotaScope,
  form: AwardForm,
  itemPaths: readonly string[],
) {
  const filter = { ...scope, awardFormId: form.id }
  const uses: Parameters<typeof checkDecisionQuota>[0][] = []
  if (form.quota.type === 'fixed')
    uses.push({
      formName: form.name,
      limit: decisionQuotaLimit(form.quota),
      decided: await countDecided(tx, filter),
      adding: itemPaths.length,
    })
  if (form.quota.type === 'allocated')
    for (const allocation of await listAllocations(tx, filter)) {
      const adding = itemPaths.filter((path) => path.startsWith(allocation.to_unit_path)).length
      if (adding === 0) continue
      uses.push({
        formName: form.name,
        scopeName: allocation.unit_name,
        limit: decisionQuotaLimit(form.quota, allocation.count),
        decided: await countDecided(tx, { ...filter, pathPrefix: allocation.to_unit_path }),
        adding,
      })
    }
  const checks = uses.map((use) => checkDecisionQuota(use))
  const exceeded = checks.find((check) => !check.ok)
  if (exceeded)
    throw new AppError('QUOTA_EXCEEDED', exceeded.message, [
      { path: 'nominationIds', message: exceeded.message },
    ])
  return checks.map((check) => check.message)
}
