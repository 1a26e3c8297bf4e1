// Certificate layouts a secretary adjusts for the issuer's pre-printed blanks: the defaults
// with the stored overrides, refused when a field would fall off the sheet (H6's check).
// Also the tờ trình's number, issued to a proposing unit's batch from its register.
import {
  AppError,
  can,
  composeSigningBlock,
  isIssuerCode,
  type Actor,
  type IssuingBody,
} from '@antq/core'
import {
  applyCertificateLayoutOverrides,
  checkCertificateLayout,
  DEFAULT_CERTIFICATE_LAYOUTS,
  type CertificateLayoutOverrides,
} from '@antq/documents'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { loadBodySettings, pickSigner } from '../issuing-bodies/issuing-bodies.service'
import { findUnitById } from '../units/units.repository'
import { findIssuedNumber, takeDocumentNumber } from './document-numbers.repository'
import { findProposer, listBatchIds, upsertLayout } from './documents.repository'
import { loadCertificateLayout } from './documents-views.certificate'

const ADMINISTRATIVE = new Set(['province', 'district', 'commune'])

export function getCertificateLayout(
  deps: Deps,
  unitId: number,
  awardFormId: string,
  formName: string,
) {
  return loadCertificateLayout(deps.db, unitId, awardFormId, formName)
}

export async function saveCertificateLayout(
  deps: Deps,
  actor: Actor,
  target: { unitId: number; awardFormId: string },
  input: { overrides: CertificateLayoutOverrides; formName: string; rowVersion: number | null },
) {
  return deps.db.transaction().execute(async (tx) => {
    const unit = await findUnitById(tx, target.unitId)
    if (!unit) throw new AppError('NOT_FOUND')
    const current = await loadCertificateLayout(tx, unit.id, target.awardFormId, input.formName)
    const layout = applyCertificateLayoutOverrides(
      DEFAULT_CERTIFICATE_LAYOUTS[current.layout.form],
      input.overrides,
    )
    const problems = checkCertificateLayout(layout)
    if (problems.length > 0)
      throw new AppError(
        'VALIDATION',
        problems[0]?.message,
        problems.map((problem) => ({ path: problem.field ?? 'page', message: problem.message })),
      )
    if (current.rowVersion !== input.rowVersion) throw new AppError('CONFLICT')
    const row = {
      issuer_unit_id: unit.id,
      issuer_unit_path: unit.path,
      award_form_id: target.awardFormId,
      layout: input.overrides,
      updated_by: actor.username,
    }
    if (!(await upsertLayout(tx, row, input.rowVersion))) throw new AppError('CONFLICT')
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'certificate_layout.save',
      entity: 'certificate_layout',
      entityId: `${unit.id}:${target.awardFormId}`,
      unit: { id: unit.id, path: unit.path },
      before: current.overrides,
      after: input.overrides,
    })
    return loadCertificateLayout(tx, unit.id, target.awardFormId, input.formName)
  })
}

/** Numbers the tờ trình of the batch a nomination belongs to (once; later calls return it). */
export async function issueSubmissionNumber(
  deps: Deps,
  actor: Actor,
  nominationId: number,
  input: { issuerCode: string; date: string; signerKey?: string | undefined },
) {
  if (!isIssuerCode(input.issuerCode))
    throw new AppError('VALIDATION', 'Chữ viết tắt cơ quan viết hoa, ví dụ UBND')
  return deps.db.transaction().execute(async (tx) => {
    const ids = await listBatchIds(tx, nominationId)
    const first = ids[0]
    const row = first ? await findProposer(tx, first) : undefined
    if (!first || !row) throw new AppError('NOT_FOUND')
    if (!can(actor, 'nominations:propose', row.proposing_unit_path)) throw new AppError('FORBIDDEN')
    const existing = await findIssuedNumber(tx, 'submission', first)
    if (existing) return { number: existing.number }
    const unit = await findUnitById(tx, row.proposing_unit_id)
    const body: IssuingBody = ADMINISTRATIVE.has(unit?.kind ?? '') ? 'people_committee' : 'unit'
    const { settings } = await loadBodySettings(tx, row.proposing_unit_id, body)
    const chosen = input.signerKey
      ? pickSigner(settings, input.signerKey)
      : settings.signers.find((signer) => signer.mode === 'head')
    const issued = await takeDocumentNumber(tx, actor, {
      signer: chosen
        ? composeSigningBlock(body, settings.headTitle || chosen.title, chosen, true)
        : undefined,
      issuerUnitId: row.proposing_unit_id,
      issuerCode: input.issuerCode,
      kind: 'submission',
      date: input.date,
      entity: 'submission',
      entityId: first,
    })
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'submission.number',
      entity: 'nomination',
      entityId: first,
      unit: { id: row.proposing_unit_id, path: row.proposing_unit_path },
      after: { number: issued.number, nominations: ids },
    })
    return { number: issued.number }
  })
}
