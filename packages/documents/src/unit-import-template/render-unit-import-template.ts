// The XLSX template for unit imports, in the shared sheet setup: title and "Ngày lập" rows, the
// Vietnamese headers the importer reads, two example rows written with the labels a clerk sees,
// a drop-down on every column that takes a fixed set (kind, subtype, area, size, school level)
// and bounds on the counts, reaching 1,000 rows below the examples. A second sheet lists each
// value with its code: the importer takes either.
import ExcelJS from 'exceljs'
import {
  AREA_TYPE_LABELS,
  ENTERPRISE_SIZE_LABELS,
  SCHOOL_LEVEL_LABELS,
  UNIT_IMPORT_COLUMNS,
  UNIT_KIND_LABELS,
  UNIT_SUBTYPES,
  type UnitImportColumn,
} from '@antq/core'
import { createTabularSheet, type SheetColumn } from '../spreadsheet'

export const UNIT_IMPORT_SHEET = 'Đơn vị'
const COUNT = { format: 'count', whole: { min: 0, max: 100_000_000 } } as const
const SUBTYPE_LABELS = [
  ...new Set(Object.values(UNIT_SUBTYPES).flatMap((table) => Object.values<string>(table))),
]

const COLUMN_RULES: Partial<Record<UnitImportColumn, Partial<SheetColumn>>> = {
  code: { format: 'text' },
  name: { width: 30 },
  kind: { choices: Object.values(UNIT_KIND_LABELS), width: 26 },
  subtype: { choices: SUBTYPE_LABELS },
  parent_code: { format: 'text' },
  managing_code: { format: 'text' },
  area_type: { choices: Object.values(AREA_TYPE_LABELS) },
  enterprise_size: { choices: Object.values(ENTERPRISE_SIZE_LABELS) },
  school_level: { choices: Object.values(SCHOOL_LEVEL_LABELS) },
  households: COUNT,
  staff: COUNT,
  pupils: COUNT,
}

type Example = Partial<Record<UnitImportColumn, string | number>>
const EXAMPLES: Example[] = [
  {
    ...{ code: '01153.T01', name: 'Thôn Nà Khương', kind: UNIT_KIND_LABELS.residential_area },
    ...{ subtype: 'Thôn', parent_code: '01153', area_type: AREA_TYPE_LABELS.rural },
    households: 215,
  },
  {
    ...{ code: '01153.TH01', name: 'Trường THCS Bắc Quang', kind: UNIT_KIND_LABELS.school },
    ...{ parent_code: '01153', school_level: SCHOOL_LEVEL_LABELS.lower_secondary },
    ...{ staff: 34, pupils: 512 },
  },
]

export type UnitImportTemplateView = {
  /** The day the template is made, dd/mm/yyyy (its period row). */
  date: string
}

export async function renderUnitImportTemplate(view: UnitImportTemplateView): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  workbook.title = 'Mẫu nhập danh sách đơn vị'
  const table = createTabularSheet(workbook, {
    name: UNIT_IMPORT_SHEET,
    title: 'MẪU NHẬP DANH SÁCH ĐƠN VỊ',
    period: `Ngày lập mẫu: ${view.date}`,
    note: 'Mỗi dòng một đơn vị; chọn giá trị trong danh sách thả xuống (hoặc gõ mã ở trang "Bảng mã"). Ngày ghi dd/mm/yyyy. Hai dòng ví dụ có thể xóa.',
    orientation: 'landscape',
    frozenColumns: 2,
    blankRows: 1000,
    columns: UNIT_IMPORT_COLUMNS.map((column) => ({
      header: column.header,
      width: 20,
      ...COLUMN_RULES[column.key],
    })),
  })
  for (const example of EXAMPLES)
    table.addRow(UNIT_IMPORT_COLUMNS.map((column) => example[column.key] ?? null))
  table.finish()
  addCodeSheet(workbook, view.date)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** Each fixed value with its code, for files made elsewhere that carry codes. */
function addCodeSheet(workbook: ExcelJS.Workbook, date: string) {
  const codes = createTabularSheet(workbook, {
    name: 'Bảng mã',
    title: 'BẢNG GIÁ TRỊ VÀ MÃ CHẤP NHẬN KHI NHẬP ĐƠN VỊ',
    period: `Ngày lập mẫu: ${date}`,
    columns: [
      { header: 'Cột', width: 28 },
      { header: 'Giá trị', width: 40 },
      { header: 'Mã', width: 22 },
    ],
  })
  const add = (column: string, labels: Readonly<Record<string, string>>) => {
    for (const [code, label] of Object.entries(labels)) codes.addRow([column, label, code])
  }
  add('Loại đơn vị', UNIT_KIND_LABELS)
  for (const [kind, subtypes] of Object.entries(UNIT_SUBTYPES))
    add(`Phân loại (${UNIT_KIND_LABELS[kind as keyof typeof UNIT_KIND_LABELS]})`, subtypes)
  add('Khu vực', AREA_TYPE_LABELS)
  add('Quy mô doanh nghiệp', ENTERPRISE_SIZE_LABELS)
  add('Cấp học', SCHOOL_LEVEL_LABELS)
  codes.addRow(['Ngày', 'Ví dụ 01/07/2025', 'dd/mm/yyyy'])
  codes.finish()
}
