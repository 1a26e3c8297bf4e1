// Presenter shapes of the assignments feature: what the API returns, never raw rows.
import {
  availableAssignmentActions,
  describeTaskOwners,
  type Actor,
  type AssignmentReview,
} from '@antq/core'
import { findTask, type PlanHandle } from './assignments.context'
import type { ShareListRow, ShareRow } from './assignments.repository'

export function presentShare(share: ShareListRow, plan: PlanHandle) {
  const task = findTask(plan.plan, share.task_id)
  return {
    id: share.id,
    plan: { id: plan.id, key: plan.key, title: plan.plan.metadata.title },
    task: task
      ? {
          id: task.id,
          source: task.source,
          task: task.task,
          output: task.output,
          schedule: task.schedule,
        }
      : {
          id: share.task_id,
          source: '',
          task: share.action_what ?? share.task_id,
          output: 'action',
          schedule: 'once',
        },
    year: share.year,
    occurrence: share.occurrence,
    owner: { id: share.owner_unit_id, name: share.owner_name },
    role: share.role,
    due: share.due,
    status: share.status,
    review: share.review,
    submittedOn: share.submitted_on,
    completedOn: share.completed_on,
    late: share.completed_on !== null && share.completed_on > share.due,
    returnReason: share.return_reason,
    parentId: share.parent_assignment_id,
    rowVersion: share.row_version,
  }
}
export type ShareItem = ReturnType<typeof presentShare>

/** The clause verbatim, who chủ trì and phối hợp, and the actions open to the actor. */
export function presentDetail(
  actor: Actor,
  plan: PlanHandle,
  share: ShareRow,
  sides: { owner: boolean; reviewer: boolean },
) {
  const task = findTask(plan.plan, share.task_id)
  const review = share.review as AssignmentReview
  return {
    ...presentShare(share, plan),
    clause: task ? { source: task.source, text: task.text } : null,
    owners: task ? describeTaskOwners(plan.plan, task) : { owners: [], coOwners: [] },
    actions: [
      ...(sides.owner ? availableAssignmentActions(review, 'owner') : []),
      ...(sides.reviewer ? availableAssignmentActions(review, 'reviewer') : []),
    ],
    viewer: { username: actor.username, owner: sides.owner, reviewer: sides.reviewer },
  }
}
