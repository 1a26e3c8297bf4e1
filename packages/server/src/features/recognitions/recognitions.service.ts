// Recognitions of a unit's ANTT standard or exemplary status (plan 001): a proposal checked
// against the candidate rule, an evaluation by the managing level, a recognition by the level
// the plan's route names with a number from its register; returned or rejected with a reason.
// The recognised result is written as the unit's evaluation so the plan's targets count it.
// A plan whose route starts with registration recognises only registered units
// (recognitions-gates.ts).
import {
  AppError,
  can,
  checkRecognitionCandidate,
  isInScope,
  type Actor,
  type Plan,
} from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { findPlanById } from '../plans/plans.repository'
import { findUnitById } from '../units/units.repository'
import { assertRegistered } from './recognitions-gates'
import { presentRecognition } from './recognitions.presenter'
import * as repo from './recognitions.repository'
import { resolveRoute } from './recognitions.route'
import type { ProposeInput } from './recognitions.schemas'

export async function proposeRecognition(deps: Deps, actor: Actor, input: ProposeInput) {
  return deps.db.transaction().execute(async (tx) => {
    const unit = await findUnitById(tx, input.unitId)
    if (!unit) throw new AppError('NOT_FOUND', 'Không có đơn vị')
    if (!can(actor, 'nominations:propose', unit.path) && !can(actor, 'campaign:review', unit.path))
      throw new AppError('OUT_OF_SCOPE')
    const planRow = await findPlanById(tx, input.planId)
    if (!planRow || planRow.status !== 'published')
      throw new AppError('VALIDATION', 'Chỉ đề nghị công nhận theo kế hoạch đã ban hành')
    const plan = planRow.definition as Plan
    const prior = await repo.findPriorYear(tx, unit.id, input.year - 1)
    const candidate = checkRecognitionCandidate(input.kind, input.year, prior)
    if (!candidate.eligible)
      throw new AppError(
        'NOT_ELIGIBLE',
        `Đơn vị chưa đủ điều kiện lựa chọn: ${candidate.conditions
          .filter((c) => !c.met)
          .map((c) => `${c.label} (${c.data})`)
          .join('; ')}`,
        candidate.conditions
          .filter((c) => !c.met)
          .map((c) => ({ path: 'candidate', message: `${c.label}: ${c.data}` })),
      )
    await assertRegistered(tx, plan, {
      unit_id: unit.id,
      unit_path: unit.path,
      kind: input.kind,
      year: input.year,
      plan_key: planRow.plan_key,
    })
    const { route, recognizer } = await resolveRoute(tx, plan, unit)
    const { id } = await repo.insertRecognition(tx, {
      unit_id: unit.id,
      unit_path: unit.path,
      kind: input.kind,
      year: input.year,
      plan_key: planRow.plan_key,
      plan_id: planRow.id,
      route_id: route.routeId,
      evaluator_level: route.evaluatorLevel,
      recognizer_level: route.recognizerLevel,
      recognizer_unit_id: recognizer.id,
      recognizer_unit_path: recognizer.path,
      status: 'proposed',
      candidate: JSON.stringify({ ...candidate, route }),
      proposed_by: actor.username,
      updated_by: actor.username,
    })
    await repo.appendRecognitionHistory(tx, {
      recognition_id: id,
      actor_name: actor.username,
      action: 'propose',
      from_status: null,
      to_status: 'proposed',
      reason: null,
    })
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'recognition.propose',
      entity: 'recognition',
      entityId: id,
      unit: { id: unit.id, path: unit.path },
      after: { ...input, route, recognizer: recognizer.id },
    })
    return getRecognitionIn(tx, actor, id)
  })
}

export async function loadRecognition(db: Deps['db'], actor: Actor, id: number) {
  const row = await repo.findRecognition(db, id)
  if (!row) throw new AppError('NOT_FOUND')
  if (!isInScope(actor, row.unit_path)) throw new AppError('OUT_OF_SCOPE')
  return row
}

export async function getRecognitionIn(db: Deps['db'], actor: Actor, id: number) {
  const row = await loadRecognition(db, actor, id)
  return presentRecognition(row, await repo.listRecognitionHistory(db, id))
}

export function getRecognition(deps: Deps, actor: Actor, id: number) {
  return getRecognitionIn(deps.db, actor, id)
}

export async function listRecognitionsInScope(
  deps: Deps,
  actor: Actor,
  query: { year?: number; kind?: string },
) {
  const rows = await repo.listRecognitions(deps.db, { pathPrefix: actor.scopePath ?? '', ...query })
  return { items: rows.map((row) => presentRecognition(row)) }
}
