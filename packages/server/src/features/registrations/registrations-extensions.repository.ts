import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

export function listExtensions(
  db: Kysely<Database>,
  planKey: string,
  closes: string,
  year: number,
) {
  return db
    .selectFrom('deadline_extensions')
    .selectAll()
    .where('plan_key', '=', planKey)
    .where('closes', '=', closes)
    .where('year', '=', year)
    .orderBy('id')
    .execute()
}

export type ExtensionRow = Awaited<ReturnType<typeof listExtensions>>[number]

export async function insertExtension(
  db: Kysely<Database>,
  row: {
    plan_key: string
    closes: string
    year: number
    unit_ids: string | null
    scope_path: string | null
    until: string
    reason: string
    granted_by: string
    granted_at: Date
  },
) {
  const inserted = await db
    .insertInto('deadline_extensions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}
