import { describe, expect, it } from 'vitest'
import { loadWorkbook, readRowTexts } from '../awards/testing/read-workbook'
import { expectedPrint, inspectSheet } from '../spreadsheet/testing/inspect-sheet'
import {
  parseRegistrationAwardHeader,
  REGISTRATION_SHEET,
  renderRegistrationTemplate,
} from './render-registration-template'

describe('renderRegistrationTemplate', () => {
  it('writes title, period, Vietnamese headers (ids hidden), "x" marks with a drop-down and their count', async () => {
    const bytes = await renderRegistrationTemplate({
      planTitle: 'Kế hoạch thử',
      year: 2024,
      scopeName: 'Huyện Bắc Quang',
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
        {
          code: '01154',
          name: 'Xã Đồng Yên',
          kindLabel: 'Xã',
          takePart: true,
          strivesForAntt: true,
          buildsExemplary: false,
          awardForms: [],
        },
      ],
    })
    const workbook = await loadWorkbook(bytes)
    expect(workbook.worksheets[0]?.name).toBe(REGISTRATION_SHEET)
    const sheet = workbook.getWorksheet(REGISTRATION_SHEET)
    if (!sheet) throw new Error('no sheet')
    const mark = { type: 'list', formulae: ['"x"'] }
    expect(inspectSheet(sheet, 6)).toMatchObject({
      title: 'BẢNG ĐĂNG KÝ THI ĐUA PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC',
      period: 'Năm 2024',
      headers: [
        'Mã đơn vị',
        'Tên đơn vị',
        'Loại đơn vị',
        'Tham gia phong trào',
        'Phấn đấu đạt tiêu chuẩn "An toàn về ANTT"',
        'Xây dựng điển hình',
        'Bằng khen của Bộ trưởng Bộ Công an',
      ],
      identifierHeaders: [],
      print: expectedPrint('landscape', 6),
      frozen: { state: 'frozen', ySplit: 7, xSplit: 2 },
      validations: [undefined, undefined, undefined, mark, mark, mark, mark],
      // exceljs reads a cached 0 back as no result; Excel recalculates when it opens the file.
      totals: ['Tổng cộng', '', '', '2', '1', '', '1'],
      totalsFormulas: [
        '',
        '',
        '',
        'COUNTA(D8:D9)',
        'COUNTA(E8:E9)',
        'COUNTA(F8:F9)',
        'COUNTA(G8:G9)',
      ],
    })
    expect(sheet.getRow(7).hidden).toBe(true)
    expect(readRowTexts(sheet, 7)).toEqual([
      'code',
      'name',
      'kind',
      'takePart',
      'strivesForAntt',
      'buildsExemplary',
      'bk-bca',
    ])
    expect(readRowTexts(sheet, 8)).toEqual(['01153', 'Xã Bắc Quang', 'Xã', 'x', '', '', 'x'])
  })

  it('reads the award form id of an older template header', () => {
    expect(parseRegistrationAwardHeader('Giấy khen [tỉnh] [gk-gd]')).toBe('gk-gd')
    expect(parseRegistrationAwardHeader('Ghi chú')).toBeUndefined()
  })
})
