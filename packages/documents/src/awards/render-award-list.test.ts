// The danh sách: grouped I. Tập thể, II. Cá nhân, as an A4 landscape DOCX and as XLSX.
import { beforeAll, describe, expect, it } from 'vitest'
import { expectedPrint, inspectSheet } from '../spreadsheet/testing/inspect-sheet'
import { AWARD_LIST_SHEET, renderAwardListDocx, renderAwardListXlsx } from './render-award-list'
import { SAMPLE_AWARD_LIST } from './samples/sample-views'
import { readDocxText, readZipText } from './testing/award-pdf'
import { loadWorkbook, readRowTexts } from './testing/read-workbook'
import { describePdf, expectNd30Pdf, expectPdfTexts } from './testing/describe-pdf'

let docx: Uint8Array

beforeAll(async () => {
  docx = await renderAwardListDocx(SAMPLE_AWARD_LIST)
})

describe('renderAwardListDocx', () => {
  it('is landscape and groups collectives before individuals, numbering each group', () => {
    expect(readZipText(docx, 'word/document.xml')).toMatch(
      /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/,
    )
    const text = readDocxText(docx)
    const collectives = text.indexOf('I. TẬP THỂ')
    const individuals = text.indexOf('II. CÁ NHÂN')
    expect(collectives).toBeGreaterThan(0)
    expect(individuals).toBeGreaterThan(collectives)
    expect(text.indexOf('Trường Trung học phổ thông Hàm Yên')).toBeLessThan(individuals)
    expect(text.indexOf('Lý Thị Mai')).toBeGreaterThan(individuals)
    expect(text).toContain('Hình thức khen thưởng')
  })

  it('escapes XML in the ready-made table rows', async () => {
    const text = readDocxText(
      await renderAwardListDocx({
        ...SAMPLE_AWARD_LIST,
        entries: [
          {
            subjectKind: 'collective',
            name: 'Công ty TNHH "Á & Âu" <Bắc Quang>\u0007',
            unitOrPosition: '',
            achievement: 'Không để xảy ra cháy, nổ',
            awardForm: 'Giấy khen',
          },
        ],
      }),
    )
    expect(text).toContain('Công ty TNHH "Á & Âu" <Bắc Quang>')
    expect(text).not.toContain('ANTQ-RAW-BLOCK')
  })
})

describe('renderAwardListXlsx', () => {
  it('writes the heading, the header row, a row per group and one per entry', async () => {
    const workbook = await loadWorkbook(await renderAwardListXlsx(SAMPLE_AWARD_LIST))
    const sheet = workbook.getWorksheet(AWARD_LIST_SHEET)
    const values = (row: number) => readRowTexts(sheet, row)
    expect(values(1)).toContain('DANH SÁCH')
    expect(values(4)).toEqual([
      'STT',
      'Tên tập thể / Họ và tên',
      'Chức vụ, đơn vị',
      'Tóm tắt thành tích',
      'Hình thức khen thưởng',
    ])
    expect(values(5)[0]).toBe('I. TẬP THỂ')
    expect(values(6).slice(0, 2)).toEqual(['1', 'Nhân dân và cán bộ xã Bắc Quang'])
    expect(values(8)[0]).toBe('II. CÁ NHÂN')
    expect(sheet?.rowCount).toBe(11)
    expect(sheet?.pageSetup.orientation).toBe('landscape')
    expect(sheet?.getRow(6).font?.name).toBe('Times New Roman')
    if (!sheet) throw new Error('no sheet')
    expect(inspectSheet(sheet, 4)).toMatchObject({
      title: 'DANH SÁCH',
      period: SAMPLE_AWARD_LIST.title,
      identifierHeaders: [],
      print: expectedPrint('landscape', 4),
      frozen: { state: 'frozen', ySplit: 4 },
    })
  })
})

describePdf(
  'renderAwardListDocx',
  'danh-sach',
  () => docx,
  (pdfPath) => {
    it('keeps the texts with their diacritics', () => {
      expectPdfTexts(pdfPath(), [
        'DANH SÁCH',
        '(Kèm theo Tờ trình số 12/TTr-CAT ngày 15/11/2025 của Công an tỉnh Tuyên Quang)',
        'I. TẬP THỂ',
        'II. CÁ NHÂN',
        'Hoàng Văn Đức',
        'Tổ trưởng Tổ bảo vệ an ninh, trật tự thôn Nà Héc',
      ])
    })

    it('prints A4 landscape inside the NĐ 30 margins in Liberation Serif', () => {
      expectNd30Pdf(pdfPath(), ['landscape'], (index) => index === 0)
    })
  },
)
