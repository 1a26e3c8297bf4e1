// The facts of many nominees in a few set-based queries: the same rows loadNomineeFacts and
// listAttestations read for one nomination, fetched for a chunk of units (or nominations) at a
// time, so eligibility of a whole plan year costs a handful of round trips instead of five
// per nomination.
import { EVALUATION_FACT_KINDS } from '@antq/core'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

/** Ids per statement: far under the engines' parameter limits, large enough to stay few. */
export const BATCH_CHUNK = 2000

export function chunksOf<T>(items: readonly T[], size = BATCH_CHUNK): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size))
  return chunks
}

export function listUnitsFacts(db: Kysely<Database>, unitIds: readonly number[]) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'households', 'staff'])
    .where('id', 'in', unitIds)
    .execute()
}

export function listRegistrationsOf(
  db: Kysely<Database>,
  planKey: string,
  year: number,
  unitIds: readonly number[],
) {
  return db
    .selectFrom('registrations')
    .select(['unit_id', 'take_part', 'strives_for_antt', 'builds_exemplary'])
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .where('unit_id', 'in', unitIds)
    .execute()
}

export function listEvaluationsOf(db: Kysely<Database>, year: number, unitIds: readonly number[]) {
  return db
    .selectFrom('evaluations')
    .select(['unit_id', 'kind', 'evaluation_year', 'result', 'decision_number', 'reviewer_score'])
    .select(sql<string | null>`to_char(decision_date, 'YYYY-MM-DD')`.as('decision_day'))
    .where('unit_id', 'in', unitIds)
    .where('evaluation_year', 'in', [year, year - 1])
    .where('kind', 'in', [...EVALUATION_FACT_KINDS])
    .execute()
}

/** Each unit's latest submitted report of the year: the yearly one first, else the last period. */
export async function listLatestFiguresOf(
  db: Kysely<Database>,
  planKey: string,
  year: number,
  unitIds: readonly number[],
) {
  const result = await sql<{ unit_id: number; figures: unknown }>`
    select distinct on (unit_id) unit_id, figures from reports
    where plan_key = ${planKey} and unit_id in (${sql.join(unitIds)})
      and status in ('submitted', 'accepted')
      and (period_id = ${String(year)} or period_id like ${`${year}-%`})
    order by unit_id, period_id = ${String(year)} desc, period_id desc`.execute(db)
  return result.rows
}

export function listAttestationsOf(db: Kysely<Database>, nominationIds: readonly number[]) {
  return db
    .selectFrom('attestations as a')
    .innerJoin('dossier_files as f', 'f.id', 'a.evidence_file_id')
    .select(['a.nomination_id', 'a.condition_id', 'a.note', 'a.evidence_file_id'])
    .select(['a.confirmed_by', 'f.filename'])
    .select(sql<string>`to_char(a.confirmed_at, 'YYYY-MM-DD')`.as('confirmed_day'))
    .where('a.nomination_id', 'in', nominationIds)
    .orderBy('a.nomination_id')
    .orderBy('a.id')
    .execute()
}

/** The columns eligibility reads (a nomination page reads them from the whole row). */
export const ELIGIBILITY_COLUMNS = [
  'id',
  'year',
  'award_form_id',
  'subject_kind',
  'subject_id',
  'nominee_unit_id',
  'person_unit_id',
  'proposing_unit_id',
  'person_role',
  'person_position',
  'person_facts',
  'model_id',
] as const

/** Every nomination of a plan year, oldest first (withdrawn and rejected ones included). */
export function listPlanNominations(db: Kysely<Database>, planKey: string, year: number) {
  return db
    .selectFrom('nominations')
    .select(ELIGIBILITY_COLUMNS)
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .orderBy('id')
    .execute()
}
