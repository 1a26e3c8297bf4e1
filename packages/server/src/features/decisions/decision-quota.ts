// The quota a decision is checked against, counted by the nominations feature's own functions
// (loadQuotaCounts: the fixed count of the campaign, or every allocation on a proposing unit's
// chain, with the nominations already decided under it) while holding its per-form lock, so two
// decisions of one form count one after the other. Revoked nominations are no longer decided:
// a revocation frees its place. The refusal names the count: "Vượt chỉ tiêu: đã quyết định 9/9 …".
import { AppError, checkDecisionQuota, type AwardForm, type QuotaCount } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { lockFormQuota } from '../nominations/nominations-quota.repository'
import { loadQuotaCounts } from '../nominations/nominations-quota.service'

export type QuotaScope = { planKey: string; year: number }

export async function enforceDecisionQuota(
  tx: Kysely<Database>,
  scope: QuotaScope,
  form: AwardForm,
  itemPaths: readonly string[],
) {
  const key = { ...scope, awardFormId: form.id }
  await lockFormQuota(tx, key)
  // Every count that applies to some item, with how many of this decision's items fall under it.
  const byScope = new Map<string, { count: QuotaCount; adding: number }>()
  const paths = form.quota.type === 'fixed' ? itemPaths.slice(0, 1) : [...new Set(itemPaths)]
  for (const path of paths)
    for (const count of await loadQuotaCounts(tx, key, form, path)) {
      const id = String(count.scopeUnitId)
      const under =
        form.quota.type === 'fixed'
          ? itemPaths.length
          : itemPaths.filter((item) => item === path).length
      const entry = byScope.get(id) ?? { count, adding: 0 }
      entry.adding += under
      byScope.set(id, entry)
    }
  const checks = [...byScope.values()].map(({ count, adding }) =>
    checkDecisionQuota({
      formName: form.name,
      scopeName: count.scopeName,
      limit: count.limit,
      decided: count.decided,
      adding,
    }),
  )
  const exceeded = checks.find((check) => !check.ok)
  if (exceeded)
    throw new AppError('QUOTA_EXCEEDED', exceeded.message, [
      { path: 'nominationIds', message: exceeded.message },
    ])
  return checks.map((check) => check.message)
}
