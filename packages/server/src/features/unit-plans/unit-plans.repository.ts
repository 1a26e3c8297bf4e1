// SQL of unit plans: the units a level names under the issuer, the submissions and their
// append-only history, and the stored file.
import type { Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

const UNIT_COLUMNS = ['id', 'name', 'kind', 'path', 'sort_key'] as const

/** Every unit of the kinds under the issuer (its subtree, its register version), in Vietnamese order. */
export function listUnitsOfKinds(
  db: Kysely<Database>,
  issuer: { path: string; version: string },
  kinds: readonly string[],
) {
  if (kinds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(UNIT_COLUMNS)
    .where('version', '=', issuer.version)
    .where('kind', 'in', kinds)
    .where('path', 'like', `${escapeLike(issuer.path)}%`)
    .where('path', '!=', issuer.path)
    .orderBy('sort_key')
    .execute()
}

export function listUnitsById(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('units').select(UNIT_COLUMNS).where('id', 'in', ids).execute()
}

const SUBMISSION_COLUMNS = [
  ...['id', 'plan_key', 'deadline_id', 'unit_id', 'unit_path', 'file_name', 'file_mime'],
  ...['file_size', 'child_plan_id', 'status', 'reason', 'late', 'submitted_by', 'submitted_at'],
  ...['reviewed_by', 'reviewed_at', 'row_version'],
] as const

export function listSubmissions(db: Kysely<Database>, planKey: string, deadlineId: string) {
  return db
    .selectFrom('unit_plan_submissions')
    .select(SUBMISSION_COLUMNS)
    .where('plan_key', '=', planKey)
    .where('deadline_id', '=', deadlineId)
    .execute()
}
export type SubmissionRow = Awaited<ReturnType<typeof listSubmissions>>[number]

/** The unit's submission, locked for the writing transaction. */
export function lockSubmission(
  db: Kysely<Database>,
  key: { planKey: string; deadlineId: string; unitId: number },
) {
  return db
    .selectFrom('unit_plan_submissions')
    .select(SUBMISSION_COLUMNS)
    .where('plan_key', '=', key.planKey)
    .where('deadline_id', '=', key.deadlineId)
    .where('unit_id', '=', key.unitId)
    .forUpdate()
    .executeTakeFirst()
}

type Content = {
  file_name: string | null
  file_mime: string | null
  file_size: number | null
  file_bytes: Uint8Array | null
  child_plan_id: number | null
}

export async function insertSubmission(
  db: Kysely<Database>,
  row: Content & {
    plan_key: string
    deadline_id: string
    unit_id: number
    unit_path: string
    status: string
    late: boolean
    submitted_by: string
    submitted_at: Date
  },
) {
  const inserted = await db
    .insertInto('unit_plan_submissions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

/** Apply a change if nobody changed the row since it was read; false when someone did. */
export async function updateSubmission(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  patch: Partial<Content> & {
    status: string
    reason: string | null
    late?: boolean
    submitted_by?: string
    submitted_at?: Date
    reviewed_by: string | null
    reviewed_at: Date | null
  },
) {
  const result = await db
    .updateTable('unit_plan_submissions')
    .set((eb) => ({ ...patch, row_version: eb('row_version', '+', 1) }))
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export function insertHistory(
  db: Kysely<Database>,
  row: {
    submission_id: number
    at: Date
    actor_name: string
    action: string
    from_status: string | null
    to_status: string
    reason: string | null
    file_name: string | null
    child_plan_id: number | null
  },
) {
  return db.insertInto('unit_plan_history').values(row).execute()
}

export function listHistory(db: Kysely<Database>, submissionIds: readonly number[]) {
  if (submissionIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('unit_plan_history')
    .selectAll()
    .where('submission_id', 'in', submissionIds)
    .orderBy('id')
    .execute()
}

export function findSubmissionFile(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('unit_plan_submissions')
    .select(['id', 'plan_key', 'deadline_id', 'unit_id', 'unit_path'])
    .select(['file_name', 'file_mime', 'file_bytes'])
    .where('id', '=', id)
    .executeTakeFirst()
}
