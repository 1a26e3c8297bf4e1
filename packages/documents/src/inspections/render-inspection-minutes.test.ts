// The biên bản kiểm tra carries the record as entered: team, unit, findings, conclusion,
// requests, and the two signatures.
import { describe, expect, it } from 'vitest'
import { readDocxText } from '../awards/testing/award-pdf'
import type { InspectionMinutesView } from './inspection-minutes-view'
import { renderInspectionMinutesDocx } from './render-inspection-minutes'

const VIEW: InspectionMinutesView = {
  header: {
    superiorBody: 'Ủy ban nhân dân tỉnh Tây Ninh',
    issuerName: 'Đoàn kiểm tra',
    number: { sequence: null, symbol: 'BB-ĐKT' },
    place: 'Tây Ninh',
    date: '2024-07-16',
  },
  summary: 'Kiểm tra việc thực hiện phong trào thi đua tại huyện Tân Châu',
  reference: 'Kế hoạch số 860/KH-UBND ngày 25/3/2024 của Ủy ban nhân dân tỉnh Tây Ninh',
  visitedOn: '2024-07-16',
  place: 'Trụ sở UBND huyện Tân Châu',
  members: [
    {
      name: 'Nguyễn Văn An',
      position: 'Phó Giám đốc',
      unitName: 'Công an tỉnh',
      roleLabel: 'Trưởng đoàn',
    },
    {
      name: 'Lê Thị Bình',
      position: 'Chuyên viên',
      unitName: 'Sở Nội vụ',
      roleLabel: 'Thành viên',
    },
  ],
  unitName: 'Huyện Tân Châu',
  representative: { name: 'Trần Văn Cường', position: 'Phó Chủ tịch UBND huyện' },
  findings: [
    { label: 'Tỷ lệ điều tra, khám phá án', resultLabel: 'Đạt', note: 'Đạt 81%.' },
    { label: 'Kết quả được công nhận đạt tiêu chuẩn.', resultLabel: 'Chưa đạt', note: '' },
  ],
  conclusion: 'Huyện triển khai nghiêm túc.\nCòn 02 xã chưa có nhóm Zalo.',
  requests: [
    {
      what: 'Lập nhóm Zalo ở 02 xã còn thiếu',
      ownerName: 'UBND huyện Tân Châu',
      dueOn: '2024-09-30',
    },
  ],
  leadName: 'Nguyễn Văn An',
}

describe('renderInspectionMinutesDocx', () => {
  it('writes the team, the unit, the findings, the conclusion and the requests', async () => {
    const text = readDocxText(await renderInspectionMinutesDocx(VIEW))
    expect(text).toContain('BIÊN BẢN')
    expect(text).toContain('Số:')
    expect(text).toContain('/BB-ĐKT')
    expect(text).toContain('Thời gian: ngày 16 tháng 7 năm 2024.')
    expect(text).toContain('- Nguyễn Văn An, Phó Giám đốc, Công an tỉnh - Trưởng đoàn;')
    expect(text).toContain('2. Đơn vị được kiểm tra: Huyện Tân Châu')
    expect(text).toContain('- Đại diện: Trần Văn Cường, Phó Chủ tịch UBND huyện.')
    expect(text).toContain('1. Tỷ lệ điều tra, khám phá án: Đạt. Đạt 81%.')
    expect(text).toContain('2. Kết quả được công nhận đạt tiêu chuẩn: Chưa đạt.')
    expect(text).toContain('Còn 02 xã chưa có nhóm Zalo.')
    expect(text).toContain(
      '- Lập nhóm Zalo ở 02 xã còn thiếu (đơn vị thực hiện: UBND huyện Tân Châu; thời hạn: 30/09/2024).',
    )
    expect(text).toMatch(/ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA[\s\S]*TRƯỞNG ĐOÀN KIỂM TRA/)
  })

  it('leaves the date and the representative blank when not recorded', async () => {
    const text = readDocxText(
      await renderInspectionMinutesDocx({
        ...VIEW,
        visitedOn: null,
        representative: null,
        requests: [],
      }),
    )
    expect(text).toContain('Thời gian: ngày … tháng … năm ….')
    expect(text).toContain('- Đại diện: …')
    expect(text).toContain('V. KIẾN NGHỊ, YÊU CẦU\nKhông có.')
  })
})
