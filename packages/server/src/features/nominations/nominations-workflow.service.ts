// Moving a nomination along its route. The unit submits (refused with a code and a Vietnamese
// message when ineligible, the dossier incomplete, past the dossier deadline without an
// extension, or over quota), withdraws, revises, cancels; the police / emulation board
// appraises (nominations-appraisal.ts: deadline, eligibility, dossier), returns with a reason
// or rejects. Every change is guarded by the row version,
// appended to the history and audited in one transaction.
//
// For H7 (councils and decisions): `transitionNomination(tx, deps, actor, id, to, reason)`
// moves a nomination to `reviewed`, `decided`, `returned`, `rejected` or `revoked` inside the
// caller's transaction, checking the transition table, the actor's permission over the
// proposing unit and, when deciding, the form's quota (QUOTA_EXCEEDED with the count).
import {
  AppError,
  findNominationAction,
  can,
  nominationActionPermissions,
  NOMINATION_STATUS_LABELS,
  transitionNominationStatus,
  type Actor,
  type NominationAction,
  type NominationStatus,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { assessNomination } from './nominations.assess'
import {
  assertCan,
  assertOpenForNominations,
  loadNominationFor,
  loadPlan,
  today,
} from './nominations.context'
import { lockNomination, type NominationRecord } from './nominations.repository'
import { checkAppraisal, type AppraisalRequest } from './nominations-appraisal'
import { checkNominationQuota } from './nominations-quota.service'
import { conflictMessage, recordNominationChange } from './nominations-record'
import type { NominationActionInput } from './nominations.schemas'

async function lockOrThrow(tx: Kysely<Database>, id: number) {
  const row = await lockNomination(tx, id)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy hồ sơ đề nghị khen thưởng')
  return row
}

async function checkSubmission(deps: Deps, tx: Kysely<Database>, row: NominationRecord) {
  const handle = await loadPlan(tx, row.plan_id)
  assertOpenForNominations(handle, row.year)
  const assessment = await assessNomination(tx, handle, row, today(deps))
  const { eligibility, dossier, deadline } = assessment
  if (!deadline.open) throw new AppError('DEADLINE_PASSED', deadline.reason)
  if (!eligibility.eligible) {
    const failed = eligibility.conditions.filter((condition) => condition.status !== 'pass')
    throw new AppError(
      'NOT_ELIGIBLE',
      `Chưa đủ điều kiện đề nghị ${assessment.form.name}: ${eligibility.summary}`,
      failed.map((condition) => ({ path: condition.key, message: condition.data })),
    )
  }
  if (!dossier.complete)
    throw new AppError(
      'DOSSIER_INCOMPLETE',
      dossier.message,
      dossier.missing.map((name) => ({ path: 'dossier', message: name })),
    )
  await checkNominationQuota(tx, row.id, 'submit')
  return eligibility
}

export async function applyNominationAction(
  deps: Deps,
  actor: Actor,
  id: number,
  input: NominationActionInput,
) {
  await deps.db.transaction().execute(async (tx) => {
    const row = await lockOrThrow(tx, id)
    await loadNominationFor(tx, actor, id)
    if (input.rowVersion !== row.row_version) throw new AppError('CONFLICT', conflictMessage())
    const override = {
      overrideDossier: input.overrideDossier ?? false,
      reason: input.reason ?? null,
    }
    await moveNomination(tx, deps, actor, row, input.action, input.reason ?? null, {
      rowVersion: input.rowVersion,
      appraisal: override,
    })
  })
}

async function moveNomination(
  tx: Kysely<Database>,
  deps: Deps,
  actor: Actor,
  row: NominationRecord,
  action: NominationAction,
  reason: string | null,
  options: { rowVersion: number; appraisal?: AppraisalRequest },
) {
  const allowed = nominationActionPermissions(row.status as NominationStatus, action)
  const permission = allowed.find((each) => can(actor, each)) ?? allowed[0]
  assertCan(actor, permission ?? 'nominations:appraise', row.proposing_unit_path)
  const next = transitionNominationStatus(row.status as NominationStatus, action, reason)
  const at = deps.now()
  const eligibility = action === 'submit' ? await checkSubmission(deps, tx, row) : undefined
  if (action === 'decide') await checkNominationQuota(tx, row.id, 'decide')
  const appraisal =
    action === 'appraise'
      ? await checkAppraisal(deps, tx, row, options.appraisal ?? { overrideDossier: false, reason })
      : undefined
  const recorded = appraisal?.note ?? next.reason
  await recordNominationChange(tx, at, actor, row, {
    action: appraisal?.action ?? action,
    to: next.status,
    reason: recorded,
    rowVersion: options.rowVersion,
    changes: {
      status_reason: recorded,
      ...(eligibility
        ? { eligible: true, eligibility: JSON.stringify(eligibility), submitted_at: at }
        : {}),
    },
    after: { label: NOMINATION_STATUS_LABELS[next.status] },
  })
  return next.status
}

/**
 * For H7, inside the caller's transaction: move nomination `id` to `to` (reviewed, decided,
 * returned, rejected, revoked) with history and audit. Throws INVALID_TRANSITION when the
 * table has no such step, FORBIDDEN / OUT_OF_SCOPE, VALIDATION when a reason is required,
 * QUOTA_EXCEEDED when deciding would exceed the quota, CONFLICT on a stale `rowVersion`.
 */
export async function transitionNomination(
  tx: Kysely<Database>,
  deps: Deps,
  actor: Actor,
  id: number,
  to: NominationStatus,
  reason: string | null = null,
  rowVersion?: number,
): Promise<NominationStatus> {
  const row = await lockOrThrow(tx, id)
  const action = findNominationAction(row.status as NominationStatus, to)
  if (!action)
    throw new AppError(
      'INVALID_TRANSITION',
      `Không thể chuyển hồ sơ số ${id} từ "${NOMINATION_STATUS_LABELS[row.status as NominationStatus]}" sang "${NOMINATION_STATUS_LABELS[to]}"`,
    )
  return moveNomination(tx, deps, actor, row, action, reason, {
    rowVersion: rowVersion ?? row.row_version,
  })
}
