// The Giấy công nhận of a recognised unit, numbered by the recognising unit's decision.
import { AppError, formatDateVi, type Actor } from '@antq/core'
import type { RecognitionCertificateView } from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { findUnitById } from '../units/units.repository'
import { getRecognitionIn } from '../recognitions/recognitions.service'
import { buildHeader, signerOf } from './documents-views.common'

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
  const code = recognition.decision.number.split('-').slice(1).join('-') || 'UBND'
  const header = await buildHeader(db, recognition.recognizer.id, {
    code,
    sequence: null,
    date: recognition.decision.date,
  })
  return {
    header,
    kind: recognition.kind === 'exemplary' ? 'exemplary' : 'antt',
    year: recognition.year,
    authority: `Trưởng Ban Chỉ đạo ${recognition.recognizer.name}`,
    basis: `Căn cứ Quyết định số ${recognition.decision.number} ngày ${formatDateVi(recognition.decision.date ?? '')}`,
    unitName: recognition.unit.name,
    unitDetail: parent ? parent.name : null,
    signer: signerOf(null, 'Trưởng ban'),
  }
}
