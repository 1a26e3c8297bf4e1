// Resolving a nomination draft into its columns: the form, the nominee (under the proposing
// unit), the plan subject, the form group and nominee key, refusing a second live nomination
// for the same achievement.
import {
  AppError,
  checkNominationSubject,
  findAwardForm,
  formGroupOf,
  NOMINATION_STATUS_LABELS,
  nomineeKeyOf,
  type NominationStatus,
  type NominationSubject,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { assertUnder, loadUnit, type PlanHandle, type UnitRef } from './nominations.context'
import { resolveModelNominee } from './nominations-models'
import * as repo from './nominations.repository'
import type { NomineeInput } from './nominations.schemas'

export type Draft = {
  awardFormId: string
  subjectId: string
  nominee: NomineeInput
  achievementSummary: string
}

/** The columns a draft writes, after checking its subject, nominee and duplicates. */
export async function resolveDraft(
  db: Kysely<Database>,
  handle: PlanHandle,
  proposing: UnitRef,
  year: number,
  draft: Draft,
  exceptId?: number,
) {
  const form = findAwardForm(handle.plan, draft.awardFormId)
  const nominee = draft.nominee
  const unit =
    nominee.kind === 'collective'
      ? await loadUnit(db, nominee.unitId, 'nominee.unitId')
      : await loadUnit(db, nominee.person.unitId, 'nominee.person.unitId')
  assertUnder(
    proposing,
    unit,
    nominee.kind === 'collective' ? 'nominee.unitId' : 'nominee.person.unitId',
  )
  const subject: NominationSubject =
    nominee.kind === 'collective'
      ? { kind: 'collective', subjectId: draft.subjectId, unitId: unit.id }
      : { kind: 'individual', subjectId: draft.subjectId, person: nominee.person }
  const found = checkNominationSubject(handle.plan, form.id, subject, unit.kind)
  const model =
    nominee.kind === 'collective'
      ? await resolveModelNominee(db, found, unit.id, nominee.modelId)
      : null
  const formGroup = formGroupOf(form)
  const nomineeKey = model?.nomineeKey ?? nomineeKeyOf(subject)
  const duplicate = await repo.findLiveDuplicate(db, {
    planKey: handle.key,
    year,
    formGroup,
    nomineeKey,
    exceptId,
  })
  if (duplicate) throw duplicateError(duplicate.id, duplicate.status, year)
  const person = nominee.kind === 'individual' ? nominee.person : null
  return {
    award_form_id: form.id,
    form_group: formGroup,
    subject_kind: nominee.kind,
    subject_id: draft.subjectId,
    nominee_unit_id: nominee.kind === 'collective' ? unit.id : null,
    person_name: person?.fullName ?? null,
    person_position: person?.position ?? null,
    person_role: person?.role ?? null,
    person_birth_year: person?.birthYear ?? null,
    person_unit_id: person?.unitId ?? null,
    nominee_key: nomineeKey,
    model_id: model?.modelId ?? null,
    person_facts: JSON.stringify(nominee.kind === 'individual' ? nominee.facts : {}),
    achievement_summary: draft.achievementSummary,
  }
}

function duplicateError(id: number, status: string, year: number) {
  const label = NOMINATION_STATUS_LABELS[status as NominationStatus] ?? status
  return new AppError(
    'DUPLICATE',
    `Thành tích năm ${year} của đối tượng này đã có hồ sơ đề nghị số ${id} (${label}); một thành tích chỉ được đề nghị, khen thưởng một lần`,
    [{ path: 'nominee', message: `Đã có hồ sơ đề nghị số ${id}` }],
  )
}

/** A unique-index race lost to a concurrent writer reads as the duplicate it is. */
export async function guardDuplicate<T>(work: () => Promise<T>, year: number): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw duplicateError(0, 'draft', year)
    throw error
  }
}

export function nomineeOf(row: repo.NominationRecord): NomineeInput {
  if (row.subject_kind === 'collective')
    return { kind: 'collective', unitId: row.nominee_unit_id ?? 0, modelId: row.model_id }
  const facts = (row.person_facts ?? {}) as Record<string, never>
  return {
    kind: 'individual',
    person: {
      fullName: row.person_name ?? '',
      position: row.person_position ?? '',
      role: (row.person_role ?? 'citizen') as never,
      birthYear: row.person_birth_year,
      unitId: row.person_unit_id ?? 0,
    },
    facts: {
      isLeader: facts.isLeader ?? null,
      familyCultural: facts.familyCultural ?? null,
      taskRating: facts.taskRating ?? null,
    },
  }
}
