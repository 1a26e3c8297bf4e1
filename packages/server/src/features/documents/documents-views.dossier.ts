// The tờ trình and danh sách of a proposing unit's batch (one form, one year), from a
// nomination of it. The tờ trình's number, date and signer are those issued to the batch from
// the unit's register (ADR 030); before that the number and day are blank, the year printed.
import { AppError, can, formatDateVi, type Actor, type IssuingBody } from '@antq/core'
import type { AwardListView, SubmissionLetterView } from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { listNominationViews } from '../decisions/nominations-read.repository'
import { loadBodySettings } from '../issuing-bodies/issuing-bodies.service'
import { findUnitById } from '../units/units.repository'
import { findIssuedNumber } from './document-numbers.repository'
import { listAppraisalOverrides, listBatchIds } from './documents.repository'
import { nameDeciderFor } from './documents-views.decider'
import { buildBodyHeader, loadForm, toEntry, toSignerView } from './documents-views.common'

type Db = Kysely<Database>
const ADMINISTRATIVE = new Set(['province', 'district', 'commune'])

async function loadBatch(db: Db, actor: Actor, nominationId: number) {
  const ids = await listBatchIds(db, nominationId)
  const views = await listNominationViews(db, ids)
  const first = views[0]
  if (!first) throw new AppError('NOT_FOUND', 'Không có hồ sơ đề nghị')
  if (!can(actor, 'nominations:read', first.proposing_unit_path)) throw new AppError('OUT_OF_SCOPE')
  const { form, planNumber } = await loadForm(db, first.plan_id, first.award_form_id)
  const formName = form?.name ?? first.award_form_id
  const issued = await findIssuedNumber(db, 'submission', ids[0] ?? nominationId)
  const overrides = await listAppraisalOverrides(db, ids)
  const entries = views.map((view) => ({
    ...toEntry(view, formName),
    note: overrides.get(view.id) ?? null,
  }))
  const unit = await findUnitById(db, first.proposing_unit_id)
  const body: IssuingBody = ADMINISTRATIVE.has(unit?.kind ?? '') ? 'people_committee' : 'unit'
  const { settings } = await loadBodySettings(db, first.proposing_unit_id, body)
  const header = await buildBodyHeader(db, first.proposing_unit_id, body, {
    code: issued?.issuer_code ?? 'UBND',
    sequence: issued?.sequence ?? null,
    // The date the number was given for; before it is given, the year still prints.
    date: issued
      ? (issued.document_day ?? issued.issued_at.toISOString().slice(0, 10))
      : String(first.year),
  })
  const head = settings.signers.find((signer) => signer.mode === 'head')
  const signer = issued?.signer
    ? toSignerView(issued.signer, settings.headTitle)
    : toSignerView(
        head && {
          authority:
            body === 'people_committee' ? [{ prefix: 'TM.', title: 'Ủy ban nhân dân' }] : [],
          title: settings.headTitle || head.title,
          position: null,
          name: head.name,
        },
        settings.headTitle,
      )
  const decider = form
    ? await nameDeciderFor(db, form.decider, first.proposing_unit_path)
    : 'cấp có thẩm quyền'
  return { views, entries, first, formName, planNumber, header, decider, signer }
}

export async function buildSubmissionLetter(
  db: Db,
  actor: Actor,
  nominationId: number,
): Promise<SubmissionLetterView> {
  const batch = await loadBatch(db, actor, nominationId)
  return {
    header: batch.header,
    summary: `Về việc đề nghị tặng ${batch.formName} năm ${batch.first.year}`,
    addressees: [batch.decider],
    paragraphs: [
      `Thực hiện ${batch.planNumber};`,
      `Căn cứ thành tích đạt được trong năm ${batch.first.year}, ${batch.header.bodyName} đề nghị tặng ${batch.formName} cho các tập thể, cá nhân có tên trong danh sách kèm theo.`,
      // Each appraisal that passed over a missing item says so, with the appraiser's reason.
      ...batch.entries
        .filter((entry) => entry.note)
        .map((entry) => `Ghi chú thẩm định (${entry.name}): ${entry.note?.replace(/\.$/u, '')}.`),
    ],
    entries: batch.entries,
    closing: `Kính trình ${batch.decider} xem xét, quyết định`,
    recipients: ['Như trên;', 'Lưu: VT.'],
    signer: batch.signer,
  }
}

export async function buildAwardList(
  db: Db,
  actor: Actor,
  nominationId: number,
): Promise<AwardListView> {
  const batch = await loadBatch(db, actor, nominationId)
  const { header } = batch
  const reference =
    header.sequence !== null
      ? `Kèm theo Tờ trình số ${header.sequence}/TTr-${header.issuerCode}${header.date?.length === 10 ? ` ngày ${formatDateVi(header.date)}` : ''} của ${header.bodyName}`
      : null
  return {
    superiorBody: header.superiorBody,
    issuerName: header.issuerName,
    title: `Tập thể, cá nhân đề nghị tặng ${batch.formName} năm ${batch.first.year}`,
    reference,
    entries: batch.entries,
    signer: batch.signer,
  }
}
