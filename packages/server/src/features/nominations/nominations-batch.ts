// Eligibility of many nominations at once, judged exactly as one nomination is
// (nominations.assess.ts): the same facts and attestations, loaded a chunk at a time, and the
// same core checkEligibility. For lists, council agendas and the benchmark of a plan year's
// 10,000 nominations, where one-by-one loading costs five round trips per nomination.
import {
  buildNomineeFacts,
  checkEligibility,
  findAwardForm,
  type Attestation,
  type Eligibility,
  type EvaluationFact,
  type EvaluationFactKind,
  type NomineeFacts,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { personFactsOf } from './nominations.assess'
import { loadPlan, type PlanHandle } from './nominations.context'
import type { NominationRecord } from './nominations.repository'
import * as batch from './nominations-batch.repository'
import { loadModelFacts, readsModelFacts, withModelFacts } from './nominations-models'

type UnitFacts = Awaited<ReturnType<typeof batch.listUnitsFacts>>[number]
type NomineeRows = {
  units: Map<number, UnitFacts>
  registrations: Map<number, Awaited<ReturnType<typeof batch.listRegistrationsOf>>[number]>
  evaluations: Map<number, EvaluationFact[]>
  figures: Map<number, Record<string, unknown>>
}

/** A nomination as eligibility needs it: a whole row, or just ELIGIBILITY_COLUMNS. */
export type BatchNomination = Pick<NominationRecord, (typeof batch.ELIGIBILITY_COLUMNS)[number]>

export const nomineeUnitOf = (row: BatchNomination) =>
  row.nominee_unit_id ?? row.person_unit_id ?? row.proposing_unit_id

/** The facts' source rows of every unit, for one plan year, a chunk of units per statement. */
async function loadNomineeRows(
  db: Kysely<Database>,
  planKey: string,
  year: number,
  unitIds: readonly number[],
): Promise<NomineeRows> {
  const rows: NomineeRows = {
    units: new Map(),
    registrations: new Map(),
    evaluations: new Map(),
    figures: new Map(),
  }
  for (const chunk of batch.chunksOf([...new Set(unitIds)])) {
    for (const unit of await batch.listUnitsFacts(db, chunk)) rows.units.set(unit.id, unit)
    for (const row of await batch.listRegistrationsOf(db, planKey, year, chunk))
      rows.registrations.set(row.unit_id, row)
    for (const row of await batch.listEvaluationsOf(db, year, chunk)) {
      const list = rows.evaluations.get(row.unit_id) ?? []
      list.push({
        kind: row.kind as EvaluationFactKind,
        year: row.evaluation_year,
        result: row.result,
        decisionNumber: row.decision_number,
        decisionDate: row.decision_day,
        score: row.reviewer_score === null ? null : Number(row.reviewer_score),
      })
      rows.evaluations.set(row.unit_id, list)
    }
    for (const row of await batch.listLatestFiguresOf(db, planKey, year, chunk))
      rows.figures.set(row.unit_id, (row.figures ?? {}) as Record<string, unknown>)
  }
  return rows
}

async function loadAttestations(db: Kysely<Database>, nominationIds: readonly number[]) {
  const byNomination = new Map<number, Attestation[]>()
  for (const chunk of batch.chunksOf(nominationIds))
    for (const item of await batch.listAttestationsOf(db, chunk)) {
      const list = byNomination.get(item.nomination_id) ?? []
      list.push({
        conditionKey: item.condition_id,
        evidenceFileId: item.evidence_file_id,
        evidenceFilename: item.filename,
        confirmedBy: item.confirmed_by,
        confirmedAt: item.confirmed_day,
        note: item.note,
      })
      byNomination.set(item.nomination_id, list)
    }
  return byNomination
}

function judge(
  handle: PlanHandle,
  row: BatchNomination,
  rows: NomineeRows,
  attested: Attestation[],
  register: NomineeFacts | undefined,
) {
  const unit = rows.units.get(nomineeUnitOf(row))
  if (!unit) throw new Error(`nomination ${row.id}: nominee unit not found`)
  const registration = rows.registrations.get(unit.id)
  const facts = buildNomineeFacts({
    year: row.year,
    unit,
    registration: registration
      ? {
          takePart: registration.take_part,
          strivesForAntt: registration.strives_for_antt,
          buildsExemplary: registration.builds_exemplary,
        }
      : null,
    evaluations: rows.evaluations.get(unit.id) ?? [],
    figures: rows.figures.get(unit.id) ?? {},
    // personFactsOf reads only subject_kind and the person_* columns, all in BatchNomination.
    person: personFactsOf(row as NominationRecord),
  })
  const judged = register ? withModelFacts(facts, register) : facts
  return checkEligibility({
    plan: handle.plan,
    formId: findAwardForm(handle.plan, row.award_form_id).id,
    subjectId: row.subject_id,
    unitKind: unit.kind,
    facts: judged,
    attestations: attested,
  })
}

/** Eligibility of each nomination (all of one plan), keyed by nomination id. */
export async function assessEligibilityBatch(
  db: Kysely<Database>,
  handle: PlanHandle,
  nominations: readonly BatchNomination[],
): Promise<Map<number, Eligibility>> {
  const results = new Map<number, Eligibility>()
  const attestations = await loadAttestations(
    db,
    nominations.map((row) => row.id),
  )
  const years = [...new Set(nominations.map((row) => row.year))]
  for (const year of years) {
    const ofYear = nominations.filter((row) => row.year === year)
    const rows = await loadNomineeRows(db, handle.key, year, ofYear.map(nomineeUnitOf))
    // The register is read per nominee, and only when the plan's award conditions read it.
    const reads = readsModelFacts(handle.plan)
    for (const row of ofYear) {
      const register = reads
        ? await loadModelFacts(db, { unitId: nomineeUnitOf(row), year, modelId: row.model_id })
        : undefined
      results.set(row.id, judge(handle, row, rows, attestations.get(row.id) ?? [], register))
    }
  }
  return results
}

/** Eligibility of every nomination of a plan year. */
export async function assessPlanYearEligibility(
  db: Kysely<Database>,
  planId: number,
  year: number,
) {
  const handle = await loadPlan(db, planId)
  const nominations = await batch.listPlanNominations(db, handle.key, year)
  return assessEligibilityBatch(db, handle, nominations)
}
