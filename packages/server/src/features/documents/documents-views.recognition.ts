// The Giấy công nhận of a recognised unit, issued by the body whose decision recognised it (the
// number's code: BCĐ, UBND, CA…): one letterhead, one authority line and that body's signer.
import {
  AppError,
  bodyOfIssuerCode,
  composeSigningBlock,
  describeAuthority,
  formatDateVi,
  type Actor,
} from '@antq/core'
import type { RecognitionCertificateView } from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { loadBodySettings } from '../issuing-bodies/issuing-bodies.service'
import { findUnitById } from '../units/units.repository'
import { getRecognitionIn } from '../recognitions/recognitions.service'
import { buildBodyHeader, issuerCodeOf, toSignerView } from './documents-views.common'

export async function buildRecognitionCertificate(
  db: Kysely<Database>,
  actor: Actor,
  recognitionId: number,
): Promise<RecognitionCertificateView> {
  const recognition = await getRecognitionIn(db, actor, recognitionId)
  if (!recognition.decision)
    throw new AppError(
      'INVALID_TRANSITION',
      'Đơn vị chưa được công nhận, chưa thể in giấy công nhận',
    )
  const unit = await findUnitById(db, recognition.unit.id)
  const parent = unit?.parent_id ? await findUnitById(db, unit.parent_id) : undefined
  const code = issuerCodeOf(recognition.decision.number) ?? 'UBND'
  const body = bodyOfIssuerCode(code)
  const { settings } = await loadBodySettings(db, recognition.recognizer.id, body)
  const header = await buildBodyHeader(db, recognition.recognizer.id, body, {
    code,
    sequence: null,
    date: recognition.decision.date,
  })
  const authority = describeAuthority(settings.headTitle, header.bodyName)
  const head = settings.signers.find((signer) => signer.mode === 'head')
  return {
    header,
    kind: recognition.kind === 'exemplary' ? 'exemplary' : 'antt',
    year: recognition.year,
    authority,
    basis: `Căn cứ Quyết định số ${recognition.decision.number} ngày ${formatDateVi(recognition.decision.date ?? '')} của ${authority}`,
    unitName: recognition.unit.name,
    unitDetail: parent ? parent.name : null,
    signer: toSignerView(
      head ? composeSigningBlock(body, settings.headTitle, head, false) : null,
      settings.headTitle,
    ),
  }
}
