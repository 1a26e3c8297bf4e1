// SQL of the unit standards: a unit's records, the records of a scope's units, one record's
// insert or update, and its history entry (append-only).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>

export type StandardRow = Awaited<ReturnType<typeof listUnitStandards>>[number]

export async function findStandardUnit(db: Db, unitId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'subtype', 'path', 'code', 'version'])
    .where('id', '=', unitId)
    .executeTakeFirst()
}

const COLUMNS = [
  's.id',
  's.unit_id',
  's.kind',
  's.status',
  sql<string>`s.valid_from::text`.as('valid_from'),
  sql<string | null>`s.valid_to::text`.as('valid_to'),
  's.decision_number',
  sql<string | null>`s.decision_date::text`.as('decision_date'),
  's.decision_issuer',
  's.criteria_set',
  's.answers',
  's.note',
  's.row_version',
  's.entered_by',
  's.entered_at',
] as const

export async function listUnitStandards(db: Db, unitId: number) {
  return db
    .selectFrom('unit_standards as s')
    .select(COLUMNS)
    .where('s.unit_id', '=', unitId)
    .orderBy('s.kind')
    .orderBy('s.valid_from', 'desc')
    .execute()
}

export async function findUnitStandard(db: Db, id: number) {
  return db
    .selectFrom('unit_standards as s')
    .select(COLUMNS)
    .where('s.id', '=', id)
    .executeTakeFirst()
}

/** The records of every unit under `path` (bounded: a scope's page shows the latest first). */
export async function listScopeStandards(db: Db, path: string, kind: string | undefined) {
  let query = db
    .selectFrom('unit_standards as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .select([...COLUMNS, 'u.name as unit_name', 'u.kind as unit_kind', 'u.path as unit_path'])
    .where('u.path', 'like', `${path}%`)
  if (kind) query = query.where('s.kind', '=', kind)
  return query.orderBy('s.valid_from', 'desc').orderBy('s.id', 'desc').limit(1000).execute()
}

export type StandardValues = {
  kind: string
  status: string
  valid_from: string
  valid_to: string | null
  decision_number: string | null
  decision_date: string | null
  decision_issuer: string | null
  criteria_set: string | null
  answers: string | null
  note: string | null
}

export async function insertUnitStandard(
  db: Db,
  row: StandardValues & { unit_id: number; entered_by: string; entered_at: Date },
) {
  const { id } = await db
    .insertInto('unit_standards')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function updateUnitStandard(
  db: Db,
  id: number,
  version: number,
  row: StandardValues & { entered_by: string; entered_at: Date },
) {
  const result = await db
    .updateTable('unit_standards')
    .set((eb) => ({ ...row, row_version: eb('row_version', '+', 1) }))
    .where('id', '=', id)
    .where('row_version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function appendStandardHistory(
  db: Db,
  row: {
    standard_id: number
    unit_id: number
    kind: string
    before: string | null
    after: string
    at: Date
    actor_name: string
    reason: string | null
  },
) {
  await db.insertInto('unit_standard_history').values(row).execute()
}

export async function listStandardHistory(db: Db, unitId: number) {
  return db
    .selectFrom('unit_standard_history')
    .selectAll()
    .where('unit_id', '=', unitId)
    .orderBy('id', 'desc')
    .limit(100)
    .execute()
}

/** Whether a record of the kind already begins on that date (the unique key). */
export async function existsStandardOn(db: Db, unitId: number, kind: string, validFrom: string) {
  const row = await db
    .selectFrom('unit_standards')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('kind', '=', kind)
    .where('valid_from', '=', validFrom)
    .executeTakeFirst()
  return row?.id
}
