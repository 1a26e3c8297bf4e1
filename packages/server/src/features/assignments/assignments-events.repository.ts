// SQL of an assignment's append-only history and its evidence files.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

export async function appendEvent(
  db: Kysely<Database>,
  row: {
    assignment_id: number
    at: Date
    actor_name: string
    action: string
    from_review: string
    to_review: string
    note: string | null
  },
) {
  const inserted = await db
    .insertInto('assignment_events')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export function listEvents(db: Kysely<Database>, assignmentId: number) {
  return db
    .selectFrom('assignment_events')
    .select(['id', 'at', 'actor_name', 'action', 'from_review', 'to_review', 'note'])
    .where('assignment_id', '=', assignmentId)
    .orderBy('id')
    .execute()
}

export async function insertFile(
  db: Kysely<Database>,
  row: {
    assignment_id: number
    event_id: number
    filename: string
    mime: string
    size: number
    sha256: string
    bytes: Uint8Array
    uploaded_by: string
    uploaded_at: Date
  },
) {
  const inserted = await db
    .insertInto('assignment_files')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export function listFiles(db: Kysely<Database>, assignmentId: number) {
  return db
    .selectFrom('assignment_files')
    .select(['id', 'event_id', 'filename', 'mime', 'size', 'sha256', 'uploaded_by', 'uploaded_at'])
    .where('assignment_id', '=', assignmentId)
    .orderBy('id')
    .execute()
}

export function readFileBytes(db: Kysely<Database>, assignmentId: number, fileId: number) {
  return db
    .selectFrom('assignment_files')
    .select(['filename', 'mime', 'bytes'])
    .where('id', '=', fileId)
    .where('assignment_id', '=', assignmentId)
    .executeTakeFirst()
}
