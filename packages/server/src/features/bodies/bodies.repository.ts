import { sql, type Kysely } from 'kysely'
import { BODY_KINDS } from '@antq/core'
import type { Database } from '../../db/schema'

/** Units a plan's bodies can be: of a body kind, whose parent or managing unit is the issuer. */
export function listBodyUnitCandidates(db: Kysely<Database>, issuerUnitId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind'])
    .where('kind', 'in', [...BODY_KINDS])
    .where((eb) =>
      eb.or([eb('parent_id', '=', issuerUnitId), eb('managing_unit_id', '=', issuerUnitId)]),
    )
    .execute()
}

export function findUnitForBodies(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('units')
    .select(['id', 'version', 'code', 'name', 'path', 'depth', 'kind', 'subtype'])
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The units a plan's bodies resolved to, with how many active accounts act for each. */
export async function listBodyUnits(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('units')
    .select((eb) => [
      'units.id',
      'units.code',
      'units.name',
      'units.path',
      eb
        .selectFrom('accounts')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('accounts.scope_unit_id', '=', 'units.id')
        .where('accounts.active', '=', true)
        .as('accounts'),
    ])
    .where('units.id', 'in', [...ids])
    .execute()
}

export function isUnitCodeTaken(db: Kysely<Database>, version: string, code: string) {
  return db
    .selectFrom('units')
    .select('id')
    .where('version', '=', version)
    .where('code', '=', code)
    .executeTakeFirst()
}

export type NewBodyUnit = {
  version: string
  code: string
  name: string
  sortKey: string
  kind: string
  subtype: string | null
  parent: { id: number; path: string; depth: number }
}

/** One unit under the issuer; its path is the parent's path and its own id. */
export async function insertBodyUnit(db: Kysely<Database>, unit: NewBodyUnit) {
  const next = await sql<{
    id: number
  }>`select nextval(pg_get_serial_sequence('units', 'id')) as id`.execute(db)
  const id = Number(next.rows[0]?.id)
  await db
    .insertInto('units')
    .values({
      id,
      version: unit.version,
      code: unit.code,
      name: unit.name,
      sort_key: unit.sortKey,
      kind: unit.kind,
      subtype: unit.subtype,
      parent_id: unit.parent.id,
      managing_unit_id: null,
      path: `${unit.parent.path}${id}.`,
      depth: unit.parent.depth + 1,
      area_type: null,
      enterprise_size: null,
      school_level: null,
      households: null,
      staff: null,
      pupils: null,
      valid_from: null,
      valid_until: null,
    })
    .execute()
  return id
}
