// The upward report: NĐ 30 header and title, "Kính gửi", the sections in order with their
// tables, the closing; and an A4 page in LibreOffice when it is installed.
import { beforeAll, describe, expect, it } from 'vitest'
import { readDocxText } from '../awards/testing/award-pdf'
import { describePdf, expectPdfTexts } from '../awards/testing/describe-pdf'
import { renderUpwardReportDocx } from './render-upward-report'
import type { UpwardReportView } from './upward-report-view'

const VIEW: UpwardReportView = {
  header: {
    superiorBody: 'UBND TỈNH QUẢNG TRỊ',
    issuerName: 'UBND HUYỆN CAM LỘ',
    number: { sequence: null, symbol: 'BC-UBND' },
    place: 'Cam Lộ',
    date: '2024-10-20',
  },
  summary: 'Kết quả thực hiện Kế hoạch xây dựng điển hình năm 2024',
  addressees: ['UBND tỉnh Quảng Trị (qua Công an tỉnh)'],
  sections: [
    { title: 'Tình hình triển khai', paragraphs: ['Huyện đã ban hành kế hoạch.'], parts: [] },
    {
      title: 'Kết quả thực hiện',
      paragraphs: [],
      parts: [
        {
          title: 'Kết quả thực hiện các chỉ tiêu',
          paragraphs: [],
          table: {
            columns: ['STT', 'Chỉ tiêu', 'Kết quả', 'Đánh giá'],
            rows: [['1', 'Mỗi huyện ít nhất 01 xã điển hình', '2/3', 'Đạt']],
          },
        },
        { title: 'Đăng ký xây dựng điển hình', paragraphs: ['Có 5 đơn vị đăng ký.'], table: null },
      ],
    },
    { title: 'Tồn tại, hạn chế', paragraphs: ['Một số xã báo cáo chậm.'], parts: [] },
  ],
  recipients: ['Như trên;', 'Lưu: VT.'],
  signer: {
    authority: [{ prefix: 'TM.', title: 'ỦY BAN NHÂN DÂN' }],
    title: 'CHỦ TỊCH',
    position: null,
    name: null,
  },
}

let docx: Uint8Array
beforeAll(async () => {
  docx = await renderUpwardReportDocx(VIEW)
})

describe('renderUpwardReportDocx', () => {
  it('prints the header, the title, the addressee and the sections in order', () => {
    const text = readDocxText(docx)
    expect(text).toContain('UBND HUYỆN CAM LỘ')
    expect(text).toMatch(/Số: +\/BC-UBND/)
    expect(text).toContain('Cam Lộ, ngày 20 tháng 10 năm 2024')
    expect(text).toContain('BÁO CÁO')
    expect(text).toContain('Kính gửi: UBND tỉnh Quảng Trị (qua Công an tỉnh)')
    const order = [
      'I. TÌNH HÌNH TRIỂN KHAI',
      'Huyện đã ban hành kế hoạch.',
      'II. KẾT QUẢ THỰC HIỆN',
      '1. Kết quả thực hiện các chỉ tiêu',
      'Mỗi huyện ít nhất 01 xã điển hình',
      '2. Đăng ký xây dựng điển hình',
      'III. TỒN TẠI, HẠN CHẾ',
      'Trên đây là báo cáo kết quả thực hiện Kế hoạch xây dựng điển hình năm 2024./.',
      'Nơi nhận:',
      'CHỦ TỊCH',
    ].map((line) => text.indexOf(line))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })
})

describePdf(
  'renderUpwardReportDocx',
  'bao-cao',
  () => docx,
  (pdfPath) => {
    it('keeps the texts with their diacritics', () => {
      expectPdfTexts(pdfPath(), ['BÁO CÁO', 'KẾT QUẢ THỰC HIỆN', 'Đánh giá', 'Nơi nhận:'])
    })
  },
)
