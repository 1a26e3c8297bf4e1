import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

export const UNIT_COLUMNS = [
  'id',
  'code',
  'name',
  'kind',
  'subtype',
  'school_level',
  'enterprise_size',
  'path',
  'parent_id',
  'depth',
] as const

/** Every unit in a subtree (the root included), in Vietnamese order. */
export function listSubtreeUnits(db: Kysely<Database>, path: string) {
  return db
    .selectFrom('units')
    .select(UNIT_COLUMNS)
    .where('path', 'like', `${path}%`)
    .orderBy('depth')
    .orderBy(sql`sort_key collate "C"`)
    .execute()
}

export type RegistrantRow = Awaited<ReturnType<typeof listSubtreeUnits>>[number]

export function listUnitsByIds(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('units').select(UNIT_COLUMNS).where('id', 'in', ids).execute()
}

export function listUnitsByCodes(db: Kysely<Database>, path: string, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(UNIT_COLUMNS)
    .where('path', 'like', `${path}%`)
    .where('code', 'in', codes)
    .execute()
}

const REGISTRATION_COLUMNS = [
  'id',
  'unit_id',
  'take_part',
  'strives_for_antt',
  'builds_exemplary',
  'award_forms',
  'registered_by',
  'registered_at',
  'row_version',
] as const

export function listRegistrations(
  db: Kysely<Database>,
  planKey: string,
  year: number,
  path: string,
) {
  return db
    .selectFrom('registrations')
    .select(REGISTRATION_COLUMNS)
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .where('unit_path', 'like', `${path}%`)
    .execute()
}

export type RegistrationRow = Awaited<ReturnType<typeof listRegistrations>>[number]

export function findRegistrations(
  db: Kysely<Database>,
  planKey: string,
  year: number,
  unitIds: readonly number[],
) {
  if (unitIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('registrations')
    .select(REGISTRATION_COLUMNS)
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .where('unit_id', 'in', unitIds)
    .execute()
}

export type RegistrationValues = {
  take_part: boolean
  strives_for_antt: boolean
  builds_exemplary: boolean
  award_forms: string
  registered_by: string
  registered_at: Date
}

export async function insertRegistration(
  db: Kysely<Database>,
  row: RegistrationValues & {
    plan_key: string
    plan_id: number
    year: number
    unit_id: number
    unit_path: string
  },
) {
  const inserted = await db
    .insertInto('registrations')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

/** Update at the row version read; false when someone else changed it meanwhile. */
export async function updateRegistration(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  values: RegistrationValues & { plan_id: number },
) {
  const result = await db
    .updateTable('registrations')
    .set({ ...values, row_version: rowVersion + 1 })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
