// The registry: every kind renders its sample in each of its formats, and the generic entry
// point refuses a format a kind does not have.
import { describe, expect, it } from 'vitest'
import {
  AWARD_DOCUMENT_KINDS,
  findAwardDocumentKind,
  renderAwardDocument,
  renderAwardDocumentSample,
} from './award-document-kinds'
import { createSampleDecision } from './samples/sample-views'
import { readZipText } from './testing/award-pdf'

describe('AWARD_DOCUMENT_KINDS', () => {
  it('lists the six award documents with Vietnamese names and unique ids', () => {
    expect(AWARD_DOCUMENT_KINDS.map((kind) => kind.id)).toEqual([
      'submission-letter',
      'award-list',
      'council-minutes',
      'award-decision',
      'recognition-certificate',
      'award-certificate',
    ])
    for (const kind of AWARD_DOCUMENT_KINDS) {
      expect(kind.name).toMatch(/[À-ỹ]/)
      expect(kind.formats[0]).toBe('docx')
    }
    expect(findAwardDocumentKind('award-list')?.formats).toEqual(['docx', 'xlsx'])
    expect(findAwardDocumentKind('nope')).toBeUndefined()
  })

  it('renders every sample in every format', async () => {
    for (const kind of AWARD_DOCUMENT_KINDS)
      for (const format of kind.formats) {
        const bytes = await renderAwardDocumentSample(kind.id, format)
        expect(bytes, `${kind.id}.${format}`).toBeInstanceOf(Uint8Array)
        const part = format === 'docx' ? 'word/document.xml' : 'xl/workbook.xml'
        expect(readZipText(bytes ?? new Uint8Array(), part).length).toBeGreaterThan(100)
      }
  })

  it('renders a given view by kind id, and nothing for a format the kind lacks', async () => {
    const bytes = await renderAwardDocument('award-decision', 'xlsx', createSampleDecision(3))
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(renderAwardDocumentSample('council-minutes', 'xlsx')).toBeUndefined()
  })
})
