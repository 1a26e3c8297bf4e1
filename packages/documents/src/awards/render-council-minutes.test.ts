// The biên bản of the council: attendance, quorum, the vote tally and the two signatures.
import { beforeAll, describe, expect, it } from 'vitest'
import { renderCouncilMinutesDocx } from './render-council-minutes'
import { SAMPLE_COUNCIL_MINUTES } from './samples/sample-council'
import { readDocxText } from './testing/award-pdf'
import { describePdf, expectNd30Pdf, expectPdfTexts } from './testing/describe-pdf'

let docx: Uint8Array

beforeAll(async () => {
  docx = await renderCouncilMinutesDocx(SAMPLE_COUNCIL_MINUTES)
})

describe('renderCouncilMinutesDocx', () => {
  it('states attendance and the quorum from the member list', () => {
    const text = readDocxText(docx)
    expect(text).toContain('Số: 3/BB-HĐTĐKT')
    expect(text).toContain('Thời gian: bắt đầu lúc 14 giờ 00, ngày 14 tháng 11 năm 2025.')
    expect(text).toContain('được triệu tập: 06 người; có mặt: 05 người; vắng mặt: 01 người')
    expect(text).toContain('(Bùi Quốc Khánh - đi công tác)')
    expect(text).toContain('Vũ Thị Thanh, Trưởng phòng Tổ chức cán bộ - Thư ký Hội đồng (có mặt);')
    expect(text).toContain('Số thành viên có mặt: 05/06 (83,33%), đủ điều kiện')
  })

  it('says when the quorum is not met', async () => {
    const text = readDocxText(
      await renderCouncilMinutesDocx({ ...SAMPLE_COUNCIL_MINUTES, quorumRequired: 6 }),
    )
    expect(text).toContain('không đủ điều kiện tiến hành cuộc họp')
  })

  it('prints the tally per nomination with the share against the chosen base', async () => {
    const text = readDocxText(docx)
    expect(text).toMatch(/Trường Trung học phổ thông Hàm Yên.*\n6\n5\n2\n3\n33,33%\nKhông đề nghị/)
    expect(text).toContain('đề nghị khen thưởng 04 trường hợp, không đề nghị 01 trường hợp')
    const present = readDocxText(
      await renderCouncilMinutesDocx({ ...SAMPLE_COUNCIL_MINUTES, voteBase: 'present' }),
    )
    expect(present).toContain('40%')
    expect(present).toContain('100%')
  })
})

describePdf(
  'renderCouncilMinutesDocx',
  'bien-ban',
  () => docx,
  (pdfPath) => {
    it('keeps the texts with their diacritics', () => {
      expectPdfTexts(pdfPath(), [
        'BIÊN BẢN',
        'Số: 3/BB-HĐTĐKT',
        'Phó Chủ tịch Hội đồng',
        'Không đề nghị',
        '83,33%',
        'THƯ KÝ',
        'CHỦ TỌA',
        'Vũ Thị Thanh',
        'Trần Minh Quang',
      ])
    })

    it('prints A4 portrait inside the NĐ 30 margins in Liberation Serif', () => {
      expectNd30Pdf(pdfPath(), ['portrait'], () => false)
    })
  },
)
