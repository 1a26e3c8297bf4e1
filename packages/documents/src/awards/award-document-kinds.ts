// Every award document the system prints: its id (for `antq documents render KIND`), its
// Vietnamese name, the formats it renders to, and a sample view for tests and the demo.
import type { AwardCertificateView } from './award-certificate-view'
import type { AwardDecisionView } from './award-decision-view'
import type { AwardListView } from './award-list-view'
import type { CouncilMinutesView } from './council-minutes-view'
import type { RecognitionCertificateView } from './recognition-certificate-view'
import { renderAwardCertificateDocx } from './render-award-certificate'
import { renderAwardDecisionDocx, renderAwardDecisionXlsx } from './render-award-decision'
import { renderAwardListDocx, renderAwardListXlsx } from './render-award-list'
import { renderCouncilMinutesDocx } from './render-council-minutes'
import { renderRecognitionCertificateDocx } from './render-recognition-certificate'
import { renderSubmissionLetterDocx } from './render-submission-letter'
import {
  SAMPLE_AWARD_CERTIFICATES,
  SAMPLE_RECOGNITION_CERTIFICATE,
} from './samples/sample-certificates'
import { SAMPLE_COUNCIL_MINUTES } from './samples/sample-council'
import {
  SAMPLE_AWARD_LIST,
  SAMPLE_SUBMISSION_LETTER,
  createSampleDecision,
} from './samples/sample-views'
import type { SubmissionLetterView } from './submission-letter-view'

export type AwardDocumentFormat = 'docx' | 'xlsx'

/** The view model each kind renders from. */
export type AwardDocumentViews = {
  'submission-letter': SubmissionLetterView
  'award-list': AwardListView
  'council-minutes': CouncilMinutesView
  'award-decision': AwardDecisionView
  'recognition-certificate': RecognitionCertificateView
  'award-certificate': AwardCertificateView
}

export type AwardDocumentKindId = keyof AwardDocumentViews

type Renderer<V> = (view: V) => Promise<Uint8Array>

export type AwardDocumentKind<K extends AwardDocumentKindId = AwardDocumentKindId> = {
  [P in K]: {
    id: P
    name: string
    /** The first format is the default. */
    formats: readonly AwardDocumentFormat[]
    render: Partial<Record<AwardDocumentFormat, Renderer<AwardDocumentViews[P]>>>
    sample: AwardDocumentViews[P]
  }
}[K]

type KindTable = { [K in AwardDocumentKindId]: AwardDocumentKind<K> }

const KINDS: KindTable = {
  'submission-letter': {
    id: 'submission-letter',
    name: 'Tờ trình đề nghị khen thưởng',
    formats: ['docx'],
    render: { docx: renderSubmissionLetterDocx },
    sample: SAMPLE_SUBMISSION_LETTER,
  },
  'award-list': {
    id: 'award-list',
    name: 'Danh sách đề nghị khen thưởng',
    formats: ['docx', 'xlsx'],
    render: { docx: renderAwardListDocx, xlsx: renderAwardListXlsx },
    sample: SAMPLE_AWARD_LIST,
  },
  'council-minutes': {
    id: 'council-minutes',
    name: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
    formats: ['docx'],
    render: { docx: renderCouncilMinutesDocx },
    sample: SAMPLE_COUNCIL_MINUTES,
  },
  'award-decision': {
    id: 'award-decision',
    name: 'Quyết định khen thưởng (kèm danh sách)',
    formats: ['docx', 'xlsx'],
    render: { docx: renderAwardDecisionDocx, xlsx: renderAwardDecisionXlsx },
    sample: createSampleDecision(),
  },
  'recognition-certificate': {
    id: 'recognition-certificate',
    name: 'Giấy công nhận (An toàn về ANTT / đơn vị điển hình)',
    formats: ['docx'],
    render: { docx: renderRecognitionCertificateDocx },
    sample: SAMPLE_RECOGNITION_CERTIFICATE,
  },
  'award-certificate': {
    id: 'award-certificate',
    name: 'Bằng khen, Giấy khen (in trên phôi)',
    formats: ['docx'],
    render: { docx: renderAwardCertificateDocx },
    sample: SAMPLE_AWARD_CERTIFICATES,
  },
}

export const AWARD_DOCUMENT_KINDS: readonly AwardDocumentKind[] = Object.values(KINDS)

export function findAwardDocumentKind(id: string): AwardDocumentKind | undefined {
  return AWARD_DOCUMENT_KINDS.find((kind) => kind.id === id)
}

/** Render a view of a kind in a format; undefined when the kind has no such format. */
export function renderAwardDocument<K extends AwardDocumentKindId>(
  id: K,
  format: AwardDocumentFormat,
  view: AwardDocumentViews[K],
): Promise<Uint8Array> | undefined {
  const kind: AwardDocumentKind<K> = KINDS[id]
  return kind.render[format]?.(view)
}

/** A kind's sample in a format: what `--demo` falls back to without a campaign record. */
export function renderAwardDocumentSample(
  id: AwardDocumentKindId,
  format: AwardDocumentFormat,
): Promise<Uint8Array> | undefined {
  return renderSampleOf(KINDS[id], format)
}

function renderSampleOf<K extends AwardDocumentKindId>(
  kind: AwardDocumentKind<K>,
  format: AwardDocumentFormat,
): Promise<Uint8Array> | undefined {
  return kind.render[format]?.(kind.sample)
}

/** File extension and media type of each format, for downloads and the CLI. */
export const AWARD_DOCUMENT_MEDIA_TYPES: Record<AwardDocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}
