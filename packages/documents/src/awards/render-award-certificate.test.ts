// Bằng khen fields on a pre-printed blank: each field lands where its layout says, within a
// couple of millimetres, and a secretary's overrides move it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AwardCertificateView } from './award-certificate-view'
import {
  DEFAULT_CERTIFICATE_LAYOUTS,
  applyCertificateLayoutOverrides,
  type CertificateFieldLayout,
} from './certificate-layout'
import { renderAwardCertificateDocx } from './render-award-certificate'
import { SAMPLE_AWARD_CERTIFICATES } from './samples/sample-certificates'
import {
  PT_PER_MM,
  convertDocxBytes,
  findPhrase,
  hasSoffice,
  readDocxText,
  readPdfWords,
  type ConvertedPdf,
  type PdfWord,
} from './testing/award-pdf'
import { expectA4Pages, expectLiberationSerif } from './testing/expect-nd30-pdf'

const MOVED: AwardCertificateView = {
  ...SAMPLE_AWARD_CERTIFICATES,
  layout: applyCertificateLayoutOverrides(DEFAULT_CERTIFICATE_LAYOUTS.bang_khen, {
    offsetMm: { x: 3 },
    fields: { recipientName: { yMm: 70, sizePt: 24 }, signerTitle: { visible: false } },
  }),
}

describe('applyCertificateLayoutOverrides', () => {
  it('lays the overrides over the defaults field by field', () => {
    const { layout } = MOVED
    expect(layout.offsetMm).toEqual({ x: 3, y: 0 })
    expect(layout.fields.recipientName).toMatchObject({ yMm: 70, sizePt: 24, xMm: 40, bold: true })
    expect(layout.fields.achievement).toEqual(
      DEFAULT_CERTIFICATE_LAYOUTS.bang_khen.fields.achievement,
    )
  })
})

describe('renderAwardCertificateDocx', () => {
  it('prints one page per recipient with only the variable fields', async () => {
    const text = readDocxText(await renderAwardCertificateDocx(MOVED))
    expect(text).toContain('Quyết định số 1234/QĐ-UBND ngày 20/11/2025')
    expect(text).toContain('Tuyên Quang, ngày 20 tháng 11 năm 2025')
    expect(text).not.toContain('PHÓ CHỦ TỊCH')
    expect(text).not.toContain('CỘNG HÒA')
  })
})

/** Where a field's first line should start, in points: its box's top, and left or centre. */
function expectAt(
  words: PdfWord[],
  page: number,
  text: string,
  field: CertificateFieldLayout,
  offsetX = 0,
) {
  const found = findPhrase(words, page, text)
  expect(found, text).toBeDefined()
  if (!found) return
  const tolerance = 2 * PT_PER_MM
  expect(Math.abs(found.yMin - field.yMm * PT_PER_MM), `${text} top`).toBeLessThan(tolerance)
  const x = field.xMm + offsetX
  if (field.align === 'left')
    expect(Math.abs(found.xMin - x * PT_PER_MM), `${text} left`).toBeLessThan(tolerance)
  else {
    const centre = (found.xMin + found.xMax) / 2
    expect(Math.abs(centre - (x + field.widthMm / 2) * PT_PER_MM), `${text} centre`).toBeLessThan(
      tolerance,
    )
  }
}

describe.skipIf(!hasSoffice)('renderAwardCertificateDocx: PDF through LibreOffice', () => {
  let defaults: ConvertedPdf
  let moved: ConvertedPdf

  beforeAll(async () => {
    defaults = convertDocxBytes(
      await renderAwardCertificateDocx(SAMPLE_AWARD_CERTIFICATES),
      'bang-khen',
    )
    moved = convertDocxBytes(await renderAwardCertificateDocx(MOVED), 'bang-khen-moved')
  }, 150_000)
  afterAll(() => {
    defaults?.dispose()
    moved?.dispose()
  })

  it('puts each field at its default position on every A4 landscape page', () => {
    const sizes = expectA4Pages(defaults.pdfPath, ['landscape'])
    expect(sizes).toHaveLength(SAMPLE_AWARD_CERTIFICATES.certificates.length)
    expectLiberationSerif(defaults.pdfPath)
    const words = readPdfWords(defaults.pdfPath)
    const { fields } = DEFAULT_CERTIFICATE_LAYOUTS.bang_khen
    expectAt(words, 1, 'Nhân dân và cán bộ xã Bắc Quang', fields.recipientName)
    expectAt(words, 2, 'Hoàng Văn Đức', fields.recipientName)
    expectAt(
      words,
      2,
      'Tổ trưởng Tổ bảo vệ an ninh, trật tự thôn Nà Héc, xã Bắc Quang',
      fields.recipientDetail,
    )
    expectAt(words, 1, 'Quyết định số 1234/QĐ-UBND ngày 20/11/2025', fields.decision)
    expectAt(words, 1, 'Tuyên Quang, ngày 20 tháng 11 năm 2025', fields.placeDate)
    expectAt(words, 1, 'PHÓ CHỦ TỊCH', fields.signerTitle)
    expectAt(words, 3, 'Nguyễn Văn Sơn', fields.signerName)
  })

  it('moves the fields the overrides move', () => {
    const words = readPdfWords(moved.pdfPath)
    const { fields } = MOVED.layout
    expectAt(words, 1, 'Nhân dân và cán bộ xã Bắc Quang', fields.recipientName, 3)
    expectAt(words, 1, 'Quyết định số 1234/QĐ-UBND ngày 20/11/2025', fields.decision, 3)
    expect(findPhrase(words, 1, 'PHÓ CHỦ TỊCH')).toBeUndefined()
  })
})
