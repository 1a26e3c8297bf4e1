// Nomination drafts (create and update are always allowed, eligible or not), reading one with
// its live assessment, and listing within the actor's subtree.
import { AppError, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { assessNomination } from './nominations.assess'
import {
  assertCan,
  assertOpenForNominations,
  loadNominationFor,
  loadPlan,
  loadUnit,
  today,
} from './nominations.context'
import { guardDuplicate, nomineeOf, resolveDraft, type Draft } from './nominations-draft'
import { presentDetail } from './nominations.presenter'
import * as repo from './nominations.repository'
import { recordNominationChange, recordNominationEvent } from './nominations-record'
import type { CreateNominationInput, UpdateNominationInput } from './nominations.schemas'

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
