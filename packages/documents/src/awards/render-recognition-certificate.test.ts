// The Giấy công nhận: one framed A4 landscape page, for the ANTT standard or an exemplary unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderRecognitionCertificateDocx } from './render-recognition-certificate'
import { SAMPLE_RECOGNITION_CERTIFICATE } from './samples/sample-certificates'
import {
  collapseSpace,
  convertDocxBytes,
  extractPdfText,
  hasSoffice,
  readDocxText,
  readPdfWords,
  readZipText,
  type ConvertedPdf,
} from './testing/award-pdf'
import { expectA4Pages, expectLiberationSerif, expectNd30Margins } from './testing/expect-nd30-pdf'

let docx: Uint8Array

beforeAll(async () => {
  docx = await renderRecognitionCertificateDocx(SAMPLE_RECOGNITION_CERTIFICATE)
})

describe('renderRecognitionCertificateDocx', () => {
  it('recognises the unit for the ANTT standard of the year on a framed landscape page', () => {
    const text = readDocxText(docx)
    expect(text).toContain('GIẤY CÔNG NHẬN')
    expect(text).toContain('Thôn Nà Héc')
    expect(text).toContain('Đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm 2025')
    expect(text).toContain('Số: 15/GCN-UBND')
    const xml = readZipText(docx, 'word/document.xml')
    expect(xml).toContain('w:orient="landscape"')
    expect(xml).toMatch(/<w:pgBorders w:offsetFrom="page">.*w:val="double"/s)
  })

  it('words an exemplary-unit recognition', async () => {
    const text = readDocxText(
      await renderRecognitionCertificateDocx({
        ...SAMPLE_RECOGNITION_CERTIFICATE,
        kind: 'exemplary',
      }),
    )
    expect(text).toContain(
      'Đơn vị điển hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
    )
  })
})

describe.skipIf(!hasSoffice)('renderRecognitionCertificateDocx: PDF through LibreOffice', () => {
  let pdf: ConvertedPdf

  beforeAll(() => {
    pdf = convertDocxBytes(docx, 'giay-cong-nhan')
  }, 150_000)
  afterAll(() => pdf?.dispose())

  it('fits on one A4 landscape page with its texts and diacritics', () => {
    const [size, ...rest] = expectA4Pages(pdf.pdfPath, ['landscape'])
    expect(rest).toHaveLength(0)
    const text = collapseSpace(extractPdfText(pdf.pdfPath))
    for (const expected of [
      'ỦY BAN NHÂN DÂN XÃ BẮC QUANG',
      'GIẤY CÔNG NHẬN',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẮC QUANG',
      'Thôn Nà Héc',
      'Đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm 2025',
      'Bắc Quang, ngày 20 tháng 11 năm 2025',
      'Hà Văn Thắng',
    ])
      expect(text).toContain(expected)
    expectLiberationSerif(pdf.pdfPath)
    if (size) expectNd30Margins(readPdfWords(pdf.pdfPath), 1, size, false)
  })
})
