// The printed Kế hoạch: its DOCX XML carries the NĐ 30 page setup, and LibreOffice turns it
// into an A4 PDF in Liberation Serif (metric twin of Times New Roman) with diacritics intact.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPlanDocx } from '../src'
import { PLAN_000_VIEW } from './fixtures/plan-000-view'
import {
  collapseSpace,
  convertToPdf,
  extractPdfText,
  hasSoffice,
  runPoppler,
} from './helpers/libreoffice'
import { listZipEntries, readDocxText, readZipText } from './helpers/read-zip-entry'

let docx: Uint8Array
let documentXml: string

beforeAll(async () => {
  docx = await renderPlanDocx(PLAN_000_VIEW)
  documentXml = readZipText(docx, 'word/document.xml')
})

describe('renderPlanDocx: DOCX', () => {
  it('sets A4 and the NĐ 30 margins (top/bottom 20 mm, left 30 mm, right 15 mm)', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    const margins = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? ''
    expect(margins).toContain('w:top="1134"')
    expect(margins).toContain('w:bottom="1134"')
    expect(margins).toContain('w:left="1701"')
    expect(margins).toContain('w:right="851"')
  })

  it('uses Times New Roman 14 pt by default and numbers pages from page 2', () => {
    const styles = readZipText(docx, 'word/styles.xml')
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman" [^>]*w:hAnsi="Times New Roman"/)
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="28"\/>/s)
    expect(documentXml).toContain('<w:titlePg/>')
    const headers = listZipEntries(docx).filter((name) => /^word\/header\d+\.xml$/.test(name))
    const withPage = headers.filter((name) => readZipText(docx, name).includes('PAGE'))
    expect(headers).toHaveLength(2)
    expect(withPage).toHaveLength(1)
  })

  it('renumbers sections and prints each target once', () => {
    const text = documentXml.replace(/<[^>]+>/g, '')
    expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU')
    expect(text).toContain('III. CHỈ TIÊU THI ĐUA')
    expect(text).toContain('VII. TỔ CHỨC THỰC HIỆN')
    expect(text.split('20% phần đầu đạt điển hình')).toHaveLength(2)
    expect(text).toContain('nghiêm túc triển khai thực hiện./.')
  })
})

describe('renderPlanDocx: variants', () => {
  it('prints a given number and date, KT. signing lines, and renumbers without section I', async () => {
    const text = readDocxText(
      await renderPlanDocx({
        ...PLAN_000_VIEW,
        header: {
          ...PLAN_000_VIEW.header,
          number: { sequence: 12, symbol: 'KH-UBND' },
          date: '2024-02-05',
        },
        purposes: [],
        signer: {
          authority: [
            { prefix: 'TM.', title: 'Ủy ban nhân dân' },
            { prefix: 'KT.', title: 'Chủ tịch' },
          ],
          title: 'Phó Chủ tịch',
          position: null,
          name: 'Nguyễn Văn An',
        },
      }),
    )
    expect(text).toContain('Số: 12/KH-UBND')
    expect(text).toContain('Bắc Quang, ngày 05 tháng 02 năm 2024')
    expect(text).toContain('I. ĐỐI TƯỢNG THI ĐUA')
    expect(text).not.toContain('MỤC ĐÍCH, YÊU CẦU')
    expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(\n)+Nguyễn Văn An/)
  })
})

describe.skipIf(!hasSoffice)(
  'renderPlanDocx: PDF through LibreOffice (needs soffice and poppler-utils)',
  () => {
    let dir: string
    let pdfPath: string

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'antq-plan-docx-'))
      const docxPath = join(dir, 'ke-hoach-000.docx')
      writeFileSync(docxPath, docx)
      const result = convertToPdf(docxPath, dir)
      pdfPath = result.pdfPath
      console.info(`LibreOffice DOCX → PDF took ${result.milliseconds} ms`)
    }, 150_000)

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true })
    })

    it('keeps the key texts with their Vietnamese diacritics', () => {
      const text = collapseSpace(extractPdfText(pdfPath))
      for (const expected of [
        'UBND HUYỆN BẮC QUANG',
        'BAN CHỈ ĐẠO 138',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: /KH-BCĐ',
        'Bắc Quang, ngày tháng 4 năm 2024',
        'KẾ HOẠCH',
        'Phát động phong trào thi đua toàn dân bảo vệ an ninh Tổ quốc năm 2024',
        'ít nhất 90% số hộ dân trên địa bàn',
        'Bằng khen của Bộ trưởng Bộ Công an',
        'Hồ sơ: 03 bộ.',
        'trước ngày 05/11/2024',
        'Nơi nhận:',
        'TM. BAN CHỈ ĐẠO',
        'TRƯỞNG BAN',
        'Ngô Văn Hiếu',
      ])
        expect(text).toContain(expected)
    })

    it('prints A4 pages and numbers them from page 2 only', () => {
      const info = runPoppler('pdfinfo', [pdfPath])
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
      expect(Math.abs(Number(size?.[1]) - 595)).toBeLessThanOrEqual(1)
      expect(Math.abs(Number(size?.[2]) - 842)).toBeLessThanOrEqual(1)
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1)
      expect(extractPdfText(pdfPath, { first: 1, last: 1 }).trim().split('\n')[0]).not.toBe('1')
      expect(extractPdfText(pdfPath, { first: 2, last: 2 }).trim().split('\n')[0]?.trim()).toBe('2')
    })

    it('embeds only Liberation Serif (or Times New Roman itself)', () => {
      const rows = runPoppler('pdffonts', [pdfPath]).trim().split('\n').slice(2)
      const names = rows.map((row) => row.split(/\s+/)[0] ?? '')
      expect(names.length).toBeGreaterThan(0)
      for (const name of names) expect(name).toMatch(/LiberationSerif|TimesNewRoman/)
      expect(rows.every((row) => /\byes\s+yes\b/.test(row))).toBe(true)
    })
  },
)
