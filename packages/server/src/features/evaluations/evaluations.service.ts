// Evaluations of a unit for one evaluation year: the unit's self-assessment (campaign:report)
// and the managing level's decision (campaign:review from above the unit). One transaction,
// its audit entry, and the plan targets on the unit's ancestor chain recomputed in it.
import {
  AppError,
  can,
  evaluateCommuneSubunits,
  evaluationYearNamed,
  findEvaluationYearRefusal,
  validatePlan,
  vietnamDateOf,
  type Actor,
  type CriteriaSet,
  type UnitKind,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { findCriteriaSet } from '../criteria/criteria.repository'
import { recomputeTargets } from '../targets/targets-recompute'
import { findUnitById } from '../units/units.repository'
import { presentEvaluation } from './evaluations.presenter'
import * as repo from './evaluations.repository'
import { assertSubjectOfMovement, defaultCriteriaSetKey, outcomeOf } from './evaluations.rules'
import {
  DECISION_FIELDS,
  SELF_FIELDS,
  type EvaluationInput,
  type EvaluationKind,
} from './evaluations.schemas'
import { toUnitProfile } from '../units/unit-profile'

const has = (input: EvaluationInput, fields: readonly (keyof EvaluationInput)[]) =>
  fields.some((field) => input[field] !== undefined)

function assertMayWrite(actor: Actor, path: string, input: EvaluationInput) {
  if (has(input, SELF_FIELDS) && !can(actor, 'campaign:report', path))
    throw new AppError('FORBIDDEN', 'Chỉ đơn vị được đánh giá (hoặc cấp quản lý) tự đánh giá')
  // A decision is the managing level's: never the unit's own account.
  if (
    has(input, DECISION_FIELDS) &&
    (!can(actor, 'campaign:review', path) || actor.scopePath === path)
  )
    throw new AppError('FORBIDDEN', 'Chỉ cấp quản lý đơn vị mới chấm điểm và ra quyết định')
}

/**
 * The published plans covering the unit; refused (OUTSIDE_PLAN_PERIOD, CAMPAIGN_ENDED) when
 * none of them takes the year.
 */
async function assertPlansTakeEvaluation(
  deps: Deps,
  db: Kysely<Database>,
  unitPath: string,
  year: number,
) {
  const plans = (await repo.listPlanDefinitionsCovering(db, unitPath)).flatMap((row) => {
    const checked = validatePlan(row.definition)
    return checked.ok ? [checked.plan] : []
  })
  const refusal = findEvaluationYearRefusal(plans, { year, date: vietnamDateOf(deps.now()) })
  if (refusal)
    throw new AppError(refusal.code, refusal.message, [{ path: 'year', message: refusal.message }])
  return plans
}

export async function saveEvaluation(
  deps: Deps,
  actor: Actor,
  target: { unitId: number; kind: EvaluationKind; year: number },
  input: EvaluationInput,
) {
  return deps.db.transaction().execute(async (tx) => {
    const unit = await findUnitById(tx, target.unitId)
    if (!unit) throw new AppError('NOT_FOUND')
    assertMayWrite(actor, unit.path, input)
    const plans = await assertPlansTakeEvaluation(deps, tx, unit.path, target.year)
    assertSubjectOfMovement(target.kind, unit)
    const before = await repo.findEvaluation(tx, unit.id, target.kind, target.year)
    const setKey =
      input.criteriaSetKey ??
      before?.criteria_set_key ??
      defaultCriteriaSetKey(target.kind, unit, plans)
    // An evaluation keeps the set version it started with; a new one takes the latest version.
    const keep =
      before && !input.criteriaSetKey ? (before.criteria_set_version ?? undefined) : undefined
    const setRow = await findCriteriaSet(tx, setKey, keep)
    if (!setRow) throw new AppError('NOT_FOUND', `Không có bộ tiêu chí "${setKey}"`)
    const set = setRow.definition as CriteriaSet
    const stored = (before?.answers ?? {}) as Record<string, unknown>
    let answers: Record<string, unknown> = { ...stored, ...(input.answers ?? {}) }
    if (target.kind === 'model' && input.targetsCompletedShare !== undefined)
      answers = { ...stored, targetsCompletedShare: input.targetsCompletedShare }
    if (target.kind === 'complexity' && input.findings) answers = { findings: input.findings }
    let subunits: ReturnType<typeof evaluateCommuneSubunits> | undefined
    if (target.kind === 'antt' && unit.kind === 'commune') {
      // Criterion XA-4 is computed from the sub-units, never answered.
      const standings = await repo.listManagedSubunits(tx, unit.id, target.year)
      subunits = evaluateCommuneSubunits(
        standings.map((row) => ({
          ...toUnitProfile(row),
          registered: Boolean(row.registered),
          recognised: Boolean(row.recognised),
        })),
      )
      answers['XA-4'] = subunits.met
    }
    const numberOf = (value: string | null | undefined) => (value == null ? null : Number(value))
    const selfScore = input.selfScore !== undefined ? input.selfScore : numberOf(before?.self_score)
    const reviewerScore =
      input.reviewerScore !== undefined ? input.reviewerScore : numberOf(before?.reviewer_score)
    const outcome = outcomeOf(target.kind, set, { answers, selfScore, reviewerScore })
    const decisionNumber =
      input.decisionNumber !== undefined ? input.decisionNumber : (before?.decision_number ?? null)
    const decisionDate =
      input.decisionDate !== undefined ? input.decisionDate : (before?.decision_day ?? null)
    if ((decisionNumber === null) !== (decisionDate === null))
      throw new AppError('VALIDATION', 'Quyết định cần có cả số và ngày')
    if (decisionNumber !== null && outcome.result === null)
      throw new AppError('VALIDATION', 'Chưa thể ra quyết định khi chưa đánh giá đủ')
    if (decisionNumber !== null && outcome.result === 'chua_dat')
      throw new AppError('VALIDATION', `Không thể công nhận: ${outcome.message}`)
    await repo.upsertEvaluation(tx, {
      unit_id: unit.id,
      unit_path: unit.path,
      kind: target.kind,
      evaluation_year: target.year,
      criteria_set_key: setRow.set_key,
      criteria_set_version: setRow.version,
      answers,
      self_score: selfScore,
      reviewer_score: reviewerScore,
      result: outcome.result,
      decision_number: decisionNumber,
      decision_date: decisionDate,
      evidence: input.evidence ?? ((before?.evidence ?? []) as string[]),
      decided_by: has(input, DECISION_FIELDS) ? actor.username : (before?.decided_by ?? null),
    })
    const after = await repo.findEvaluation(tx, unit.id, target.kind, target.year)
    if (!after) throw new AppError('INTERNAL')
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: `evaluation.${target.kind}.save`,
      entity: 'evaluation',
      entityId: after.id,
      unit: { id: unit.id, path: unit.path },
      before: before ?? null,
      after,
      reason: input.reason ?? null,
    })
    // The campaign year of the evaluation year: a decision in December on last year's stands.
    await recomputeTargets({ ...deps, db: tx }, { year: target.year, unitIds: [unit.id] })
    return {
      ...presentEvaluation(after, outcome),
      period: evaluationYearNamed(unit.kind as UnitKind, target.year) ?? null,
      subunits: subunits ?? null,
    }
  })
}
