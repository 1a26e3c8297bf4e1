// SQL of the model register: models of a territory, one model with its sites, plans and
// reviews, the writes, and the append-only history.
import type { Insertable, Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { ModelHistoryTable, ModelTable } from '../../db/schema-models'

type Db = Kysely<Database>

export async function findUnit(db: Db, unitId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'path'])
    .where('id', '=', unitId)
    .executeTakeFirst()
}

export async function listUnits(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'path'])
    .where('id', 'in', [...ids])
    .execute()
}

/** Models hosted in a territory (the unit and below it), with their host's name. */
export async function listModels(db: Db, path: string) {
  return db
    .selectFrom('models as m')
    .innerJoin('units as u', 'u.id', 'm.host_unit_id')
    .selectAll('m')
    .select(['u.name as host_name', 'u.path as host_path'])
    .where('u.path', 'like', `${path}%`)
    .limit(5000)
    .execute()
}

export async function findModel(db: Db, id: number) {
  return db
    .selectFrom('models as m')
    .innerJoin('units as u', 'u.id', 'm.host_unit_id')
    .selectAll('m')
    .select(['u.name as host_name', 'u.path as host_path'])
    .where('m.id', '=', id)
    .executeTakeFirst()
}

export type ModelRecord = NonNullable<Awaited<ReturnType<typeof findModel>>>

export async function listSites(db: Db, modelIds: readonly number[]) {
  if (modelIds.length === 0) return []
  return db
    .selectFrom('model_sites as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .select(['s.model_id', 's.unit_id', 's.teams', 'u.name', 'u.path'])
    .where('s.model_id', 'in', [...modelIds])
    .execute()
}

export async function listPlans(db: Db, modelIds: readonly number[], year?: number) {
  if (modelIds.length === 0) return []
  let query = db
    .selectFrom('model_plans')
    .selectAll()
    .where('model_id', 'in', [...modelIds])
  if (year !== undefined) query = query.where('year', '=', year)
  return query.orderBy('year', 'desc').execute()
}

export async function listReviews(db: Db, modelIds: readonly number[], year?: number) {
  if (modelIds.length === 0) return []
  let query = db
    .selectFrom('model_reviews')
    .selectAll()
    .where('model_id', 'in', [...modelIds])
  if (year !== undefined) query = query.where('year', '=', year)
  return query.orderBy('year', 'desc').execute()
}

export async function insertModel(db: Db, row: Insertable<ModelTable>) {
  return db.insertInto('models').values(row).returning('id').executeTakeFirstOrThrow()
}

export async function updateModel(
  db: Db,
  id: number,
  version: number,
  patch: Partial<Insertable<ModelTable>>,
) {
  const result = await db
    .updateTable('models')
    .set((eb) => ({ ...patch, row_version: eb('row_version', '+', 1) }))
    .where('id', '=', id)
    .where('row_version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function replaceSites(
  db: Db,
  modelId: number,
  sites: readonly { unitId: number; teams: number }[],
) {
  await db.deleteFrom('model_sites').where('model_id', '=', modelId).execute()
  if (sites.length > 0)
    await db
      .insertInto('model_sites')
      .values(sites.map((site) => ({ model_id: modelId, unit_id: site.unitId, teams: site.teams })))
      .execute()
}

export async function upsertPlan(db: Db, row: Insertable<Database['model_plans']>) {
  await db
    .insertInto('model_plans')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['model_id', 'year']).doUpdateSet({
        adopted_on: row.adopted_on,
        target_count: row.target_count,
        summary: row.summary,
      }),
    )
    .execute()
}

export async function upsertReview(db: Db, row: Insertable<Database['model_reviews']>) {
  const { model_id: _m, year: _y, period: _p, ...rest } = row
  await db
    .insertInto('model_reviews')
    .values(row)
    .onConflict((conflict) => conflict.columns(['model_id', 'year', 'period']).doUpdateSet(rest))
    .execute()
}

export async function appendHistory(db: Db, row: Insertable<ModelHistoryTable>) {
  await db.insertInto('model_history').values(row).execute()
}

export async function listHistory(db: Db, modelId: number) {
  return db
    .selectFrom('model_history')
    .selectAll()
    .where('model_id', '=', modelId)
    .orderBy('id', 'desc')
    .limit(200)
    .execute()
}
