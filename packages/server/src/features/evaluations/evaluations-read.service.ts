// Reading evaluations: one unit's, or a subtree's, each with its outcome recomputed from the
// criteria-set version it was made with.
import {
  AppError,
  can,
  ownMovementSetAmong,
  type Actor,
  type Plan,
  type CriteriaSet,
} from '@antq/core'
import type { Deps } from '../../deps'
import { findCriteriaSet } from '../criteria/criteria.repository'
import { findUnitById } from '../units/units.repository'
import { presentEvaluation } from './evaluations.presenter'
import * as repo from './evaluations.repository'
import { outcomeOf } from './evaluations.rules'
import type { EvaluationKind } from './evaluations.schemas'

/**
 * Evaluations of one unit (any year, or one), each with its outcome from its own set version,
 * and the set a new movement classification of the unit takes: a plan over it may classify on
 * its own scale (plan 002's four classes, ADR 025), which the page cannot know by itself.
 */
export async function listUnitEvaluations(deps: Deps, unitId: number, year?: number) {
  const unit = await findUnitById(deps.db, unitId)
  if (!unit) throw new AppError('NOT_FOUND')
  // Stored definitions were validated when published: only their classifications are read.
  const plans = (await repo.listPlanDefinitionsCovering(deps.db, unit.path)).map(
    (row) => row.definition as Plan,
  )
  const { items } = await listEvaluationsIn(deps, { pathPrefix: '', unitId, year })
  return { items, movementSet: ownMovementSetAmong(plans, unit.kind) }
}

export async function listEvaluationsInScope(
  deps: Deps,
  actor: Actor,
  filter: { kind?: EvaluationKind; year?: number; unitId?: number },
) {
  let pathPrefix = actor.scopePath ?? ''
  if (filter.unitId !== undefined) {
    const unit = await findUnitById(deps.db, filter.unitId)
    if (!unit) throw new AppError('NOT_FOUND')
    if (!can(actor, 'campaign:read', unit.path)) throw new AppError('OUT_OF_SCOPE')
    pathPrefix = unit.path
  }
  return listEvaluationsIn(deps, { pathPrefix, kind: filter.kind, year: filter.year })
}

async function listEvaluationsIn(
  deps: Deps,
  filter: { pathPrefix: string; kind?: string; year?: number; unitId?: number },
) {
  const rows = await repo.listEvaluations(deps.db, filter)
  const sets = new Map<string, CriteriaSet | undefined>()
  const items = []
  for (const row of rows) {
    const key = `${row.criteria_set_key ?? ''}@${row.criteria_set_version ?? 0}`
    if (!sets.has(key) && row.criteria_set_key)
      sets.set(
        key,
        (await findCriteriaSet(deps.db, row.criteria_set_key, row.criteria_set_version ?? 1))
          ?.definition as CriteriaSet | undefined,
      )
    const set = sets.get(key)
    const stored = {
      answers: (row.answers ?? {}) as Record<string, unknown>,
      selfScore: row.self_score === null ? null : Number(row.self_score),
      reviewerScore: row.reviewer_score === null ? null : Number(row.reviewer_score),
    }
    items.push(
      presentEvaluation(row, set ? outcomeOf(row.kind as EvaluationKind, set, stored) : null),
    )
  }
  return { items }
}
