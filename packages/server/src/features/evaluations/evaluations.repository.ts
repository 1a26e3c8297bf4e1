import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

const COLUMNS = [
  'e.id',
  'e.unit_id',
  'e.unit_path',
  'e.kind',
  'e.evaluation_year',
  'e.criteria_set_key',
  'e.criteria_set_version',
  'e.answers',
  'e.self_score',
  'e.reviewer_score',
  'e.result',
  'e.decision_number',
  'e.decision_date',
  'e.evidence',
  'e.decided_by',
  'e.updated_at',
  'e.row_version',
  'u.code as unit_code',
  'u.name as unit_name',
  'u.kind as unit_kind',
] as const

function selectEvaluations(db: Kysely<Database>) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(COLUMNS)
    .select(sql<string | null>`to_char(e.decision_date, 'YYYY-MM-DD')`.as('decision_day'))
}
export type EvaluationRow = Awaited<ReturnType<typeof findEvaluation>> & object

export function findEvaluation(db: Kysely<Database>, unitId: number, kind: string, year: number) {
  return selectEvaluations(db)
    .where('e.unit_id', '=', unitId)
    .where('e.kind', '=', kind)
    .where('e.evaluation_year', '=', year)
    .executeTakeFirst()
}

export function listEvaluations(
  db: Kysely<Database>,
  filter: { pathPrefix: string; kind?: string; year?: number; unitId?: number },
) {
  let query = selectEvaluations(db)
  if (filter.pathPrefix !== '')
    query = query.where('e.unit_path', 'like', `${escapeLike(filter.pathPrefix)}%`)
  if (filter.kind) query = query.where('e.kind', '=', filter.kind)
  if (filter.year !== undefined) query = query.where('e.evaluation_year', '=', filter.year)
  if (filter.unitId !== undefined) query = query.where('e.unit_id', '=', filter.unitId)
  return query.orderBy('u.sort_key').orderBy('e.kind').limit(5000).execute()
}

export type EvaluationWrite = {
  unit_id: number
  unit_path: string
  kind: string
  evaluation_year: number
  criteria_set_key: string
  criteria_set_version: number
  answers: unknown
  self_score: number | null
  reviewer_score: number | null
  result: string | null
  decision_number: string | null
  decision_date: string | null
  evidence: string[]
  decided_by: string | null
}

export async function upsertEvaluation(db: Kysely<Database>, row: EvaluationWrite) {
  const values = {
    ...row,
    answers: JSON.stringify(row.answers),
    evidence: JSON.stringify(row.evidence),
  }
  const { unit_id: _u, kind: _k, evaluation_year: _y, ...changes } = values
  await db
    .insertInto('evaluations')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['unit_id', 'kind', 'evaluation_year']).doUpdateSet({
        ...changes,
        updated_at: sql`now()`,
        row_version: sql`evaluations.row_version + 1`,
      }),
    )
    .execute()
}

/** Sub-units a commune manages (TT 124 Art. 5(4)) with their registration and recognition. */
export function listManagedSubunits(db: Kysely<Database>, communeId: number, year: number) {
  return db
    .selectFrom('units as u')
    .select(['u.id', 'u.kind', 'u.subtype', 'u.school_level', 'u.enterprise_size'])
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('registrations as r')
            .select('r.id')
            .whereRef('r.unit_id', '=', 'u.id')
            .where('r.year', '=', year)
            .where('r.strives_for_antt', '=', true),
        )
        .as('registered'),
      eb
        .exists(
          eb
            .selectFrom('evaluations as e')
            .select('e.id')
            .whereRef('e.unit_id', '=', 'u.id')
            .where('e.kind', '=', 'antt')
            .where('e.evaluation_year', '=', year)
            .where('e.result', '=', 'dat')
            .where('e.decision_number', 'is not', null),
        )
        .as('recognised'),
    ])
    .where((eb) =>
      eb.or([
        eb('u.managing_unit_id', '=', communeId),
        eb.and([eb('u.managing_unit_id', 'is', null), eb('u.parent_id', '=', communeId)]),
      ]),
    )
    .execute()
}

/** The definitions of the published plans whose area holds the unit (every plan reads its evaluations). */
export function listPlanDefinitionsCovering(db: Kysely<Database>, unitPath: string) {
  // Filtered in SQL: an evaluation write reads only the plans over its unit, not every one.
  return db
    .selectFrom('plans')
    .select(['definition', 'scope_path'])
    .where('status', '=', 'published')
    .where(sql<boolean>`(scope_path is null or ${unitPath} like scope_path || '%')`)
    .execute()
}
