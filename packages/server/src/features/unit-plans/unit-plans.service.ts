// Reading unit plans: for each plan_submission deadline of a plan, the units that must send
// their own plan (those in the reader's scope), what each sent and its review, who has not
// sent and whether that is overdue, the extensions granted, and the stored file.
import {
  AppError,
  can,
  findExtension,
  isInReadScope,
  unitPlanDueDate,
  unitPlanYear,
  vietnamDateOf,
  type Actor,
  type Deadline,
  type DeadlineExtension,
  type Plan,
} from '@antq/core'
import type { Deps } from '../../deps'
import { listExtensions } from '../registrations/registrations-extensions.repository'
import { presentExtension } from '../registrations/registrations.context'
import { findPlanById } from '../plans/plans.repository'
import {
  listSubmissionDeadlines,
  listSubmitters,
  loadUnitPlanContext,
  type Submitter,
} from './unit-plans.context'
import { listChildPlans } from './unit-plans-children.repository'
import * as repo from './unit-plans.repository'

export async function listUnitPlans(deps: Deps, actor: Actor, planId: number) {
  const row = await findPlanById(deps.db, planId)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch')
  const deadlines = listSubmissionDeadlines(row.definition as Plan)
  const items = []
  for (const deadline of deadlines) items.push(await readDeadline(deps, actor, planId, deadline))
  return { items }
}

async function readDeadline(deps: Deps, actor: Actor, planId: number, deadline: Deadline) {
  const context = await loadUnitPlanContext(deps.db, planId, deadline.id)
  const { units, unresolved } = await listSubmitters(deps.db, context)
  const visible = units.filter((unit) => isInReadScope(actor, unit.path))
  const year = unitPlanYear(deadline, context.plan.period.startYear)
  const dueDate = unitPlanDueDate(deadline, year)
  const extensionRows = await listExtensions(deps.db, context.planKey, 'plan_submission', year)
  const extensions: DeadlineExtension[] = extensionRows.map((each) => ({
    unitIds: each.unit_ids as number[] | null,
    until: presentExtension(each).until,
    reason: each.reason,
  }))
  const submissions = new Map(
    (await repo.listSubmissions(deps.db, context.planKey, deadline.id)).map((each) => [
      each.unit_id,
      each,
    ]),
  )
  const history = await repo.listHistory(
    deps.db,
    [...submissions.values()].map((each) => each.id),
  )
  const children = await listChildPlans(
    deps.db,
    context.planKey,
    visible.filter((unit) => can(actor, 'campaign:report', unit.path)).map((unit) => unit.unitId),
  )
  const today = vietnamDateOf(deps.now())
  const present = (unit: Submitter) => {
    const sent = submissions.get(unit.unitId)
    const granted = findExtension(extensions, unit.unitId)
    const closesOn =
      dueDate === null ? null : granted && granted.until > dueDate ? granted.until : dueDate
    return {
      ...{ unitId: unit.unitId, name: unit.name, kind: unit.kind, bodyName: unit.bodyName },
      status: sent?.status ?? 'not_submitted',
      closesOn,
      overdue: !sent && closesOn !== null && today > closesOn,
      canSubmit: can(actor, 'campaign:report', unit.path) && sent?.status !== 'accepted',
      canReview: can(actor, 'campaign:review', unit.path) && sent?.status === 'submitted',
      childPlans: children.filter((child) => child.unitId === unit.unitId),
      submission: sent ? presentSubmission(sent, history) : null,
    }
  }
  const rows = visible.map(present)
  const count = (status: string) => rows.filter((each) => each.status === status).length
  return {
    ...{ deadlineId: deadline.id, source: deadline.source, text: deadline.text },
    ...{ by: deadline.by, to: deadline.to, dueDate, year },
    levels: deadline.submitters?.levels ?? [],
    counts: {
      required: rows.length,
      ...{ submitted: count('submitted'), accepted: count('accepted') },
      ...{ returned: count('returned'), notSubmitted: count('not_submitted') },
      overdue: rows.filter((each) => each.overdue).length,
    },
    units: rows,
    unresolved,
    /** The plan owner's view (the list, accept/return), with or without a date. */
    isReviewer: can(actor, 'campaign:review') && rows.length > 0,
    canExtend: dueDate !== null && can(actor, 'campaign:review') && rows.length > 0,
    extensions: extensionRows.map(presentExtension),
  }
}

function presentSubmission(
  row: repo.SubmissionRow,
  history: Awaited<ReturnType<typeof repo.listHistory>>,
) {
  return {
    ...{ id: row.id, status: row.status, reason: row.reason, late: row.late },
    ...{ fileName: row.file_name, fileSize: row.file_size, childPlanId: row.child_plan_id },
    ...{ submittedBy: row.submitted_by, submittedAt: row.submitted_at.toISOString() },
    ...{ reviewedBy: row.reviewed_by, reviewedAt: row.reviewed_at?.toISOString() ?? null },
    rowVersion: row.row_version,
    history: history
      .filter((each) => each.submission_id === row.id)
      .map((each) => ({
        ...{ at: each.at.toISOString(), actorName: each.actor_name, action: each.action },
        ...{ toStatus: each.to_status, reason: each.reason, fileName: each.file_name },
      })),
  }
}

/** The stored file of a unit plan, for a reader whose scope holds the unit. */
export async function readUnitPlanFile(deps: Deps, actor: Actor, id: number) {
  const row = await repo.findSubmissionFile(deps.db, id)
  if (!row || !row.file_bytes || !row.file_name)
    throw new AppError('NOT_FOUND', 'Không tìm thấy tệp kế hoạch')
  if (!isInReadScope(actor, row.unit_path)) throw new AppError('OUT_OF_SCOPE')
  return { fileName: row.file_name, mime: row.file_mime ?? '', bytes: row.file_bytes }
}
