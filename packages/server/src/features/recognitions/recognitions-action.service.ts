// Moving a recognition along its table. Evaluate: the managing level (campaign:review over the
// unit, never the unit's own account) records the criteria met; an exemplary unit needs all of
// them (plan 001 II.2.3), an ANTT standard needs the unit's TT 124 evaluation passed. Recognise:
// decisions:sign over the recognising unit, a QĐ number from its register, and the evaluation
// row the targets read, recomputed in the same transaction. Return and reject carry a reason.
// Evaluating and recognising close on the plan's recognition deadline (recognitions-gates.ts).
import {
  AppError,
  can,
  nextRecognitionStatus,
  type Actor,
  type RecognitionStatus,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { linkIssuedNumber, takeDocumentNumber } from '../documents/document-numbers.repository'
import { recomputeTargets } from '../targets/targets-recompute'
import { assertRecognitionOpen, assertRegistered, loadRecognitionPlan } from './recognitions-gates'
import * as repo from './recognitions.repository'
import type { RecognitionActionInput } from './recognitions.schemas'
import { getRecognitionIn, loadRecognition } from './recognitions.service'

type Row = repo.RecognitionView
type Change = Parameters<typeof repo.updateRecognition>[3]

function assertMay(actor: Actor, row: Row, action: RecognitionActionInput['action']) {
  const managing = can(actor, 'campaign:review', row.unit_path) && actor.scopePath !== row.unit_path
  const recognising = can(actor, 'decisions:sign', row.recognizer_unit_path)
  const proposing =
    can(actor, 'nominations:propose', row.unit_path) || can(actor, 'campaign:review', row.unit_path)
  const allowed = {
    evaluate: managing,
    recognise: recognising,
    return: managing || recognising,
    reject: managing || recognising,
    resubmit: proposing,
  }[action]
  if (!allowed) throw new AppError('FORBIDDEN')
}

async function changesFor(
  tx: Kysely<Database>,
  actor: Actor,
  row: Row,
  input: RecognitionActionInput,
): Promise<Partial<Change>> {
  if (input.action === 'evaluate') {
    if (row.kind === 'exemplary' && input.criteriaMet < input.criteriaTotal)
      throw new AppError(
        'VALIDATION',
        `Chưa đạt đủ tiêu chí của Bộ tiêu chí: ${input.criteriaMet}/${input.criteriaTotal}`,
      )
    if (row.kind === 'antt_standard') {
      const antt = await repo.findEvaluationResult(tx, row.unit_id, 'antt', row.year)
      if (antt?.result !== 'dat')
        throw new AppError(
          'VALIDATION',
          `Đơn vị chưa được đánh giá đạt tiêu chuẩn "An toàn về ANTT" năm ${row.year}`,
        )
    }
    return {
      evaluation: JSON.stringify({
        criteriaMet: input.criteriaMet,
        criteriaTotal: input.criteriaTotal,
        note: input.note,
        by: actor.username,
      }),
    }
  }
  if (input.action === 'recognise') {
    const issued = await takeDocumentNumber(tx, actor, {
      issuerUnitId: row.recognizer_unit_id,
      issuerCode: input.issuerCode,
      kind: 'decision',
      date: input.date,
      entity: 'recognition',
      entityId: row.id,
    })
    await linkIssuedNumber(tx, row.recognizer_unit_id, issued.number, row.id)
    await repo.recordRecognisedEvaluation(tx, {
      unit_id: row.unit_id,
      unit_path: row.unit_path,
      kind: row.kind === 'exemplary' ? 'exemplary' : 'antt',
      year: row.year,
      decision_number: issued.number,
      decision_date: input.date,
      decided_by: actor.username,
    })
    return { decision_number: issued.number, decision_date: input.date }
  }
  if (input.action === 'return' || input.action === 'reject') return { status_reason: input.reason }
  return { status_reason: null }
}

/** Evaluating and recognising close on the plan's deadline; recognising needs registration. */
async function checkGates(
  tx: Kysely<Database>,
  now: Date,
  row: Row,
  input: RecognitionActionInput,
) {
  if (input.action !== 'evaluate' && input.action !== 'recognise') return
  const plan = await loadRecognitionPlan(tx, row.plan_id)
  const date = input.action === 'recognise' ? input.date : undefined
  await assertRecognitionOpen(tx, plan, row, now, date)
  if (input.action === 'recognise') await assertRegistered(tx, plan, row)
}

export async function actOnRecognition(
  deps: Deps,
  actor: Actor,
  id: number,
  input: RecognitionActionInput,
) {
  return deps.db.transaction().execute(async (tx) => {
    const row = await loadRecognition(tx, actor, id)
    assertMay(actor, row, input.action)
    const from = row.status as RecognitionStatus
    const to = nextRecognitionStatus(from, input.action)
    if (!to) throw new AppError('INVALID_TRANSITION')
    if (input.rowVersion !== row.row_version) throw new AppError('CONFLICT')
    await checkGates(tx, deps.now(), row, input)
    const changes = await changesFor(tx, actor, row, input)
    const ok = await repo.updateRecognition(tx, id, input.rowVersion, {
      ...changes,
      status: to,
      updated_by: actor.username,
    })
    if (!ok) throw new AppError('CONFLICT')
    const reason = 'reason' in input ? input.reason : null
    await repo.appendRecognitionHistory(tx, {
      recognition_id: id,
      actor_name: actor.username,
      action: input.action,
      from_status: from,
      to_status: to,
      reason,
    })
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: `recognition.${input.action}`,
      entity: 'recognition',
      entityId: id,
      unit: { id: row.unit_id, path: row.unit_path },
      before: { status: from },
      after: { status: to, ...changes },
      reason,
    })
    // The evaluation written is the recognition's year: that year's targets move.
    if (input.action === 'recognise')
      await recomputeTargets({ ...deps, db: tx }, { year: row.year, unitIds: [row.unit_id] })
    return getRecognitionIn(tx, actor, id)
  })
}
