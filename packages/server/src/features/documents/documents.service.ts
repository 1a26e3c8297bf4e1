// Award documents from the record: the kinds (H6's registry), the view each kind is built from
// (which record its id names), and the bytes in the asked format, PDF through LibreOffice.
import { AppError, type Actor } from '@antq/core'
import {
  AWARD_DOCUMENT_KINDS,
  findAwardDocumentKind,
  renderAwardDocument,
  type AwardDocumentFormat,
  type AwardDocumentKindId,
  type AwardDocumentViews,
} from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { buildCouncilMinutes } from './documents-views.council'
import { buildAwardCertificates } from './documents-views.certificate'
import { buildAwardDecision } from './documents-views.decision'
import { buildAwardList, buildSubmissionLetter } from './documents-views.dossier'
import { buildRecognitionCertificate } from './documents-views.recognition'
import { convertToPdf } from './pdf-convert'

type Db = Kysely<Database>
type Builder<K extends AwardDocumentKindId> = (
  db: Db,
  actor: Actor,
  id: number,
) => Promise<AwardDocumentViews[K]>

/** What the id in /api/documents/:kind/:id names, and how the view is built from it. */
const SOURCES: { [K in AwardDocumentKindId]: { idOf: string; build: Builder<K> } } = {
  'submission-letter': { idOf: 'nomination', build: buildSubmissionLetter },
  'award-list': { idOf: 'nomination', build: buildAwardList },
  'council-minutes': { idOf: 'meeting', build: buildCouncilMinutes },
  'award-decision': { idOf: 'decision', build: buildAwardDecision },
  'recognition-certificate': { idOf: 'recognition', build: buildRecognitionCertificate },
  'award-certificate': { idOf: 'decision', build: buildAwardCertificates },
}

export function listDocumentKinds() {
  return {
    items: AWARD_DOCUMENT_KINDS.map((kind) => ({
      id: kind.id,
      name: kind.name,
      formats: [...kind.formats, 'pdf'],
      idOf: SOURCES[kind.id].idOf,
    })),
  }
}

export type RenderFormat = AwardDocumentFormat | 'pdf'
export type RenderedDocument = { fileName: string; bytes: Uint8Array; format: RenderFormat }

async function renderKind<K extends AwardDocumentKindId>(
  db: Db,
  actor: Actor,
  kind: K,
  id: number,
  format: AwardDocumentFormat,
) {
  const view = await SOURCES[kind].build(db, actor, id)
  const rendering = renderAwardDocument(kind, format, view)
  if (!rendering)
    throw new AppError(
      'VALIDATION',
      `Loại văn bản này không xuất được dạng ${format.toUpperCase()}`,
    )
  return rendering
}

export async function renderDocument(
  db: Db,
  actor: Actor,
  kindId: string,
  id: number,
  format?: RenderFormat,
): Promise<RenderedDocument> {
  const kind = findAwardDocumentKind(kindId)
  if (!kind) throw new AppError('NOT_FOUND', `Không có loại văn bản "${kindId}"`)
  const chosen = format ?? kind.formats[0] ?? 'docx'
  const source = chosen === 'pdf' ? 'docx' : chosen
  if (!kind.formats.includes(source))
    throw new AppError(
      'VALIDATION',
      `Loại văn bản này không xuất được dạng ${chosen.toUpperCase()}`,
    )
  const bytes = await renderKind(db, actor, kind.id, id, source)
  const baseName = `${kind.id}-${id}`
  if (chosen === 'pdf')
    return {
      fileName: `${baseName}.pdf`,
      bytes: await convertToPdf(bytes, baseName),
      format: 'pdf',
    }
  return { fileName: `${baseName}.${chosen}`, bytes, format: chosen }
}
