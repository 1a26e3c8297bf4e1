// Revoking a decision, whole or for some of its awardees, on one of the law's four grounds
// (legal.md §5.5). Each revoked nomination moves to revoked (so it no longer counts against
// the quota); the decision itself is revoked once none of its items stands. One transaction,
// one revocation row per item and the audit entry with the ground and reason.
import {
  AppError,
  can,
  describeRevocationGround,
  findRevocationProblems,
  type Actor,
} from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { moveNomination } from '../councils/nomination-steps'
import * as repo from './decisions.repository'
import type { RevokeInput } from './decisions.schemas'
import { getDecisionIn, loadDecision } from './decisions.service'

export async function revokeDecision(
  deps: Deps,
  actor: Actor,
  decisionId: number,
  input: RevokeInput,
) {
  const problems = findRevocationProblems(input)
  if (problems.length > 0) throw new AppError('VALIDATION', problems[0])
  return deps.db.transaction().execute(async (tx) => {
    const decision = await loadDecision(tx, actor, decisionId)
    if (!can(actor, 'decisions:sign', decision.issuer_unit_path)) throw new AppError('FORBIDDEN')
    const items = await repo.listItems(tx, decisionId)
    const live = items.filter((item) => item.status === 'decided')
    const chosen = input.nominationIds
      ? live.filter((item) => input.nominationIds?.includes(item.nomination_id))
      : live
    const unknown = (input.nominationIds ?? []).filter(
      (id) => !live.some((item) => item.nomination_id === id),
    )
    if (unknown.length > 0)
      throw new AppError(
        'VALIDATION',
        `Đề nghị #${unknown.join(', #')} không còn hiệu lực trong quyết định này`,
      )
    if (chosen.length === 0) throw new AppError('INVALID_TRANSITION', 'Quyết định đã bị hủy bỏ')
    const reason = `Hủy bỏ theo ${describeRevocationGround(input.ground)}. ${input.reason}`
    for (const item of chosen)
      await moveNomination(tx, deps, actor, item.nomination_id, 'revoked', reason)
    await repo.revokeItems(
      tx,
      chosen.map((item) => item.id),
    )
    const whole = chosen.length === live.length
    // The whole decision is one revocation; some of its awardees, one per item.
    const revokedItems = input.nominationIds ? chosen.map((item) => item.id) : [null]
    const base = { decision_id: decisionId, legal_ground: input.ground, reason: input.reason }
    await repo.insertRevocations(
      tx,
      revokedItems.map((itemId) => ({
        ...base,
        decision_item_id: itemId,
        revoked_by: actor.username,
      })),
    )
    if (whole) await repo.setDecisionStatus(tx, decisionId, 'revoked')
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'decision.revoke',
      entity: 'decision',
      entityId: decisionId,
      unit: { id: decision.issuer_unit_id, path: decision.issuer_unit_path },
      before: { status: decision.status, items: live.map((item) => item.nomination_id) },
      after: { ground: input.ground, revoked: chosen.map((item) => item.nomination_id), whole },
      reason,
    })
    return getDecisionIn(tx, actor, decisionId)
  })
}
