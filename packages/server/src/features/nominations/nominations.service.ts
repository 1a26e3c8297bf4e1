// Nomination drafts (create and update are always allowed, eligible or not), reading one with
// its live assessment, and listing within the actor's subtree.
import {
  AppError,
  checkNominationSubject,
  findAwardForm,
  formGroupOf,
  NOMINATION_STATUS_LABELS,
  nomineeKeyOf,
  type Actor,
  type NominationStatus,
  type NominationSubject,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { assessNomination } from './nominations.assess'
import {
  assertCan,
  assertOpenForNominations,
  assertUnder,
  loadNominationFor,
  loadPlan,
  loadUnit,
  today,
  type PlanHandle,
  type UnitRef,
} from './nominations.context'
import { presentDetail } from './nominations.presenter'
import * as repo from './nominations.repository'
import { recordNominationChange, recordNominationEvent } from './nominations-record'
import type {
  CreateNominationInput,
  NomineeInput,
  UpdateNominationInput,
} from './nominations.schemas'

type Draft = {
  awardFormId: string
  subjectId: string
  nominee: NomineeInput
  achievementSummary: string
}

/** The columns a draft writes, after checking its subject, nominee and duplicates. */
async function resolveDraft(
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
  checkNominationSubject(handle.plan, form.id, subject, unit.kind)
  const formGroup = formGroupOf(form)
  const nomineeKey = nomineeKeyOf(subject)
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
async function guardDuplicate<T>(work: () => Promise<T>, year: number): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw duplicateError(0, 'draft', year)
    throw error
  }
}

export async function createNomination(
  deps: Deps,
  actor: Actor,
  planId: number,
  input: CreateNominationInput,
) {
  const handle = await loadPlan(deps.db, planId)
  assertOpenForNominations(handle, input.year)
  const proposing = await loadUnit(deps.db, input.proposingUnitId, 'proposingUnitId')
  assertCan(actor, 'nominations:propose', proposing.path)
  const id = await guardDuplicate(
    () =>
      deps.db.transaction().execute(async (tx) => {
        const columns = await resolveDraft(tx, handle, proposing, input.year, input)
        const at = deps.now()
        const id = await repo.insertNomination(tx, {
          ...columns,
          plan_key: handle.key,
          plan_id: handle.id,
          year: input.year,
          proposing_unit_id: proposing.id,
          proposing_unit_path: proposing.path,
          status: 'draft',
          created_by: actor.username,
          created_at: at,
          updated_by: actor.username,
          updated_at: at,
        })
        await recordNominationEvent(tx, at, actor, null, {
          id,
          unit: { id: proposing.id, path: proposing.path },
          action: 'create',
          to: 'draft',
          reason: null,
          after: {
            planKey: handle.key,
            year: input.year,
            awardFormId: columns.award_form_id,
            nomineeKey: columns.nominee_key,
          },
        })
        return id
      }),
    input.year,
  )
  return getNomination(deps, actor, id)
}

export async function updateNominationDraft(
  deps: Deps,
  actor: Actor,
  id: number,
  input: UpdateNominationInput,
) {
  const current = await loadNominationFor(deps.db, actor, id, 'nominations:propose')
  const handle = await loadPlan(deps.db, current.plan_id)
  const proposing = await loadUnit(deps.db, current.proposing_unit_id)
  await guardDuplicate(
    () =>
      deps.db.transaction().execute(async (tx) => {
        const row = await loadNominationFor(tx, actor, id, 'nominations:propose')
        if (row.status !== 'draft' && row.status !== 'returned')
          throw new AppError('INVALID_TRANSITION', 'Chỉ sửa được hồ sơ đang soạn hoặc bị trả lại')
        const draft: Draft = {
          awardFormId: input.awardFormId ?? row.award_form_id,
          subjectId: input.subjectId ?? row.subject_id,
          nominee: input.nominee ?? nomineeOf(row),
          achievementSummary: input.achievementSummary ?? row.achievement_summary,
        }
        const columns = await resolveDraft(tx, handle, proposing, row.year, draft, row.id)
        await recordNominationChange(tx, deps.now(), actor, row, {
          action: 'update',
          to: row.status,
          reason: null,
          rowVersion: input.rowVersion,
          changes: columns,
          before: {
            awardFormId: row.award_form_id,
            nomineeKey: row.nominee_key,
            summary: row.achievement_summary,
          },
          after: {
            awardFormId: columns.award_form_id,
            nomineeKey: columns.nominee_key,
            summary: columns.achievement_summary,
          },
        })
      }),
    current.year,
  )
  return getNomination(deps, actor, id)
}

function nomineeOf(row: repo.NominationRecord): NomineeInput {
  if (row.subject_kind === 'collective')
    return { kind: 'collective', unitId: row.nominee_unit_id ?? 0 }
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

export async function getNomination(deps: Deps, actor: Actor, id: number) {
  const row = await loadNominationFor(deps.db, actor, id)
  const handle = await loadPlan(deps.db, row.plan_id)
  const assessment = await assessNomination(deps.db, handle, row, today(deps))
  const history = await repo.listNominationHistory(deps.db, id)
  const nameOf = async (unitId: number | null) =>
    unitId === null ? null : (await loadUnit(deps.db, unitId)).name
  const names = {
    proposing: (await nameOf(row.proposing_unit_id)) ?? '',
    nominee: await nameOf(row.nominee_unit_id),
    personUnit: await nameOf(row.person_unit_id),
  }
  return presentDetail(actor, row, names, assessment, history)
}
