// Everything a nomination is judged on, computed live: eligibility with the data behind each
// condition, dossier completeness, the quota in use for the proposing unit and the dossier
// deadline. The page shows it while drafting; submission refuses on any of it.
import {
  checkDossier,
  checkDossierDeadline,
  checkEligibility,
  describeQuota,
  findAwardForm,
  type Attestation,
  type PersonFacts,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { loadDossierExtensions, type PlanHandle } from './nominations.context'
import { loadNomineeFacts } from './nominations.facts'
import { readsModelFacts } from './nominations-models'
import { listDossierFiles } from './nominations-files.repository'
import { listAttestations, type NominationRecord } from './nominations.repository'
import { loadQuotaCounts } from './nominations-quota.service'

/** The item id under which evidence of attested conditions is uploaded. */
export const EVIDENCE_ITEM = 'evidence'

export function personFactsOf(row: NominationRecord): PersonFacts | null {
  if (row.subject_kind !== 'individual') return null
  const stored = (row.person_facts ?? {}) as Partial<PersonFacts>
  return {
    role: row.person_role ?? '',
    position: row.person_position ?? '',
    isLeader: stored.isLeader ?? null,
    familyCultural: stored.familyCultural ?? null,
    taskRating: stored.taskRating ?? null,
  }
}

export async function assessNomination(
  db: Kysely<Database>,
  handle: PlanHandle,
  row: NominationRecord,
  date: string,
) {
  const form = findAwardForm(handle.plan, row.award_form_id)
  const unitId = row.nominee_unit_id ?? row.person_unit_id ?? row.proposing_unit_id
  const { facts, unitKind } = await loadNomineeFacts(db, {
    planKey: row.plan_key,
    year: row.year,
    unitId,
    person: personFactsOf(row),
    modelId: row.model_id,
    readsModels: readsModelFacts(handle.plan),
  })
  const attestationRows = await listAttestations(db, row.id)
  const attestations: Attestation[] = attestationRows.map((item) => ({
    conditionKey: item.condition_id,
    evidenceFileId: item.evidence_file_id,
    evidenceFilename: item.filename,
    confirmedBy: item.confirmed_by,
    confirmedAt: item.confirmed_day,
    note: item.note,
  }))
  const eligibility = checkEligibility({
    plan: handle.plan,
    formId: form.id,
    subjectId: row.subject_id,
    unitKind,
    facts,
    attestations,
  })
  const files = await listDossierFiles(db, row.id, {
    planKey: row.plan_key,
    year: row.year,
    awardFormId: row.award_form_id,
    proposingUnitId: row.proposing_unit_id,
  })
  const dossierFiles = files.map((file) => ({
    id: file.id,
    itemId: file.item_id,
    filename: file.filename,
    size: file.size,
    nominationId: file.nomination_id,
  }))
  const dossier = checkDossier(
    handle.plan,
    form,
    dossierFiles.filter((file) => file.itemId !== EVIDENCE_ITEM),
  )
  const key = { planKey: row.plan_key, year: row.year, awardFormId: form.id }
  const quota = describeQuota(form, await loadQuotaCounts(db, key, form, row.proposing_unit_path))
  const extensions = await loadDossierExtensions(
    db,
    row.plan_key,
    row.year,
    row.proposing_unit_path,
  )
  const deadline = checkDossierDeadline(
    handle.plan,
    row.year,
    date,
    row.proposing_unit_id,
    extensions,
  )
  return { form, eligibility, dossier, files: dossierFiles, quota, deadline, attestationRows }
}
export type Assessment = Awaited<ReturnType<typeof assessNomination>>
