import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

const COLUMNS = ['id', 'set_key', 'version', 'title', 'created_by', 'created_at'] as const

/** The latest version of every criteria set. */
export function listLatestCriteriaSets(db: Kysely<Database>) {
  return db
    .selectFrom('criteria_sets')
    .select([...COLUMNS, 'definition'])
    .where((eb) =>
      eb(
        'version',
        '=',
        eb
          .selectFrom('criteria_sets as c')
          .select((sub) => sub.fn.max('c.version').as('v'))
          .whereRef('c.set_key', '=', 'criteria_sets.set_key'),
      ),
    )
    .orderBy('set_key')
    .execute()
}

export function findCriteriaSet(db: Kysely<Database>, key: string, version?: number) {
  let query = db
    .selectFrom('criteria_sets')
    .select([...COLUMNS, 'definition'])
    .where('set_key', '=', key)
  if (version !== undefined) query = query.where('version', '=', version)
  return query.orderBy('version', 'desc').limit(1).executeTakeFirst()
}

export function listCriteriaVersions(db: Kysely<Database>, key: string) {
  return db
    .selectFrom('criteria_sets')
    .select(COLUMNS)
    .where('set_key', '=', key)
    .orderBy('version', 'desc')
    .execute()
}

export async function insertCriteriaSet(
  db: Kysely<Database>,
  set: { set_key: string; version: number; title: string; definition: unknown; created_by: string },
) {
  await db
    .insertInto('criteria_sets')
    .values({ ...set, definition: JSON.stringify(set.definition) })
    .onConflict((oc) => oc.columns(['set_key', 'version']).doNothing())
    .execute()
}
