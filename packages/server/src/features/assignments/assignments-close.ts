// Issue 11 item 5's loose end: when a plan version without a task is published, the shares of
// that task still open (open, submitted, returned) are closed — review `cancelled` with the
// reason, an event each and one audit entry, in the publishing transaction. Accepted shares stay
// done (the work was done and accepted); nothing is deleted. A task that comes back later keeps
// its cancelled shares (generation never rewrites a share), so the plan owner sees both.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { appendAudit } from '../audit/audit.repository'

type Input = {
  planId: number
  planKey: string
  version: number
  taskIds: readonly string[]
  actor: { accountId: number | null; username: string }
  unit: { id: number; path: string } | null
  at: Date
}

/** Closes the open shares of tasks the published version no longer has; how many it closed. */
export async function closeSharesOfLeftTasks(tx: Kysely<Database>, input: Input) {
  let query = tx
    .selectFrom('assignments')
    .select(['id', 'task_id', 'review'])
    .where('plan_key', '=', input.planKey)
    .where('source', '=', 'plan_task')
    .where('review', 'in', ['open', 'submitted', 'returned'])
  if (input.taskIds.length > 0) query = query.where('task_id', 'not in', [...input.taskIds])
  const left = await query.orderBy('id').forUpdate().execute()
  if (left.length === 0) return 0
  const reason = `Nhiệm vụ không còn trong kế hoạch từ phiên bản ${input.version}`
  await tx
    .updateTable('assignments')
    .set({
      review: 'cancelled',
      return_reason: reason,
      row_version: sql<number>`row_version + 1`,
      updated_at: input.at,
    })
    .where(
      'id',
      'in',
      left.map((row) => row.id),
    )
    .execute()
  await tx
    .insertInto('assignment_events')
    .values(
      left.map((row) => ({
        ...{ assignment_id: row.id, at: input.at, actor_name: input.actor.username },
        ...{ action: 'cancel', from_review: row.review, to_review: 'cancelled', note: reason },
      })),
    )
    .execute()
  await appendAudit(tx, {
    actorId: input.actor.accountId,
    actorName: input.actor.username,
    action: 'assignment.cancel',
    entity: 'plan',
    entityId: input.planId,
    unit: input.unit,
    after: {
      planKey: input.planKey,
      version: input.version,
      tasks: [...new Set(left.map((row) => row.task_id))],
      shares: left.length,
    },
    reason,
  })
  return left.length
}
