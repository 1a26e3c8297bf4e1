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

export type IndexedUnit =
  Awaited<ReturnType<typeof loadVersionIndex>> extends Map<string, infer T> ? T : never

/** Every unit of a version keyed by code: what an import compares its rows against. */
export async function loadVersionIndex(db: Kysely<Database>, version: string) {
  const rows = await db
    .selectFrom('units')
    .select([
      'id',
      'code',
      'kind',
      'path',
      'depth',
      'parent_id',
      'row_version',
      ...COMPARED_COLUMNS,
    ])
    .where('version', '=', version)
    .execute()
  return new Map(rows.map((row) => [row.code, row]))
}

/** Reserve `count` consecutive ids; the caller holds the units lock so the block is ours. */
export async function reserveUnitIds(db: Kysely<Database>, count: number): Promise<number> {
  await sql`lock table units in share row exclusive mode`.execute(db)
  const result = await sql<{
    first: number
  }>`select nextval(pg_get_serial_sequence('units', 'id')) as first`.execute(db)
  const first = result.rows[0]?.first
  if (first === undefined) throw new Error('could not reserve unit ids')
  await sql`select setval(pg_get_serial_sequence('units', 'id'), ${Number(first) + count - 1})`.execute(
    db,
  )
  return Number(first)
}

const INSERT_COLUMNS = [
  ['id', 'int'],
  ['version', 'text'],
  ['code', 'text'],
  ['name', 'text'],
  ['sort_key', 'text'],
  ['kind', 'text'],
  ['subtype', 'text'],
  ['parent_id', 'int'],
  ['managing_unit_id', 'int'],
  ['path', 'text'],
  ['depth', 'int2'],
  ['area_type', 'text'],
  ['enterprise_size', 'text'],
  ['school_level', 'text'],
  ['households', 'int'],
  ['staff', 'int'],
  ['pupils', 'int'],
  ['valid_from', 'date'],
  ['valid_until', 'date'],
] as const satisfies readonly (readonly [keyof NewUnitRow, string])[]

/**
 * Insert many units in one statement: one array parameter per column, expanded by unnest.
 * Binding 19 arrays instead of 19 × N scalars is what makes a 500k-unit import fast.
 */
export async function insertUnitRows(db: Kysely<Database>, rows: readonly NewUnitRow[]) {
  if (rows.length === 0) return
  const arrays = INSERT_COLUMNS.map(
    ([column, type]) => sql`${rows.map((row) => row[column] ?? null)}::${sql.raw(type)}[]`,
  )
  const names = sql.raw(INSERT_COLUMNS.map(([column]) => column).join(', '))
  await sql`insert into units (${names}) select * from unnest(${sql.join(arrays)})`.execute(db)
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

export async function insertMergeLinks(
  db: Kysely<Database>,
  links: { old_unit_id: number; new_unit_id: number; type: string }[],
) {
  for (let start = 0; start < links.length; start += 2000) {
    await db
      .insertInto('unit_merges')
      .values(links.slice(start, start + 2000))
      .onConflict((oc) =>
        oc
          .columns(['old_unit_id', 'new_unit_id'])
          .doUpdateSet({ type: (eb) => eb.ref('excluded.type') }),
      )
      .execute()
  }
}

export async function loadCodeIds(db: Kysely<Database>, version: string) {
  const rows = await db
    .selectFrom('units')
    .select(['id', 'code'])
    .where('version', '=', version)
    .execute()
  return new Map(rows.map((row) => [row.code, row.id]))
}
