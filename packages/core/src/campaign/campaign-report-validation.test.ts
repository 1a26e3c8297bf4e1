import { describe, expect, it } from 'vitest'
import type { ReportField, ReportForm } from './campaign-report-form'
import { validateReport } from './campaign-report-validation'

const field = (id: string, label: string, extra: Partial<ReportField> = {}): ReportField => ({
  id,
  label,
  type: 'number',
  values: [],
  origin: 'measure',
  baselineYear: null,
  targets: [],
  source: null,
  ...extra,
})

const commune: ReportForm = {
  planId: 'test-plan',
  unitKind: 'commune',
  fields: [
    field('propaganda.households_reached', 'Số hộ gia đình được tuyên truyền, phổ biến'),
    field('unit.households', 'Tổng số hộ gia đình trên địa bàn', { origin: 'register' }),
    field('security.complex', 'Tiềm ẩn phức tạp', { type: 'boolean', origin: 'declared' }),
    field('models.effective', 'Số mô hình hoạt động hiệu quả'),
    field('models.count', 'Số mô hình phong trào toàn dân bảo vệ ANTQ'),
    field('prior.class', 'Phân loại năm trước', {
      type: 'enum',
      origin: 'declared',
      values: [
        { value: 'xuat_sac', label: 'Xuất sắc' },
        { value: 'kha', label: 'Khá' },
      ],
    }),
    field('note', 'Ghi chú', { type: 'string', origin: 'declared' }),
  ],
  checks: [
    { part: ['propaganda.households_reached'], whole: ['unit.households'], targets: ['ho'] },
    { part: ['models.effective'], whole: ['models.count'], targets: [] },
  ],
}
const district: ReportForm = {
  planId: 'test-plan',
  unitKind: 'district',
  fields: [
    field('crime.reports', 'Số tin báo tiếp nhận'),
    field('crime.reports_resolved', 'Số tin báo đã giải quyết'),
    field('crime.reports_handled', 'Số tin báo xử lý đúng quy định'),
  ],
  checks: [
    {
      part: ['crime.reports_resolved', 'crime.reports_handled'],
      whole: ['crime.reports'],
      targets: ['x'],
    },
  ],
}

describe('validateReport', () => {
  const full = {
    'propaganda.households_reached': 900,
    'unit.households': 1000,
    'security.complex': false,
    'models.effective': 1,
    'models.count': 2,
    'prior.class': 'kha',
    note: 'Số liệu đến 14/12',
  }

  it.each<[string, Record<string, unknown>, 'draft' | 'submit', [string, string][]]>([
    ['a complete report', full, 'submit', []],
    ['an empty draft', {}, 'draft', []],
    [
      'a note too long',
      { ...full, note: 'x'.repeat(2001) },
      'submit',
      [['note', '"Ghi chú" dài quá 2000 ký tự']],
    ],
    [
      'a note that is not text',
      { ...full, note: 3 },
      'submit',
      [['note', '"Ghi chú" phải là văn bản']],
    ],
    ['an empty text on submit', { ...full, note: '' }, 'submit', [['note', 'Chưa nhập "Ghi chú"']]],
    [
      'a missing figure on submit',
      { ...full, 'models.count': null },
      'submit',
      [['models.count', 'Chưa nhập "Số mô hình phong trào toàn dân bảo vệ ANTQ"']],
    ],
    [
      'a negative count',
      { ...full, 'models.effective': -1 },
      'submit',
      [['models.effective', '"Số mô hình hoạt động hiệu quả" không được âm']],
    ],
    [
      'a fraction of a household',
      { ...full, 'unit.households': 10.5 },
      'draft',
      [['unit.households', '"Tổng số hộ gia đình trên địa bàn" phải là số nguyên']],
    ],
    [
      'text for a number',
      { ...full, 'unit.households': '1000' },
      'draft',
      [['unit.households', '"Tổng số hộ gia đình trên địa bàn" phải là một số']],
    ],
    [
      'reached above total',
      { ...full, 'propaganda.households_reached': 1200 },
      'submit',
      [
        [
          'propaganda.households_reached',
          'Số hộ gia đình được tuyên truyền, phổ biến (1.200) không được lớn hơn Tổng số hộ gia đình trên địa bàn (1.000)',
        ],
      ],
    ],
    [
      'effective above count',
      { ...full, 'models.effective': 3 },
      'submit',
      [
        [
          'models.effective',
          'Số mô hình hoạt động hiệu quả (3) không được lớn hơn Số mô hình phong trào toàn dân bảo vệ ANTQ (2)',
        ],
      ],
    ],
    ['a draft with half a pair', { 'propaganda.households_reached': 1200 }, 'draft', []],
    [
      'not a yes/no',
      { ...full, 'security.complex': 'có' },
      'submit',
      [['security.complex', '"Tiềm ẩn phức tạp": chọn Có hoặc Không']],
    ],
    [
      'an unknown class',
      { ...full, 'prior.class': 'tot' },
      'submit',
      [['prior.class', '"Phân loại năm trước" phải là một trong: Xuất sắc, Khá']],
    ],
    [
      'a field not on the form',
      { ...full, 'crime.reports': 3 },
      'submit',
      [['crime.reports', 'Trường "crime.reports" không có trong mẫu báo cáo']],
    ],
  ])('%s', (_, values, mode, expected) => {
    expect(
      validateReport(commune, values, mode).map((issue) => [issue.field, issue.message]),
    ).toEqual(expected)
  })

  it('checks a sum against its whole, on the first term', () => {
    const values = { 'crime.reports': 10, 'crime.reports_resolved': 6, 'crime.reports_handled': 5 }
    expect(validateReport(district, values)).toEqual([
      {
        field: 'crime.reports_resolved',
        message:
          'Số tin báo đã giải quyết + Số tin báo xử lý đúng quy định (11) không được lớn hơn Số tin báo tiếp nhận (10)',
      },
    ])
    expect(validateReport(district, { ...values, 'crime.reports': 11 })).toEqual([])
  })

  it('skips a pair whose figure is already wrong', () => {
    const issues = validateReport(commune, { ...full, 'unit.households': -5 })
    expect(issues.map((issue) => issue.field)).toEqual(['unit.households'])
  })
})
