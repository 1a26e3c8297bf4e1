// The eligibility facts loader: for a nominee unit (or an individual's unit) the register
// data, the campaign registration, the evaluations of the year and the year before (with
// their decision number and date) and the figures of the latest submitted report of the year.
import {
  buildNomineeFacts,
  EVALUATION_FACT_KINDS,
  type EvaluationFact,
  type EvaluationFactKind,
  type NomineeFacts,
  type PersonFacts,
} from '@antq/core'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { loadModelFacts, withModelFacts } from './nominations-models'

export type FactsRequest = {
  planKey: string
  year: number
  unitId: number
  person: PersonFacts | null
  /** A model nominated as itself; with `readsModels`, the register's facts are merged. */
  modelId?: number | null
  readsModels?: boolean
}

export async function loadNomineeFacts(
  db: Kysely<Database>,
  request: FactsRequest,
): Promise<{ facts: NomineeFacts; unitKind: string }> {
  const { planKey, year, unitId } = request
  const unit = await db
    .selectFrom('units')
    .select(['name', 'kind', 'households', 'staff'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow()
  const registration = await db
    .selectFrom('registrations')
    .select(['take_part', 'strives_for_antt', 'builds_exemplary'])
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .where('unit_id', '=', unitId)
    .executeTakeFirst()
  const evaluations = await db
    .selectFrom('evaluations')
    .select(['kind', 'evaluation_year', 'result', 'decision_number', 'reviewer_score'])
    .select(sql<string | null>`to_char(decision_date, 'YYYY-MM-DD')`.as('decision_day'))
    .where('unit_id', '=', unitId)
    .where('evaluation_year', 'in', [year, year - 1])
    .where('kind', 'in', [...EVALUATION_FACT_KINDS])
    .execute()
  const report = await db
    .selectFrom('reports')
    .select('figures')
    .where('plan_key', '=', planKey)
    .where('unit_id', '=', unitId)
    .where('status', 'in', ['submitted', 'accepted'])
    .where((eb) =>
      eb.or([eb('period_id', '=', String(year)), eb('period_id', 'like', `${year}-%`)]),
    )
    .orderBy(sql`period_id = ${String(year)}`, 'desc')
    .orderBy('period_id', 'desc')
    .executeTakeFirst()
  const facts = buildNomineeFacts({
    year,
    unit,
    registration: registration
      ? {
          takePart: registration.take_part,
          strivesForAntt: registration.strives_for_antt,
          buildsExemplary: registration.builds_exemplary,
        }
      : null,
    evaluations: evaluations.map((row): EvaluationFact => ({
      kind: row.kind as EvaluationFactKind,
      year: row.evaluation_year,
      result: row.result,
      decisionNumber: row.decision_number,
      decisionDate: row.decision_day,
      score: row.reviewer_score === null ? null : Number(row.reviewer_score),
    })),
    figures: (report?.figures ?? {}) as Record<string, unknown>,
    person: request.person,
  })
  if (!request.readsModels) return { facts, unitKind: unit.kind }
  const register = await loadModelFacts(db, { unitId, year, modelId: request.modelId ?? null })
  return { facts: withModelFacts(facts, register), unitKind: unit.kind }
}
