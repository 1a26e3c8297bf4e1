// SQL of the activity log: the unit, its residential areas, the activities of a territory, an
// activity and its evidence file written, withdrawn, and the append-only history.
import { sql, type Insertable, type Kysely } from 'kysely'
import type { ActivityFileTable, ActivityTable } from '../../db/schema-activities'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>

export async function findActivityUnit(db: Db, unitId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'path', 'parent_id', 'households', 'staff', 'pupils'])
    .where('id', '=', unitId)
    .executeTakeFirst()
}

/** The residential areas directly under a unit (where a commune's sessions are held) in a period. */
export async function listAreas(db: Db, unitId: number, period: { start: string; end: string }) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'households'])
    .where('parent_id', '=', unitId)
    .where('kind', '=', 'residential_area')
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', period.start)]))
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', period.end)]))
    .orderBy('name')
    .execute()
}

/** The activities held in a territory (the unit and its subtree) between two dates. */
export async function listActivities(
  db: Db,
  path: string,
  period: { start: string; end: string },
  withdrawn = false,
) {
  return db
    .selectFrom('activities as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.unit_id as unitId', 'u.name as unitName', 'u.kind as unitKind'])
    .select(['u.parent_id as parentId', 'a.kind', 'a.audience', 'a.reached', 'a.title'])
    .select(['a.file_id as fileId', 'a.recorded_by as recordedBy', 'a.withdrawn_at as withdrawnAt'])
    .select(sql<string>`to_char(a.held_on, 'YYYY-MM-DD')`.as('heldOn'))
    .where('u.path', 'like', `${path}%`)
    .where('a.held_on', '>=', period.start)
    .where('a.held_on', '<=', period.end)
    .$if(!withdrawn, (query) => query.where('a.withdrawn_at', 'is', null))
    .orderBy('a.held_on', 'desc')
    .orderBy('a.id', 'desc')
    .limit(5000)
    .execute()
}

export async function insertFile(db: Db, row: Insertable<ActivityFileTable>) {
  const inserted = await db
    .insertInto('activity_files')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function findFile(db: Db, fileId: number) {
  return db
    .selectFrom('activity_files as f')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .select(['f.id', 'f.unit_id', 'u.path', 'f.filename', 'f.mime', 'f.bytes'])
    .where('f.id', '=', fileId)
    .executeTakeFirst()
}

export async function insertActivity(db: Db, row: Insertable<ActivityTable>) {
  const inserted = await db
    .insertInto('activities')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function findActivity(db: Db, activityId: number) {
  return db
    .selectFrom('activities as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.unit_id', 'a.kind', 'a.audience', 'a.reached', 'a.title', 'a.file_id'])
    .select([
      'a.withdrawn_at',
      'u.path',
      sql<string>`to_char(a.held_on, 'YYYY-MM-DD')`.as('held_on'),
    ])
    .where('a.id', '=', activityId)
    .executeTakeFirst()
}

export async function withdrawActivity(
  db: Db,
  activityId: number,
  by: { name: string; at: Date; reason: string },
) {
  await db
    .updateTable('activities')
    .set({ withdrawn_at: by.at, withdrawn_by: by.name, withdraw_reason: by.reason })
    .where('id', '=', activityId)
    .where('withdrawn_at', 'is', null)
    .execute()
}

export async function appendHistory(
  db: Db,
  row: { activity_id: number; action: 'enter' | 'withdraw'; snapshot: unknown },
  by: { name: string; at: Date; reason: string | null },
) {
  await db
    .insertInto('activity_history')
    .values({
      ...{ activity_id: row.activity_id, action: row.action },
      ...{
        snapshot: JSON.stringify(row.snapshot),
        at: by.at,
        actor_name: by.name,
        reason: by.reason,
      },
    })
    .execute()
}
