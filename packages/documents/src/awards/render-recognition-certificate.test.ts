// The Giấy công nhận: one framed A4 landscape page, for the ANTT standard or an exemplary unit.
import { beforeAll, describe, expect, it } from 'vitest'
import { renderRecognitionCertificateDocx } from './render-recognition-certificate'
import { SAMPLE_RECOGNITION_CERTIFICATE } from './samples/sample-certificates'
import { readDocxText, readZipText } from './testing/award-pdf'
import { describePdf, expectNd30Pdf, expectPdfTexts } from './testing/describe-pdf'

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

describePdf(
  'renderRecognitionCertificateDocx',
  'giay-cong-nhan',
  () => docx,
  (pdfPath) => {
    it('fits on one A4 landscape page with its texts and diacritics', () => {
      expect(expectNd30Pdf(pdfPath(), ['landscape'], () => false)).toHaveLength(1)
      expectPdfTexts(pdfPath(), [
        'ỦY BAN NHÂN DÂN XÃ BẮC QUANG',
        'GIẤY CÔNG NHẬN',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẮC QUANG',
        'Thôn Nà Héc',
        'Đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm 2025',
        'Bắc Quang, ngày 20 tháng 11 năm 2025',
        'Hà Văn Thắng',
      ])
    })
  },
)
