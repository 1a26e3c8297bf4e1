import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  parseRegistrationAwardHeader,
  registrationAwardHeader,
  renderRegistrationTemplate,
} from './render-registration-template'

describe('renderRegistrationTemplate', () => {
  it('writes the columns, one row per unit and "x" marks', async () => {
    const bytes = await renderRegistrationTemplate({
      planTitle: 'Kế hoạch thử',
      planKey: 'kh-thu',
      year: 2024,
      awardForms: [{ id: 'bk-bca', name: 'Bằng khen của Bộ trưởng Bộ Công an' }],
      rows: [
        {
          code: '01153',
          name: 'Xã Bắc Quang',
          kindLabel: 'Xã',
          takePart: true,
          strivesForAntt: false,
          buildsExemplary: false,
          awardForms: ['bk-bca'],
        },
      ],
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Tham gia phong trào',
      'Phấn đấu đạt tiêu chuẩn "An toàn về ANTT"',
      'Xây dựng điển hình',
      'Bằng khen của Bộ trưởng Bộ Công an [bk-bca]',
    ])
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      '01153',
      'Xã Bắc Quang',
      'Xã',
      'x',
      '',
      '',
      'x',
    ])
  })

  it('reads back the award form id from its header', () => {
    const header = registrationAwardHeader({ id: 'gk-gd', name: 'Giấy khen [tỉnh]' })
    expect(parseRegistrationAwardHeader(header)).toBe('gk-gd')
    expect(parseRegistrationAwardHeader('Ghi chú')).toBeUndefined()
  })
})
