// Listing nominations by plan, year, unit subtree, status and form, within the actor's subtree.
import { AppError, isInSubtree, readScopeWithin, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { loadPlan, loadUnit } from './nominations.context'
import { presentSummary } from './nominations.presenter'
import { listNominations } from './nominations.repository'
import type { ListNominationsQuery } from './nominations.schemas'

export async function searchNominations(deps: Deps, actor: Actor, query: ListNominationsQuery) {
  // The route has checked `unitId` against the actor's subtree; without it, the actor's own —
  // or, for a plan of a legacy unit merged into it (ADR 011), the plan issuer's subtree.
  const plan = query.planId ? await loadPlan(deps.db, query.planId) : undefined
  const issuerPath = plan?.issuerPath
  const path = query.unitId
    ? (await loadUnit(deps.db, query.unitId)).path
    : issuerPath && actor.scopePath !== null && !intersects(actor.scopePath, issuerPath)
      ? (readScopeWithin(actor, issuerPath) ?? actor.scopePath)
      : actor.scopePath
  if (path === '') throw new AppError('OUT_OF_SCOPE')
  const planKey = plan?.key
  const { total, items } = await listNominations(deps.db, {
    planKey,
    year: query.year,
    status: query.status,
    awardFormId: query.awardFormId,
    path,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  })
  return { total, page: query.page, pageSize: query.pageSize, items: items.map(presentSummary) }
}

function intersects(a: string, b: string) {
  return isInSubtree(a, b) || isInSubtree(b, a)
}
