import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

export async function findUnitPath(db: Kysely<Database>, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('units').select('path').where('id', '=', id).executeTakeFirst()
  return row?.path
}

export function findUnitById(db: Kysely<Database>, id: number) {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst()
}

const SUMMARY_COLUMNS = ['id', 'version', 'code', 'name', 'kind', 'subtype', 'path'] as const

function withChildCount(db: Kysely<Database>) {
  return db
    .selectFrom('units')
    .select(SUMMARY_COLUMNS)
    .select((eb) =>
      eb
        .selectFrom('units as c')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('c.parent_id', '=', 'units.id')
        .as('child_count'),
    )
}

export type UnitSummaryRow = Awaited<ReturnType<typeof listChildren>>['items'][number]

export async function listChildren(
  db: Kysely<Database>,
  parentId: number,
  kind: string | undefined,
  page: number,
  pageSize: number,
) {
  let base = db.selectFrom('units').where('parent_id', '=', parentId)
  if (kind) base = base.where('kind', '=', kind)
  const total = await base
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  let query = withChildCount(db).where('units.parent_id', '=', parentId)
  if (kind) query = query.where('units.kind', '=', kind)
  const items = await query
    .orderBy(sql`units.sort_key collate "C"`)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute()
  return { items, total: Number(total.n) }
}

export async function countChildren(db: Kysely<Database>, parentId: number): Promise<number> {
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', parentId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export function listUnitsByIds(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return withChildCount(db).where('units.id', 'in', ids).execute()
}

export function listRootUnits(db: Kysely<Database>, version: string) {
  return withChildCount(db)
    .where('units.version', '=', version)
    .where('units.parent_id', 'is', null)
    .orderBy(sql`units.sort_key collate "C"`)
    .execute()
}

/**
 * Accent-insensitive search by name (trigram index on the folded name) or exact code.
 * Names that start with the query rank first, then higher levels, then Vietnamese order.
 */
/**
 * Ids of the best matches, in rank order. Ranking reads only indexed columns; the caller loads
 * the few winners with their child counts, so no per-row subquery runs over every match.
 */
export async function searchUnitIds(
  db: Kysely<Database>,
  filter: { text: string; version: string; kind?: string; scopePath: string | null; limit: number },
) {
  const folded = sql<string>`antq_fold(${escapeLike(filter.text)})`
  let query = db
    .selectFrom('units')
    .select('units.id')
    .where('units.version', '=', filter.version)
    .where((eb) =>
      eb.or([
        eb('units.name_folded', 'like', sql<string>`'%' || ${folded} || '%'`),
        eb('units.code', '=', filter.text),
      ]),
    )
  if (filter.kind) query = query.where('units.kind', '=', filter.kind)
  if (filter.scopePath !== null) query = query.where('units.path', 'like', `${filter.scopePath}%`)
  const rows = await query
    .orderBy(
      sql`case when units.code = ${filter.text} then 0 when units.name_folded like ${folded} || '%' then 1 when units.name_folded like '% ' || ${folded} || '%' then 2 else 3 end`,
    )
    .orderBy('units.depth')
    .orderBy(sql`units.sort_key collate "C"`)
    .limit(filter.limit)
    .execute()
  return rows.map((row) => row.id)
}

export function listUnitNames(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind'])
    .where('id', 'in', ids)
    .execute()
}

export async function countUnitsByKind(db: Kysely<Database>) {
  return db
    .selectFrom('units')
    .select(['version', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['version', 'kind'])
    .execute()
}

export function listMerges(db: Kysely<Database>, unitId: number, direction: 'from' | 'into') {
  const [mine, other] =
    direction === 'from'
      ? (['new_unit_id', 'old_unit_id'] as const)
      : (['old_unit_id', 'new_unit_id'] as const)
  return db
    .selectFrom('unit_merges')
    .select([`unit_merges.${other} as unit_id`, 'unit_merges.type'])
    .where(`unit_merges.${mine}`, '=', unitId)
    .execute()
}

export type UnitChanges = Partial<
  Pick<
    Database['units'],
    | 'name'
    | 'subtype'
    | 'area_type'
    | 'enterprise_size'
    | 'school_level'
    | 'households'
    | 'staff'
    | 'pupils'
  >
> & { sort_key?: string }

/** Optimistic update: returns false when another writer changed the unit first. */
export async function updateUnitFields(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  changes: UnitChanges,
) {
  const result = await db
    .updateTable('units')
    .set({ ...changes, row_version: sql`row_version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Every unit in the subtree under `path` (the root included), for aggregates and exports. */
export function listSubtreeUnits(db: Kysely<Database>, path: string) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'parent_id'])
    .where('path', 'like', `${path}%`)
    .execute()
}
