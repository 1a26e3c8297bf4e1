// Sending a unit's own plan (a file, or a child plan in the system) and the plan owner's
// review (accept, or return with a reason). One transaction each: the row (locked), its
// append-only history and the audit entry. A send after the deadline is refused unless an
// audited extension (deadline_extensions, closes = 'plan_submission') covers the unit.
import {
  AppError,
  can,
  checkUnitPlanDeadline,
  checkUnitPlanUpload,
  isUnitPlanLate,
  transitionUnitPlan,
  unitPlanDueDate,
  unitPlanYear,
  vietnamDateOf,
  type Actor,
  type UnitPlanStatus,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { loadDeadlineExtensions } from '../deadline-extensions/deadline-extensions.read'
import { listSubmitters, loadUnitPlanContext, type UnitPlanContext } from './unit-plans.context'
import { listChildPlans } from './unit-plans-children.repository'
import { recordUnitPlanChange as record } from './unit-plans.record'
import * as repo from './unit-plans.repository'

type Key = { planId: number; deadlineId: string; unitId: number }
export type UnitPlanContent =
  { kind: 'file'; fileName: string; bytes: Uint8Array } | { kind: 'child'; childPlanId: number }

async function loadSubmitter(db: Kysely<Database>, key: Key) {
  const context = await loadUnitPlanContext(db, key.planId, key.deadlineId)
  const { units } = await listSubmitters(db, context)
  const unit = units.find((each) => each.unitId === key.unitId)
  if (!unit)
    throw new AppError('VALIDATION', 'Đơn vị không thuộc diện phải gửi kế hoạch theo hạn này')
  return { context, unit }
}

async function checkChildPlan(
  db: Kysely<Database>,
  context: UnitPlanContext,
  key: Key,
  id: number,
) {
  const children = await listChildPlans(db, context.planKey, [key.unitId])
  if (!children.some((child) => child.id === id))
    throw new AppError(
      'VALIDATION',
      'Kế hoạch được chọn không phải kế hoạch của đơn vị thực hiện kế hoạch này',
      [{ path: 'childPlanId', message: 'Chọn kế hoạch do đơn vị ban hành, căn cứ kế hoạch này' }],
    )
}

export async function submitUnitPlan(deps: Deps, actor: Actor, key: Key, content: UnitPlanContent) {
  const file = content.kind === 'file' ? checkUnitPlanUpload(content.fileName, content.bytes) : null
  return deps.db.transaction().execute(async (tx) => {
    const { context, unit } = await loadSubmitter(tx, key)
    if (!can(actor, 'campaign:report', unit.path)) throw new AppError('OUT_OF_SCOPE')
    const year = unitPlanYear(context.deadline, context.plan.period.startYear)
    const today = vietnamDateOf(deps.now())
    const extensions = await loadDeadlineExtensions(
      tx,
      { planKey: context.planKey, closes: 'plan_submission', year },
      unit.path,
    )
    const check = checkUnitPlanDeadline(context.deadline, {
      ...{ year, date: today, unitId: unit.unitId, extensions },
    })
    if (!check.open) throw new AppError('DEADLINE_PASSED', check.reason)
    if (content.kind === 'child') await checkChildPlan(tx, context, key, content.childPlanId)
    const row = await repo.lockSubmission(tx, { ...key, planKey: context.planKey })
    const to = transitionUnitPlan((row?.status ?? null) as UnitPlanStatus | null, 'submit')
    const stored = {
      file_name: content.kind === 'file' ? content.fileName : null,
      file_mime: file?.mime ?? null,
      file_size: content.kind === 'file' ? content.bytes.length : null,
      file_bytes: content.kind === 'file' ? content.bytes : null,
      child_plan_id: content.kind === 'child' ? content.childPlanId : null,
    }
    const late = isUnitPlanLate(unitPlanDueDate(context.deadline, year), today)
    const sent = { status: to, late, submitted_by: actor.username, submitted_at: deps.now() }
    const id = row
      ? await replace(tx, row, { ...stored, ...sent })
      : await repo.insertSubmission(tx, {
          ...{ plan_key: context.planKey, deadline_id: key.deadlineId, unit_id: unit.unitId },
          ...{ unit_path: unit.path, ...stored, ...sent },
        })
    const after = {
      ...{ status: to, late, fileName: stored.file_name, childPlanId: stored.child_plan_id },
      extendedUntil: check.extension?.until ?? null,
    }
    await record(tx, deps, actor, { id, unit, action: 'submit', from: row?.status ?? null, after })
    return { id, status: to, late }
  })
}

async function replace(
  tx: Kysely<Database>,
  row: repo.SubmissionRow,
  patch: Omit<
    Parameters<typeof repo.updateSubmission>[3],
    'reason' | 'reviewed_by' | 'reviewed_at'
  >,
) {
  const patched = { ...patch, reason: null, reviewed_by: null, reviewed_at: null }
  if (!(await repo.updateSubmission(tx, row.id, row.row_version, patched)))
    throw new AppError('CONFLICT')
  return row.id
}

export async function reviewUnitPlan(
  deps: Deps,
  actor: Actor,
  key: Key,
  input: { action: 'accept' | 'return'; reason?: string | undefined; rowVersion: number },
) {
  const reason = input.reason?.trim() ?? ''
  if (input.action === 'return' && reason === '')
    throw new AppError('VALIDATION', 'Cần ghi lý do trả lại kế hoạch', [
      { path: 'reason', message: 'Cần ghi lý do trả lại' },
    ])
  return deps.db.transaction().execute(async (tx) => {
    const { context, unit } = await loadSubmitter(tx, key)
    if (!can(actor, 'campaign:review', unit.path)) throw new AppError('OUT_OF_SCOPE')
    const row = await repo.lockSubmission(tx, { ...key, planKey: context.planKey })
    const to = transitionUnitPlan((row?.status ?? null) as UnitPlanStatus | null, input.action)
    if (!row || row.row_version !== input.rowVersion) throw new AppError('CONFLICT')
    const patch = {
      ...{ status: to, reason: reason === '' ? null : reason },
      ...{ reviewed_by: actor.username, reviewed_at: deps.now() },
    }
    if (!(await repo.updateSubmission(tx, row.id, row.row_version, patch)))
      throw new AppError('CONFLICT')
    const after = { status: to, reason: patch.reason }
    await record(tx, deps, actor, {
      id: row.id,
      unit,
      action: input.action,
      from: row.status,
      after,
    })
    return { id: row.id, status: to, reason: patch.reason }
  })
}
