// The quyết định with its attached list, and the Bằng khen / Giấy khen certificates of its
// awardees laid out for the issuer's pre-printed blanks (defaults with the stored overrides).
import { readAwardDecider, type Actor } from '@antq/core'
import {
  applyCertificateLayoutOverrides,
  DEFAULT_CERTIFICATE_LAYOUTS,
  type AwardCertificateForm,
  type AwardCertificateView,
  type AwardDecisionView,
  type CertificateLayoutOverrides,
} from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { getDecisionIn } from '../decisions/decisions.service'
import { listNominationViews } from '../decisions/nominations-read.repository'
import { findLayout } from './documents.repository'
import { buildHeader, loadForm, sequenceOf, signerOf, toEntry } from './documents-views.common'

type Db = Kysely<Database>

async function loadDecisionRecord(db: Db, actor: Actor, decisionId: number) {
  const decision = await getDecisionIn(db, actor, decisionId)
  const live = (decision.items ?? []).filter((item) => item.status === 'decided')
  const views = await listNominationViews(
    db,
    live.map((item) => item.nominationId),
  )
  const { planNumber, form } = await loadForm(db, decision.planId, decision.awardForm.id)
  const decider = form ? readAwardDecider(form.decider) : undefined
  return { decision, views, planNumber, decider, authority: form?.decider ?? decision.signer.title }
}

export async function buildAwardDecision(
  db: Db,
  actor: Actor,
  decisionId: number,
): Promise<AwardDecisionView> {
  const record = await loadDecisionRecord(db, actor, decisionId)
  const { decision, views, planNumber, authority } = record
  const formName = decision.awardForm.name
  return {
    header: await buildHeader(
      db,
      decision.issuerUnit.id,
      { code: decision.issuerCode, sequence: sequenceOf(decision.number), date: decision.date },
      record.decider,
    ),
    summary: `Về việc tặng ${formName} cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${decision.year}`,
    authority,
    legalBases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      `Căn cứ ${planNumber}`,
    ],
    proposal: 'Theo đề nghị của Hội đồng Thi đua - Khen thưởng',
    articles: [
      `Tặng ${formName} cho ${views.length} tập thể, cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${decision.year}.`,
      'Quyết định có hiệu lực kể từ ngày ký.',
      'Các cơ quan, đơn vị và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
    recipients: ['Như Điều 3;', 'Lưu: VT, TĐKT.'],
    signer: signerOf(decision.signer.name, decision.signer.title),
    attachment: {
      title: `Tập thể, cá nhân được tặng ${formName}`,
      issuedBy: authority,
      entries: views.map((view) => toEntry(view, formName)),
    },
  }
}

/** Giấy khen for a form named so; every other form prints on a Bằng khen blank. */
export function certificateFormOf(formName: string): AwardCertificateForm {
  return /giấy khen/iu.test(formName) ? 'giay_khen' : 'bang_khen'
}

export async function loadCertificateLayout(
  db: Db,
  issuerUnitId: number,
  awardFormId: string,
  formName: string,
) {
  const base = DEFAULT_CERTIFICATE_LAYOUTS[certificateFormOf(formName)]
  const stored = await findLayout(db, issuerUnitId, awardFormId)
  const overrides = (stored?.layout ?? {}) as CertificateLayoutOverrides
  return {
    layout: applyCertificateLayoutOverrides(base, overrides),
    overrides,
    rowVersion: stored?.row_version ?? null,
  }
}

export async function buildAwardCertificates(
  db: Db,
  actor: Actor,
  decisionId: number,
): Promise<AwardCertificateView> {
  const { decision, views } = await loadDecisionRecord(db, actor, decisionId)
  const { layout } = await loadCertificateLayout(
    db,
    decision.issuerUnit.id,
    decision.awardForm.id,
    decision.awardForm.name,
  )
  const header = await buildHeader(db, decision.issuerUnit.id, {
    code: decision.issuerCode,
    sequence: null,
    date: null,
  })
  const symbol = decision.number.slice(decision.number.indexOf('/') + 1)
  return {
    form: layout.form,
    layout,
    certificates: views.map((view) => {
      const entry = toEntry(view, decision.awardForm.name)
      return {
        recipientName: entry.name,
        recipientDetail: view.subject_kind === 'individual' ? entry.unitOrPosition : null,
        achievement: `Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${decision.year}`,
        decision: { sequence: sequenceOf(decision.number), symbol, date: decision.date },
        place: header.place,
        date: decision.date,
        signerTitle: decision.signer.title,
        signerName: decision.signer.name,
      }
    }),
  }
}
