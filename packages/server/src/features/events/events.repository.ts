// SQL of the events held under a plan: the records, their awards (linked to decisions), photos
// and append-only history, and the units that must hold one.
import { sql, type Insertable, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>

const EVENT_COLUMNS = [
  'e.id',
  'e.plan_key',
  'e.plan_event_id',
  'e.kind',
  'e.unit_id',
  'e.unit_path',
  'e.year',
  'e.held_on',
  'e.title',
  'e.place',
  'e.participants',
  'e.programme',
  'e.models',
  'e.notes',
  'e.row_version',
  'e.created_by',
  'e.created_at',
  'u.name as unit_name',
  'u.code as unit_code',
  'u.kind as unit_kind',
] as const

/** The events of a plan's year, every version of the plan (its key), in the reader's paths. */
export function listPlanEvents(db: Db, planKey: string, year: number) {
  return db
    .selectFrom('events as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(EVENT_COLUMNS)
    .where('e.plan_key', '=', planKey)
    .where('e.year', '=', year)
    .orderBy('e.held_on', 'desc')
    .orderBy('e.id', 'desc')
    .execute()
}
export type EventRow = Awaited<ReturnType<typeof listPlanEvents>>[number]

export function findEvent(db: Db, id: number) {
  return db
    .selectFrom('events as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select([...EVENT_COLUMNS, 'e.plan_id'])
    .where('e.id', '=', id)
    .executeTakeFirst()
}

/** Units of the given kinds in the issuer's subtree and register version (who must hold one). */
export function listHolderUnits(
  db: Db,
  input: { path: string; version: string; kinds: readonly string[] },
) {
  if (input.kinds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'path'])
    .where('path', 'like', `${escapeLike(input.path)}%`)
    .where('version', '=', input.version)
    .where('kind', 'in', input.kinds)
    .orderBy(sql`sort_key collate "C"`)
    .execute()
}

export function findUnit(db: Db, id: number) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'path', 'version'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertEvent(db: Db, row: Insertable<Database['events']>) {
  return db.insertInto('events').values(row).returning('id').executeTakeFirstOrThrow()
}

/** A correction: only when nobody changed the record since it was read (row_version). */
export async function updateEvent(
  db: Db,
  id: number,
  version: number,
  patch: Pick<
    Insertable<Database['events']>,
    'held_on' | 'title' | 'place' | 'participants' | 'programme' | 'models' | 'notes'
  >,
) {
  const result = await db
    .updateTable('events')
    .set((eb) => ({ ...patch, row_version: eb('row_version', '+', 1) }))
    .where('id', '=', id)
    .where('row_version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function deleteAwards(db: Db, eventId: number) {
  await db.deleteFrom('event_awards').where('event_id', '=', eventId).execute()
}

export async function insertAwards(
  db: Db,
  rows: readonly { event_id: number; decision_id: number; note: string | null }[],
) {
  if (rows.length > 0)
    await db
      .insertInto('event_awards')
      .values([...rows])
      .execute()
}

export function appendHistory(
  db: Db,
  row: { event_id: number; action: string; before: unknown; after: unknown; at: Date } & {
    actor_name: string
    reason: string | null
  },
) {
  return db
    .insertInto('event_history')
    .values({
      ...row,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: JSON.stringify(row.after),
    })
    .execute()
}

/** Signed decisions of a year an event may hand over: by the unit, above it or below it. */
export function listHandableDecisions(db: Db, unitPath: string, year: number) {
  return db
    .selectFrom('decisions')
    .select(['id', 'number', 'decision_date', 'award_form_name', 'issuer_unit_path'])
    .where('status', '=', 'signed')
    .where('year', '=', year)
    .where((eb) =>
      eb.or([
        sql<boolean>`${unitPath} like issuer_unit_path || '%'`,
        eb('issuer_unit_path', 'like', `${escapeLike(unitPath)}%`),
      ]),
    )
    .orderBy('decision_date', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute()
}

export function listEventAwards(db: Db, eventIds: readonly number[]) {
  if (eventIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('event_awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .select(['a.event_id', 'a.decision_id', 'a.note', 'd.number', 'd.decision_date'])
    .select(['d.award_form_name', 'd.status'])
    .where('a.event_id', 'in', eventIds)
    .orderBy('a.id')
    .execute()
}

export function listPhotos(db: Db, eventIds: readonly number[]) {
  if (eventIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('event_photos')
    .select(['id', 'event_id', 'file_name', 'mime', 'size', 'uploaded_by', 'uploaded_at'])
    .where('event_id', 'in', eventIds)
    .orderBy('id')
    .execute()
}

export function findPhoto(db: Db, eventId: number, photoId: number) {
  return db
    .selectFrom('event_photos')
    .select(['id', 'file_name', 'mime', 'bytes'])
    .where('event_id', '=', eventId)
    .where('id', '=', photoId)
    .executeTakeFirst()
}

export function insertPhoto(db: Db, row: Insertable<Database['event_photos']>) {
  return db.insertInto('event_photos').values(row).returning('id').executeTakeFirstOrThrow()
}

export function listHistory(db: Db, eventId: number) {
  return db
    .selectFrom('event_history')
    .select(['id', 'action', 'before', 'after', 'at', 'actor_name', 'reason'])
    .where('event_id', '=', eventId)
    .orderBy('id')
    .execute()
}
