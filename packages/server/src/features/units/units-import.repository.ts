import { sql, type Kysely } from 'kysely'
import type { Database, NewUnitRow } from '../../db/schema'

export const COMPARED_COLUMNS = [
  'name',
  'subtype',
  'managing_unit_id',
  'area_type',
  'enterprise_size',
  'school_level',
  'households',
  'staff',
  'pupils',
  'valid_from',
  'valid_until',
] as const

export type IndexedUnit = Awaited<ReturnType<typeof loadVersionIndex>> extends Map<string, infer T> ? T : never

/** Every unit of a version keyed by code: what an import compares its rows against. */
export async function loadVersionIndex(db: Kysely<Database>, version: string) {
  const rows = await db
    .selectFrom('units')
    .select(['id', 'code', 'kind', 'path', 'depth', 'parent_id', 'row_version', ...COMPARED_COLUMNS])
    .where('version', '=', version)
    .execute()
  return new Map(rows.map((row) => [row.code, row]))
}

/** Reserve `count` consecutive ids; the caller holds the units lock so the block is ours. */
export async function reserveUnitIds(db: Kysely<Database>, count: number): Promise<number> {
  await sql`lock table units in share row exclusive mode`.execute(db)
  const result = await sql<{ first: number }>`select nextval(pg_get_serial_sequence('units', 'id')) as first`.execute(db)
  const first = result.rows[0]?.first
  if (first === undefined) throw new Error('could not reserve unit ids')
  await sql`select setval(pg_get_serial_sequence('units', 'id'), ${Number(first) + count - 1})`.execute(db)
  return Number(first)
}

export async function insertUnitRows(db: Kysely<Database>, rows: readonly NewUnitRow[]) {
  if (rows.length > 0) await db.insertInto('units').values(rows).execute()
}

export async function updateImportedUnit(
  db: Kysely<Database>,
  id: number,
  fields: Partial<Pick<NewUnitRow, (typeof COMPARED_COLUMNS)[number] | 'sort_key'>>,
) {
  await db
    .updateTable('units')
    .set({ ...fields, row_version: sql`row_version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute()
}

export async function insertMergeLinks(db: Kysely<Database>, links: { old_unit_id: number; new_unit_id: number; type: string }[]) {
  for (let start = 0; start < links.length; start += 2000) {
    await db
      .insertInto('unit_merges')
      .values(links.slice(start, start + 2000))
      .onConflict((oc) => oc.columns(['old_unit_id', 'new_unit_id']).doUpdateSet({ type: (eb) => eb.ref('excluded.type') }))
      .execute()
  }
}

export async function loadCodeIds(db: Kysely<Database>, version: string) {
  const rows = await db.selectFrom('units').select(['id', 'code']).where('version', '=', version).execute()
  return new Map(rows.map((row) => [row.code, row.id]))
}
