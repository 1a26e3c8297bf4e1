// Writing an assignment: the owner body records progress (a note, optionally with an evidence
// file) and submits it as done; the plan owner accepts it or returns it with a reason, and may
// chase ("đôn đốc") a share still open. Each write locks the share, moves it through core's
// transition table, appends its event and its audit entry (before, after, reason) in one
// transaction.
import { createHash } from 'node:crypto'
import {
  AppError,
  ASSIGNMENT_ACTORS,
  chaseMessage,
  checkDossierUpload,
  daysBetween,
  transitionAssignment,
  type Actor,
  type AssignmentAction,
  type AssignmentReview,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { queueNotice, sendQueued } from '../notifications/send-now'
import { findTask, loadShare, today } from './assignments.context'
import * as events from './assignments-events.repository'
import * as repo from './assignments.repository'

export type Upload = { filename: string; bytes: Uint8Array }

/** The stored work state after an action (overdue is derived when read). */
function workStatusAfter(action: AssignmentAction, current: string): string {
  if (action === 'accept') return 'done'
  if (action === 'note' || action === 'submit' || action === 'return') return 'in_progress'
  return current === 'done' ? 'done' : current
}

async function recordAction(
  deps: Deps,
  tx: Kysely<Database>,
  actor: Actor,
  id: number,
  input: { action: AssignmentAction; note: string | null; rowVersion?: number },
) {
  await repo.lockShare(tx, id)
  const date = today(deps)
  const share = await repo.findShare(tx, id, date)
  if (!share) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ')
  if (input.rowVersion !== undefined && input.rowVersion !== share.row_version)
    throw new AppError('CONFLICT')
  const from = share.review as AssignmentReview
  const to = transitionAssignment(from, input.action, input.note)
  const stored = await tx
    .selectFrom('assignments')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  const at = deps.now()
  const updated = await repo.updateShare(tx, id, share.row_version, {
    review: to,
    status: workStatusAfter(input.action, stored.status),
    ...(input.action === 'submit' && { submitted_on: date }),
    ...(input.action === 'accept' && { completed_on: share.submitted_on }),
    ...(input.action === 'return' && { return_reason: input.note }),
    ...(input.action === 'accept' && { return_reason: null }),
    at,
  })
  if (!updated) throw new AppError('CONFLICT')
  const eventId = await events.appendEvent(tx, {
    assignment_id: id,
    at,
    actor_name: actor.username,
    action: input.action,
    from_review: from,
    to_review: to,
    note: input.note,
  })
  return { share, from, to, eventId }
}

function audit(
  tx: Kysely<Database>,
  actor: Actor,
  share: repo.ShareRow,
  change: { action: string; from: string; to: string; note: string | null; file?: unknown },
) {
  return appendAudit(tx, {
    actorId: actor.accountId,
    actorName: actor.username,
    action: `assignment.${change.action}`,
    entity: 'assignment',
    entityId: share.id,
    unit: { id: share.owner_unit_id, path: share.owner_unit_path },
    before: { review: change.from, status: share.status },
    after: {
      planKey: share.plan_key,
      taskId: share.task_id,
      occurrence: share.occurrence,
      review: change.to,
      ...(change.file !== undefined && { file: change.file }),
    },
    reason: change.note,
  })
}

/** One action of the workflow; the side (owner body or plan owner) is checked first. */
export async function applyAssignmentAction(
  deps: Deps,
  actor: Actor,
  id: number,
  input: { action: AssignmentAction; note?: string; rowVersion?: number },
) {
  const { sides, plan } = await loadShare(deps, actor, id)
  if (!sides[ASSIGNMENT_ACTORS[input.action] === 'owner' ? 'owner' : 'reviewer'])
    throw new AppError('FORBIDDEN')
  const note = input.note?.trim() || null
  const mailIds = await deps.db.transaction().execute(async (tx) => {
    const done = await recordAction(deps, tx, actor, id, { ...input, note })
    await audit(tx, actor, done.share, { action: input.action, ...done, note })
    if (input.action !== 'chase') return []
    // Đôn đốc reaches the owner body's people now (ADR 029), with the share's own page.
    const share = done.share
    const task = findTask(plan.plan, share.task_id)?.task ?? share.action_what ?? share.task_id
    const message = chaseMessage({
      ...{ task, ownerName: share.owner_name, due: share.due, note },
      daysLeft: daysBetween(today(deps), share.due),
    })
    const link = `/nhiem-vu?nam=${share.year}&mo=${share.id}`
    const key = `chase:${share.id}:${done.eventId}`
    const notice = { unitId: share.owner_unit_id, planId: plan.id, message, link, key }
    return (await queueNotice(deps, tx, actor, notice)).mailIds
  })
  await sendQueued(deps, mailIds)
}

/** A progress note with one evidence file (PDF, DOCX, PNG or JPEG, checked by content). */
export async function addEvidence(
  deps: Deps,
  actor: Actor,
  id: number,
  input: { note: string | null; upload: Upload },
) {
  const checked = checkDossierUpload(input.upload.filename, input.upload.bytes)
  const { sides } = await loadShare(deps, actor, id)
  if (!sides.owner) throw new AppError('FORBIDDEN')
  const note = input.note?.trim() || `Tệp minh chứng: ${input.upload.filename}`
  return deps.db.transaction().execute(async (tx) => {
    const done = await recordAction(deps, tx, actor, id, { action: 'note', note })
    const sha256 = createHash('sha256').update(input.upload.bytes).digest('hex')
    const size = input.upload.bytes.length
    const fileId = await events.insertFile(tx, {
      assignment_id: id,
      event_id: done.eventId,
      filename: input.upload.filename,
      mime: checked.mime,
      size,
      sha256,
      bytes: input.upload.bytes,
      uploaded_by: actor.username,
      uploaded_at: deps.now(),
    })
    const file = { id: fileId, filename: input.upload.filename, size, sha256 }
    await audit(tx, actor, done.share, { action: 'note', ...done, note, file })
    return { ...file, mime: checked.mime }
  })
}
