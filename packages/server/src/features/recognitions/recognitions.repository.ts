// SQL for recognitions, their history, the prior-year facts the candidate rule reads, and the
// evaluation row a recognition writes so the targets engine counts it.
import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>

function selectRecognitions(db: Db) {
  return db
    .selectFrom('recognitions as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('units as ru', 'ru.id', 'r.recognizer_unit_id')
    .selectAll('r')
    .select([
      'u.name as unit_name',
      'u.kind as unit_kind',
      'u.subtype as unit_subtype',
      'ru.name as recognizer_unit_name',
    ])
    .select(sql<string | null>`to_char(r.decision_date, 'YYYY-MM-DD')`.as('decision_day'))
}

export function findRecognition(db: Db, id: number) {
  return selectRecognitions(db).where('r.id', '=', id).executeTakeFirst()
}
export type RecognitionView = NonNullable<Awaited<ReturnType<typeof findRecognition>>>

export function listRecognitions(
  db: Db,
  filter: { pathPrefix: string; year?: number; kind?: string },
) {
  let query = selectRecognitions(db)
  if (filter.pathPrefix !== '')
    query = query.where('r.unit_path', 'like', `${escapeLike(filter.pathPrefix)}%`)
  if (filter.year !== undefined) query = query.where('r.year', '=', filter.year)
  if (filter.kind) query = query.where('r.kind', '=', filter.kind)
  return query.orderBy('r.year', 'desc').orderBy('u.sort_key').limit(2000).execute()
}

export function insertRecognition(
  db: Db,
  row: Omit<
    Database['recognitions'],
    | 'id'
    | 'updated_at'
    | 'row_version'
    | 'status_reason'
    | 'evaluation'
    | 'decision_number'
    | 'decision_date'
    | 'candidate'
  > & { candidate: string },
) {
  return db.insertInto('recognitions').values(row).returning('id').executeTakeFirstOrThrow()
}

export async function updateRecognition(
  db: Db,
  id: number,
  expected: number,
  changes: {
    status: string
    status_reason?: string | null
    evaluation?: string
    decision_number?: string
    decision_date?: string
    updated_by: string
  },
) {
  const result = await db
    .updateTable('recognitions')
    .set({ ...changes, updated_at: sql`now()`, row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', expected)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function appendRecognitionHistory(
  db: Db,
  row: {
    recognition_id: number
    actor_name: string
    action: string
    from_status: string | null
    to_status: string
    reason: string | null
  },
) {
  await db.insertInto('recognition_history').values(row).execute()
}

export function listRecognitionHistory(db: Db, id: number) {
  return db
    .selectFrom('recognition_history')
    .selectAll()
    .where('recognition_id', '=', id)
    .orderBy('id')
    .execute()
}

/** Last year's ANTT recognition and movement class of a unit. */
export async function findPriorYear(db: Db, unitId: number, year: number) {
  const rows = await db
    .selectFrom('evaluations')
    .select(['kind', 'result', 'decision_number'])
    .where('unit_id', '=', unitId)
    .where('evaluation_year', '=', year)
    .where('kind', 'in', ['antt', 'movement'])
    .execute()
  const antt = rows.find((row) => row.kind === 'antt')
  const movement = rows.find((row) => row.kind === 'movement')
  return {
    anttRecognised: antt?.result === 'dat' && antt.decision_number !== null,
    movementClass: movement?.result ?? null,
  }
}

/** The unit's registration for the plan year, if it registered. */
export function findRegistration(db: Db, planKey: string, unitId: number, year: number) {
  return db
    .selectFrom('registrations')
    .select(['take_part', 'builds_exemplary'])
    .where('plan_key', '=', planKey)
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .executeTakeFirst()
}

export function findEvaluationResult(db: Db, unitId: number, kind: string, year: number) {
  return db
    .selectFrom('evaluations')
    .select(['result', 'decision_number'])
    .where('unit_id', '=', unitId)
    .where('kind', '=', kind)
    .where('evaluation_year', '=', year)
    .executeTakeFirst()
}

/** The recognition as the evaluation the targets engine reads (result dat with a decision). */
export async function recordRecognisedEvaluation(
  db: Db,
  row: {
    unit_id: number
    unit_path: string
    kind: string
    year: number
    decision_number: string
    decision_date: string
    decided_by: string
  },
) {
  const values = {
    unit_id: row.unit_id,
    unit_path: row.unit_path,
    kind: row.kind,
    evaluation_year: row.year,
    result: 'dat',
    decision_number: row.decision_number,
    decision_date: row.decision_date,
    decided_by: row.decided_by,
  }
  await db
    .insertInto('evaluations')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['unit_id', 'kind', 'evaluation_year']).doUpdateSet({
        result: 'dat',
        decision_number: row.decision_number,
        decision_date: row.decision_date,
        decided_by: row.decided_by,
        updated_at: sql`now()`,
        row_version: sql`evaluations.row_version + 1`,
      }),
    )
    .execute()
}

/** The unit's ancestors (root first) with their kinds, to find the levels of the route. */
export function listAncestors(db: Db, ids: readonly number[]) {
  return db
    .selectFrom('units')
    .select(['id', 'kind', 'path', 'name'])
    .where('id', 'in', [...ids])
    .execute()
}

/** Recognitions of a year under a scope, each with the district (or province) it counts for. */
export function listForQuota(db: Db, filter: { pathPrefix: string; year: number; kind: string }) {
  return db
    .selectFrom('recognitions as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('units as d', (join) =>
      join.on('d.kind', '=', 'district').on(sql<boolean>`u.path like d.path || '%'`),
    )
    .select(['r.status', 'u.kind', 'u.subtype', 'd.id as district_id', 'd.name as district_name'])
    .where('r.unit_path', 'like', `${escapeLike(filter.pathPrefix)}%`)
    .where('r.year', '=', filter.year)
    .where('r.kind', '=', filter.kind)
    .execute()
}
