// The tờ trình: numbered per issuer, counts per award form, and an A4 NĐ 30 page in LibreOffice.
import { beforeAll, describe, expect, it } from 'vitest'
import { renderSubmissionLetterDocx } from './render-submission-letter'
import { SAMPLE_SUBMISSION_LETTER } from './samples/sample-views'
import { readDocxText } from './testing/award-pdf'
import { describePdf, expectNd30Pdf, expectPdfTexts } from './testing/describe-pdf'

let docx: Uint8Array

beforeAll(async () => {
  docx = await renderSubmissionLetterDocx(SAMPLE_SUBMISSION_LETTER)
})

describe('renderSubmissionLetterDocx', () => {
  it('numbers the letter n/TTr-<issuer> and counts the nominations per award form', () => {
    const text = readDocxText(docx)
    expect(text).toContain('Số: 12/TTr-CAT')
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang')
    expect(text).toContain('Tổng số đề nghị khen thưởng: 02 tập thể và 03 cá nhân, cụ thể:')
    expect(text).toContain('- Bằng khen của Chủ tịch UBND tỉnh: 01 tập thể và 02 cá nhân;')
    expect(text).toContain('- Giấy khen của Giám đốc Công an tỉnh: 01 tập thể và 01 cá nhân.')
    expect(text).toContain('xem xét, quyết định./.')
  })

  it('leaves the number blank until the register gives one', async () => {
    const text = readDocxText(
      await renderSubmissionLetterDocx({
        ...SAMPLE_SUBMISSION_LETTER,
        header: { ...SAMPLE_SUBMISSION_LETTER.header, sequence: null },
      }),
    )
    expect(text).toMatch(/Số: +\/TTr-CAT/)
  })
})

describePdf(
  'renderSubmissionLetterDocx',
  'to-trinh',
  () => docx,
  (pdfPath) => {
    it('keeps the texts with their diacritics', () => {
      expectPdfTexts(pdfPath(), [
        'CÔNG AN TỈNH TUYÊN QUANG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 12/TTr-CAT',
        'Tuyên Quang, ngày 15 tháng 11 năm 2025',
        'TỜ TRÌNH',
        'Tổng số đề nghị khen thưởng: 02 tập thể và 03 cá nhân',
        'Nơi nhận:',
        'GIÁM ĐỐC',
        'Đại tá Trần Minh Quang',
      ])
    })

    it('prints A4 portrait inside the NĐ 30 margins in Liberation Serif', () => {
      expectNd30Pdf(pdfPath(), ['portrait'])
    })
  },
)
