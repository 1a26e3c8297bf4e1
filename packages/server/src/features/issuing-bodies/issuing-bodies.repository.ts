// SQL of the issuing bodies' settings (signers and legal bases), one row per unit and body.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>

export function findSettings(db: Db, unitId: number, body: string) {
  return db
    .selectFrom('issuing_body_settings')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('body', '=', body)
    .executeTakeFirst()
}

/** Inserts (expected null) or updates at the expected row version; false on a stale version. */
export async function saveSettings(
  db: Db,
  row: { unit_id: number; unit_path: string; body: string; settings: unknown; updated_by: string },
  expected: number | null,
) {
  const settings = JSON.stringify(row.settings)
  if (expected === null) {
    const inserted = await db
      .insertInto('issuing_body_settings')
      .values({ ...row, settings })
      .onConflict((oc) => oc.columns(['unit_id', 'body']).doNothing())
      .executeTakeFirst()
    return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n
  }
  const result = await db
    .updateTable('issuing_body_settings')
    .set({
      settings,
      updated_by: row.updated_by,
      updated_at: sql`now()`,
      row_version: sql`row_version + 1`,
    })
    .where('unit_id', '=', row.unit_id)
    .where('body', '=', row.body)
    .where('row_version', '=', expected)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}
