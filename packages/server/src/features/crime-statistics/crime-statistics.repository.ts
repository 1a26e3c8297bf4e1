// SQL of the crime statistics: a unit's records for some months, one figure's upsert and its
// history entry (append-only).
import type { Insertable, Kysely } from 'kysely'
import type { CrimeStatisticHistoryTable, Database } from '../../db/schema'

type Db = Kysely<Database>

export async function findStatisticUnit(db: Db, unitId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'path', 'code', 'version'])
    .where('id', '=', unitId)
    .executeTakeFirst()
}

export async function listRecords(db: Db, unitId: number, months: readonly string[]) {
  if (months.length === 0) return []
  return db
    .selectFrom('crime_statistics')
    .select(['month', 'kind', 'value', 'row_version', 'entered_by', 'entered_at'])
    .where('unit_id', '=', unitId)
    .where('month', 'in', [...months])
    .orderBy('month')
    .execute()
}

export async function upsertRecord(
  db: Db,
  row: { unit_id: number; month: string; kind: string; value: number; by: string; at: Date },
) {
  await db
    .insertInto('crime_statistics')
    .values({
      ...{ unit_id: row.unit_id, month: row.month, kind: row.kind, value: row.value },
      ...{ entered_by: row.by, entered_at: row.at },
    })
    .onConflict((conflict) =>
      conflict.columns(['unit_id', 'month', 'kind']).doUpdateSet((eb) => ({
        value: row.value,
        entered_by: row.by,
        entered_at: row.at,
        row_version: eb('crime_statistics.row_version', '+', 1),
      })),
    )
    .execute()
}

export async function appendHistory(db: Db, rows: Insertable<CrimeStatisticHistoryTable>[]) {
  if (rows.length > 0) await db.insertInto('crime_statistic_history').values(rows).execute()
}

export async function listHistory(db: Db, unitId: number, months: readonly string[]) {
  if (months.length === 0) return []
  return db
    .selectFrom('crime_statistic_history')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('month', 'in', [...months])
    .orderBy('id', 'desc')
    .limit(500)
    .execute()
}

/** The units on a unit's path that hold statistics (its commune and district chain). */
export async function listStatisticAncestors(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('units')
    .select(['id'])
    .where('id', 'in', [...ids])
    .where('kind', 'in', ['commune', 'district'])
    .execute()
}

/** Every record of a unit's territory (the unit and its subtree) for some months. */
export async function listTerritoryRecords(db: Db, path: string, months: readonly string[]) {
  if (months.length === 0) return []
  return db
    .selectFrom('crime_statistics as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .select(['s.unit_id as unitId', 's.month', 's.kind', 's.value'])
    .where('u.path', 'like', `${path}%`)
    .where('s.month', 'in', [...months])
    .execute()
}
