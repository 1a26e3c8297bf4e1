// The quyết định with its attached list, and the certificates of its awardees laid out on the
// blank of the award form (Cờ, Bằng khen, Giấy khen) for the issuer's pre-printed stock. The
// issuing body comes from the form's decider: letterhead, symbol, authority line and signer
// always name the same body, and the legal bases are that body's (ADR 030).
import {
  bodyOfDecider,
  composeSigningBlock,
  describeAuthority,
  legalBasesOn,
  readAwardDecider,
  readTypedSigner,
  type Actor,
} from '@antq/core'
import { countAwardEntries, describeEntryCounts, type AwardDecisionView } from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { getDecisionIn } from '../decisions/decisions.service'
import { listNominationViews } from '../decisions/nominations-read.repository'
import { loadBodySettings } from '../issuing-bodies/issuing-bodies.service'
import { findDecisionCouncil, findDecisionSigner } from './documents.repository'
import {
  buildBodyHeader,
  loadForm,
  sequenceOf,
  toEntry,
  toSignerView,
} from './documents-views.common'

type Db = Kysely<Database>

export async function loadDecisionRecord(db: Db, actor: Actor, decisionId: number) {
  const decision = await getDecisionIn(db, actor, decisionId)
  const live = (decision.items ?? []).filter((item) => item.status === 'decided')
  const views = await listNominationViews(
    db,
    live.map((item) => item.nominationId),
  )
  const { planNumber, form } = await loadForm(db, decision.planId, decision.awardForm.id)
  const body = bodyOfDecider(readAwardDecider(form?.decider ?? ''))
  const { settings } = await loadBodySettings(db, decision.issuerUnit.id, body)
  const header = await buildBodyHeader(db, decision.issuerUnit.id, body, {
    code: decision.issuerCode,
    sequence: sequenceOf(decision.number),
    date: decision.date,
  })
  const headTitle = settings.headTitle || decision.signer.title
  const stored = await findDecisionSigner(db, decisionId)
  // Decisions signed before the signer was kept whole: read "Phó …" as KT., as issuing does.
  const signer = toSignerView(
    stored ??
      composeSigningBlock(
        body,
        headTitle,
        { name: decision.signer.name, ...readTypedSigner(decision.signer.title) },
        false,
      ),
    headTitle,
  )
  const authority =
    body === 'unit' ? (form?.decider ?? headTitle) : describeAuthority(headTitle, header.bodyName)
  return { decision, views, planNumber, header, authority, signer, settings }
}

export async function buildAwardDecision(
  db: Db,
  actor: Actor,
  decisionId: number,
): Promise<AwardDecisionView> {
  const record = await loadDecisionRecord(db, actor, decisionId)
  const { decision, views, planNumber, authority } = record
  const formName = decision.awardForm.name
  const council = await findDecisionCouncil(db, decisionId)
  const entries = views.map((view) => toEntry(view, formName))
  const movement = `phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${decision.year}`
  return {
    header: record.header,
    summary: `Về việc tặng ${formName} cho các tập thể, cá nhân có thành tích xuất sắc trong ${movement}`,
    authority,
    legalBases: [
      ...legalBasesOn(record.settings.legalBases, decision.date).map(
        (text) => `Căn cứ ${text.replace(/^căn cứ\s+/iu, '')}`,
      ),
      `Căn cứ ${planNumber}`,
    ],
    proposal: `Theo đề nghị của ${council?.name.replace(/\s*[–—]\s*/gu, ' - ') ?? 'Hội đồng Thi đua - Khen thưởng'}`,
    articles: [
      `Tặng ${formName} cho ${describeEntryCounts(countAwardEntries(entries))} (có danh sách kèm theo) đã có thành tích xuất sắc trong ${movement}.`,
      'Quyết định có hiệu lực kể từ ngày ký. Tiền thưởng kèm theo thực hiện theo quy định của Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ.',
      'Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
    recipients: ['Như Điều 3;', 'Lưu: VT, TĐKT.'],
    signer: record.signer,
    attachment: { title: `Tập thể, cá nhân được tặng ${formName}`, issuedBy: authority, entries },
  }
}
