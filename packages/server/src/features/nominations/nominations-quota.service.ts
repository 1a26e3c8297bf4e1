// Quotas: the counts that apply to a proposing unit (fixed for the whole campaign, or every
// allocation on its ancestor chain), allocation from a higher level to a lower one (audited),
// and the quota check H7's decision calls inside its own transaction.
import {
  AppError,
  checkAllocation,
  checkQuota,
  describeQuota,
  findAwardForm,
  isInSubtree,
  type Actor,
  type AwardForm,
  type QuotaCount,
  type QuotaMoment,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { assertCan, loadPlan, loadUnit } from './nominations.context'
import { findNomination } from './nominations.repository'
import * as repo from './nominations-quota.repository'
import type { AllocateInput } from './nominations.schemas'

export async function loadQuotaCounts(
  db: Kysely<Database>,
  key: repo.FormKey,
  form: Pick<AwardForm, 'quota'>,
  proposingPath: string,
): Promise<QuotaCount[]> {
  if (form.quota.type === 'discretion') return []
  if (form.quota.type === 'fixed') {
    const places = await repo.countPlaces(db, key, null)
    return [{ scopeUnitId: null, scopeName: null, limit: form.quota.count, ...places }]
  }
  const allocations = (await repo.listAllocations(db, key)).filter((row) =>
    isInSubtree(proposingPath, row.to_unit_path),
  )
  return Promise.all(
    allocations.map(async (row) => ({
      scopeUnitId: row.to_unit_id,
      scopeName: row.to_unit_name,
      limit: row.count,
      ...(await repo.countPlaces(db, key, row.to_unit_path)),
    })),
  )
}

/**
 * For H7's decision (inside its transaction): QUOTA_EXCEEDED with the count when deciding
 * this nomination would exceed its form's quota. Serialised per form by an advisory lock.
 */
export async function checkNominationQuota(
  tx: Kysely<Database>,
  nominationId: number,
  moment: QuotaMoment,
) {
  const row = await findNomination(tx, nominationId)
  if (!row) throw new AppError('NOT_FOUND')
  const handle = await loadPlan(tx, row.plan_id)
  const form = findAwardForm(handle.plan, row.award_form_id)
  const key = { planKey: row.plan_key, year: row.year, awardFormId: row.award_form_id }
  await repo.lockFormQuota(tx, key)
  const counts = await loadQuotaCounts(tx, key, form, row.proposing_unit_path)
  // A pending nomination being decided already holds its place among the pending ones.
  const adjusted =
    moment === 'submit' && row.status !== 'draft' && row.status !== 'returned'
      ? counts.map((count) => ({ ...count, pending: Math.max(0, count.pending - 1) }))
      : counts
  checkQuota(form, adjusted, moment)
}

/** Every allocation of a plan's forms for a year, with places in use under each. */
export async function listQuotas(
  deps: Deps,
  planId: number,
  query: { year: number; awardFormId?: string },
) {
  const handle = await loadPlan(deps.db, planId)
  const forms = handle.plan.awardForms.filter(
    (form) => !query.awardFormId || form.id === query.awardFormId,
  )
  return Promise.all(
    forms.map(async (form) => {
      const key = { planKey: handle.key, year: query.year, awardFormId: form.id }
      const allocations = await repo.listAllocations(deps.db, key)
      const whole = form.quota.type === 'fixed' ? await loadQuotaCounts(deps.db, key, form, '') : []
      return {
        awardFormId: form.id,
        name: form.name,
        quota: form.quota,
        overall: form.quota.type === 'fixed' ? describeQuota(form, whole) : null,
        allocations: await Promise.all(
          allocations.map(async (row) => {
            const places = await repo.countPlaces(deps.db, key, row.to_unit_path)
            const count = {
              scopeUnitId: row.to_unit_id,
              scopeName: row.to_unit_name,
              limit: row.count,
              ...places,
            }
            return {
              id: row.id,
              fromUnit: row.from_unit_id
                ? { id: row.from_unit_id, name: row.from_unit_name }
                : null,
              toUnit: { id: row.to_unit_id, name: row.to_unit_name },
              count: row.count,
              note: row.note,
              allocatedBy: row.allocated_by,
              allocatedAt: row.allocated_at.toISOString(),
              rowVersion: row.row_version,
              inUse: describeQuota(form, [count]),
            }
          }),
        ),
      }
    }),
  )
}

/** Record (or change) what a higher level hands a lower one; audited. */
export async function allocateQuota(
  deps: Deps,
  actor: Actor,
  planId: number,
  input: AllocateInput,
) {
  const handle = await loadPlan(deps.db, planId)
  const form = findAwardForm(handle.plan, input.awardFormId)
  if (form.quota.type !== 'allocated')
    throw new AppError('VALIDATION', `"${form.name}" không có chỉ tiêu phân bổ`)
  const to = await loadUnit(deps.db, input.toUnitId, 'toUnitId')
  const from =
    input.fromUnitId === null ? null : await loadUnit(deps.db, input.fromUnitId, 'fromUnitId')
  assertCan(actor, 'quotas:allocate', from?.path ?? to.path)
  if (from && (from.id === to.id || !isInSubtree(to.path, from.path)))
    throw new AppError('VALIDATION', 'Chỉ phân bổ chỉ tiêu cho đơn vị cấp dưới', [
      { path: 'toUnitId', message: 'Đơn vị nhận phải thuộc đơn vị phân bổ' },
    ])
  const key = { planKey: handle.key, year: input.year, awardFormId: form.id }
  return deps.db.transaction().execute(async (tx) => {
    await repo.lockFormQuota(tx, key)
    const all = await repo.listAllocations(tx, key)
    if (from) {
      const received = all.find((row) => row.to_unit_id === from.id)?.count ?? null
      const givenToOthers = all
        .filter((row) => row.from_unit_id === from.id && row.to_unit_id !== to.id)
        .reduce((sum, row) => sum + row.count, 0)
      checkAllocation({ received, givenToOthers, count: input.count, formName: form.name })
    }
    const existing = all.find((row) => row.to_unit_id === to.id)
    const at = deps.now()
    const changes = { count: input.count, note: input.note, from_unit_id: from?.id ?? null }
    let id: number
    if (existing) {
      if (input.rowVersion !== undefined && input.rowVersion !== existing.row_version)
        throw new AppError('CONFLICT')
      const ok = await repo.updateAllocation(tx, existing.id, existing.row_version, {
        ...changes,
        allocated_by: actor.username,
        allocated_at: at,
      })
      if (!ok) throw new AppError('CONFLICT')
      id = existing.id
    } else {
      id = await repo.insertAllocation(tx, {
        ...changes,
        plan_key: handle.key,
        year: input.year,
        award_form_id: form.id,
        to_unit_id: to.id,
        to_unit_path: to.path,
        allocated_by: actor.username,
        allocated_at: at,
      })
    }
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'quota.allocate',
      entity: 'quota_allocation',
      entityId: id,
      unit: { id: to.id, path: to.path },
      before: existing ? { count: existing.count, fromUnitId: existing.from_unit_id } : null,
      after: { ...key, count: input.count, fromUnitId: from?.id ?? null },
      reason: input.note || null,
    })
    return { id }
  })
}
