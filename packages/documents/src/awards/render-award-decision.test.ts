// The Quyết định: bases, articles, and its attached list in a landscape section; the
// 1,000-row list renders as DOCX and XLSX without trouble.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DECISION_LIST_SHEET,
  renderAwardDecisionDocx,
  renderAwardDecisionXlsx,
} from './render-award-decision'
import { createSampleDecision } from './samples/sample-views'
import { extractPdfText, readDocxText, readZipText } from './testing/award-pdf'
import { loadWorkbook, readRowTexts } from './testing/read-workbook'
import { describePdf, expectNd30Pdf, expectPdfTexts } from './testing/describe-pdf'

const SAMPLE = createSampleDecision()
let docx: Uint8Array

beforeAll(async () => {
  docx = await renderAwardDecisionDocx(SAMPLE)
})

describe('renderAwardDecisionDocx', () => {
  it('prints the bases, "QUYẾT ĐỊNH:", the articles and the attachment reference', () => {
    const text = readDocxText(docx)
    expect(text).toContain('Số: 1234/QĐ-UBND')
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG')
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')
    expect(text).toContain('và Trưởng Ban Thi đua - Khen thưởng tỉnh.')
    expect(text).toContain('QUYẾT ĐỊNH:')
    expect(text).toMatch(/Điều 1\. Tặng Bằng khen/)
    expect(text).toMatch(/Điều 3\. .*thi hành Quyết định này\.\/\./)
    expect(text).toContain(
      '(Kèm theo Quyết định số 1234/QĐ-UBND ngày 20/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang)',
    )
  })

  it('puts the decision in a portrait section and the list in a landscape one', () => {
    const sizes = [...readZipText(docx, 'word/document.xml').matchAll(/<w:pgSz [^>]*>/g)]
    expect(sizes.map((match) => match[0].includes('landscape'))).toEqual([false, true])
  })
})

describe('a decision with a 1,000-row attached list', () => {
  const big = createSampleDecision(1000)

  it('renders as DOCX with every row in one table', async () => {
    const started = performance.now()
    const bytes = await renderAwardDecisionDocx(big)
    const elapsed = performance.now() - started
    const xml = readZipText(bytes, 'word/document.xml')
    // Header row, two group rows and 1,000 entries.
    const listRows = xml.split('<w:tbl>').at(-1)?.split('<w:tr>').length ?? 0
    expect(listRows - 1).toBe(1003)
    expect(elapsed).toBeLessThan(20_000)
  })

  it('renders as XLSX with every row', async () => {
    const workbook = await loadWorkbook(await renderAwardDecisionXlsx(big))
    const sheet = workbook.getWorksheet(DECISION_LIST_SHEET)
    // Three heading lines, a blank-free header, two group rows, 1,000 entries.
    expect(sheet?.rowCount).toBe(3 + 1 + 2 + 1000)
    expect(readRowTexts(sheet, 3)[0]).toContain('Quyết định số 1234/QĐ-UBND')
  })
})

describePdf(
  'renderAwardDecisionDocx',
  'quyet-dinh',
  () => docx,
  (pdfPath) => {
    it('keeps the texts with their diacritics', () => {
      expectPdfTexts(pdfPath(), [
        'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
        'Số: 1234/QĐ-UBND',
        'Tuyên Quang, ngày 20 tháng 11 năm 2025',
        'QUYẾT ĐỊNH:',
        'Điều 2.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nguyễn Văn Sơn',
        'DANH SÁCH',
        'Kèm theo Quyết định số 1234/QĐ-UBND ngày 20/11/2025',
        'Nhân dân và cán bộ xã Bắc Quang',
      ])
    })

    it('prints the decision A4 portrait and the list A4 landscape, inside the margins', () => {
      expect(expectNd30Pdf(pdfPath(), ['portrait', 'landscape'])).toHaveLength(2)
      // The page number shows on the list's page, not on the first.
      expect(extractPdfText(pdfPath(), { first: 2, last: 2 }).trim().split('\n')[0]?.trim()).toBe(
        '2',
      )
    })
  },
)
