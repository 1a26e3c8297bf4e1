import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** The units (of `ids`) whose activity log already holds the year. */
export async function listUnitsWithActivities(
  db: Kysely<Database>,
  year: number,
  ids: readonly number[],
) {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('activities')
    .select('unit_id')
    .distinct()
    .where('held_on', '>=', `${year}-01-01`)
    .where('held_on', '<=', `${year}-12-31`)
    .where('unit_id', 'in', [...ids])
    .execute()
  return rows.map((row) => row.unit_id)
}
