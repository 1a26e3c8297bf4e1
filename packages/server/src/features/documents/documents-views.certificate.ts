// The certificates of a decision's awardees on the blank of its award form (Cờ thi đua, Bằng
// khen, Giấy khen), laid out for the issuer's pre-printed stock (defaults with the stored
// overrides), each with its số sổ and a collective's superior unit under its name.
import type { Actor } from '@antq/core'
import {
  applyCertificateLayoutOverrides,
  DEFAULT_CERTIFICATE_LAYOUTS,
  type AwardCertificateForm,
  type AwardCertificateView,
  type CertificateLayoutOverrides,
} from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { findLayout, listRegisterNumbers } from './documents.repository'
import { loadDecisionRecord } from './documents-views.decision'
import { sequenceOf, toEntry } from './documents-views.common'

type Db = Kysely<Database>

/** The blank an award form prints on: its flag, a Giấy khen, or a Bằng khen. */
export function certificateFormOf(formName: string): AwardCertificateForm {
  if (/cờ thi đua/iu.test(formName)) return 'co_thi_dua'
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
  const { decision, views, header, signer } = await loadDecisionRecord(db, actor, decisionId)
  const { layout } = await loadCertificateLayout(
    db,
    decision.issuerUnit.id,
    decision.awardForm.id,
    decision.awardForm.name,
  )
  const register = await listRegisterNumbers(
    db,
    decision.issuerUnit.id,
    Number(decision.date.slice(0, 4)),
  )
  const symbol = decision.number.slice(decision.number.indexOf('/') + 1)
  const signerTitle = [
    ...signer.authority.map((line) => `${line.prefix} ${line.title}`),
    ...(signer.title ? [signer.title] : []),
  ].join('\n')
  return {
    form: layout.form,
    layout,
    certificates: views.map((view) => {
      const entry = toEntry(view, decision.awardForm.name)
      const number = register.find(
        (row) => row.decision_id === decision.id && row.nomination_id === view.id,
      )?.registerNumber
      return {
        recipientName: entry.name,
        // An individual's post and unit; a collective's superior unit.
        recipientDetail: entry.unitOrPosition || null,
        achievement:
          layout.form === 'co_thi_dua'
            ? `Đơn vị dẫn đầu phong trào thi đua "Toàn dân bảo vệ an ninh Tổ quốc" năm ${decision.year}`
            : `Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${decision.year}`,
        decision: { sequence: sequenceOf(decision.number), symbol, date: decision.date },
        registerNumber: number === undefined ? null : String(number),
        place: header.place,
        date: decision.date,
        signerTitle,
        signerName: decision.signer.name,
      }
    }),
  }
}
