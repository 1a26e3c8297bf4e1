// Award decisions: one award form, the nominations the council passed, issued by the body the
// form's decider names (decision-issuer.ts), a number from the issuer's register, the quota checked with its count; every nomination moves to decided in
// the same transaction, with the decision's audit entry. Revocation: decisions-revoke.service.
import {
  AppError,
  bodyOfDecider,
  can,
  composeSigningBlock,
  findDecisionProblems,
  isInScope,
  readAwardDecider,
  readTypedSigner,
  type Actor,
  type Plan,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { listLatestVotes } from '../councils/meetings.repository'
import { moveNomination } from '../councils/nomination-steps'
import { linkIssuedNumber, takeDocumentNumber } from '../documents/document-numbers.repository'
import { findPlanById } from '../plans/plans.repository'
import { loadBodySettings, pickSigner } from '../issuing-bodies/issuing-bodies.service'
import { findUnitById } from '../units/units.repository'
import { resolveIssuerCode } from './decision-issuer'
import { enforceDecisionQuota } from './decision-quota'
import { presentDecision } from './decisions.presenter'
import * as repo from './decisions.repository'
import type { DecisionInput } from './decisions.schemas'
import { listNominationViews } from './nominations-read.repository'

type Tx = Kysely<Database>

export async function loadPlanForm(db: Tx, planId: number, awardFormId: string) {
  const row = await findPlanById(db, planId)
  if (!row) throw new AppError('NOT_FOUND', 'Không có kế hoạch')
  const plan = row.definition as Plan
  const form = plan.awardForms.find((item) => item.id === awardFormId)
  if (!form)
    throw new AppError('VALIDATION', `Kế hoạch không có hình thức khen thưởng "${awardFormId}"`)
  return { row, plan, form }
}

export async function createDecision(deps: Deps, actor: Actor, input: DecisionInput) {
  return deps.db.transaction().execute(async (tx) => {
    const issuer = await findUnitById(tx, input.issuerUnitId)
    if (!issuer) throw new AppError('NOT_FOUND', 'Không có đơn vị ban hành')
    if (!can(actor, 'decisions:sign', issuer.path)) throw new AppError('OUT_OF_SCOPE')
    const { row: planRow, form } = await loadPlanForm(tx, input.planId, input.awardFormId)
    const signer = await chooseSigner(tx, issuer.id, form.decider, input)
    const issuerCode = resolveIssuerCode(form, issuer, {
      issuerCode: input.issuerCode,
      signerTitle: signer.title,
    })
    const ids = input.nominationIds
    const views = await listNominationViews(tx, ids)
    const votes = await listLatestVotes(tx, ids)
    const year = views[0]?.year ?? Number(input.date.slice(0, 4))
    const missing = ids.filter((id) => !views.some((view) => view.id === id))
    if (missing.length > 0)
      throw new AppError('NOT_FOUND', `Không có đề nghị #${missing.join(', #')}`)
    const problems = findDecisionProblems(
      form.id,
      views.map((view) => ({
        nominationId: view.id,
        subjectKind: view.subject_kind,
        status: view.status,
        votePassed: votes.find((vote) => vote.nomination_id === view.id)?.passed ?? null,
        awardFormId:
          view.plan_key === planRow.plan_key && view.year === year ? view.award_form_id : '',
      })),
    )
    for (const view of views)
      if (!view.proposing_unit_path.startsWith(issuer.path))
        problems.push(`Đề nghị #${view.id} không thuộc thẩm quyền của đơn vị ban hành`)
    if (problems.length > 0)
      throw new AppError(
        'VALIDATION',
        problems[0],
        problems.map((message) => ({ path: 'nominationIds', message })),
      )
    // The number first: it locks the issuer's register, so two decisions of one issuer count
    // the quota one after the other. A refusal below rolls the number back with everything else.
    const issued = await takeDocumentNumber(tx, actor, {
      issuerUnitId: issuer.id,
      issuerCode,
      kind: 'decision',
      date: input.date,
      entity: 'decision',
      entityId: 0,
    })
    const quota = await enforceDecisionQuota(
      tx,
      { planKey: planRow.plan_key, year },
      form,
      views.map((view) => view.proposing_unit_path),
    )
    const { id } = await repo.insertDecision(tx, {
      issuer_unit_id: issuer.id,
      issuer_unit_path: issuer.path,
      issuer_code: issuerCode,
      plan_key: planRow.plan_key,
      plan_id: planRow.id,
      year,
      award_form_id: form.id,
      award_form_name: form.name,
      meeting_id: input.meetingId ?? null,
      number: issued.number,
      decision_date: input.date,
      signer_name: signer.name,
      signer_title: signer.title,
      signer: JSON.stringify(signer.block),
      created_by: actor.username,
    })
    await linkIssuedNumber(tx, issuer.id, issued.number, id)
    await repo.insertItems(tx, id, ids)
    for (const nominationId of ids) await moveNomination(tx, deps, actor, nominationId, 'decided')
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'decision.create',
      entity: 'decision',
      entityId: id,
      unit: { id: issuer.id, path: issuer.path },
      after: { number: issued.number, ...input, issuerCode, quota },
    })
    return getDecisionIn(tx, actor, id)
  })
}

/**
 * Who signs: the issuing body's signer chosen by key, or a name and title typed in (a "Phó …"
 * title signs KT.). An award decision is the decider's own, so no "TM." above it.
 */
async function chooseSigner(tx: Tx, issuerId: number, decider: string, input: DecisionInput) {
  const body = bodyOfDecider(readAwardDecider(decider))
  const { settings } = await loadBodySettings(tx, issuerId, body)
  const chosen = input.signerKey
    ? pickSigner(settings, input.signerKey)
    : { name: input.signerName ?? '', ...readTypedSigner(input.signerTitle ?? '') }
  const block = composeSigningBlock(body, settings.headTitle || chosen.title, chosen, false)
  return { name: chosen.name, title: chosen.title, block }
}

export async function loadDecision(db: Tx, actor: Actor, id: number) {
  const decision = await repo.findDecision(db, id)
  if (!decision) throw new AppError('NOT_FOUND')
  if (!isInScope(actor, decision.issuer_unit_path)) throw new AppError('OUT_OF_SCOPE')
  return decision
}

export async function getDecisionIn(db: Tx, actor: Actor, id: number) {
  const decision = await loadDecision(db, actor, id)
  const items = await repo.listItems(db, id)
  const views = await listNominationViews(
    db,
    items.map((item) => item.nomination_id),
  )
  return presentDecision(decision, items, views, await repo.listRevocations(db, id))
}

export function getDecision(deps: Deps, actor: Actor, id: number) {
  return getDecisionIn(deps.db, actor, id)
}

export async function listDecisionsInScope(
  deps: Deps,
  actor: Actor,
  query: { planKey?: string; year?: number },
) {
  const rows = await repo.listDecisions(deps.db, { pathPrefix: actor.scopePath ?? '', ...query })
  return { items: rows.map((row) => presentDecision(row)) }
}
