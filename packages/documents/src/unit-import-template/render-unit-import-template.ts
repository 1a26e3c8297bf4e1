import ExcelJS from 'exceljs'
import {
  AREA_TYPES,
  ENTERPRISE_SIZE_LABELS,
  SCHOOL_LEVEL_LABELS,
  UNIT_IMPORT_COLUMNS,
  UNIT_KIND_LABELS,
  UNIT_SUBTYPES,
} from '@antq/core'

const EXAMPLES = [
  [
    '01153.T01',
    'Thôn Nà Khương',
    'residential_area',
    'thon',
    '01153',
    '',
    'rural',
    '',
    '',
    '215',
    '',
    '',
    '',
    '',
  ],
  [
    '01153.TH01',
    'Trường THCS Bắc Quang',
    'school',
    '',
    '01153',
    '',
    '',
    '',
    'lower_secondary',
    '',
    '34',
    '512',
    '',
    '',
  ],
]

/** The XLSX template for unit imports: the columns, two example rows and a sheet of codes. */
export async function renderUnitImportTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  const sheet = workbook.addWorksheet('Đơn vị')
  sheet.columns = UNIT_IMPORT_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: 22,
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  for (const example of EXAMPLES) sheet.addRow(example)
  // Codes stay text: "01153" must keep its leading zero.
  sheet.getColumn(1).numFmt = '@'
  sheet.getColumn(5).numFmt = '@'
  sheet.getColumn(6).numFmt = '@'

  const codes = workbook.addWorksheet('Bảng mã')
  codes.columns = [
    { header: 'Cột', key: 'column', width: 24 },
    { header: 'Mã', key: 'code', width: 22 },
    { header: 'Ý nghĩa', key: 'label', width: 40 },
  ]
  codes.getRow(1).font = { bold: true }
  for (const [kind, label] of Object.entries(UNIT_KIND_LABELS)) {
    codes.addRow(['Loại đơn vị', kind, label])
    for (const [subtype, subLabel] of Object.entries(
      UNIT_SUBTYPES[kind as keyof typeof UNIT_SUBTYPES],
    ))
      codes.addRow([`Phân loại (${kind})`, subtype, subLabel])
  }
  for (const area of AREA_TYPES)
    codes.addRow(['Khu vực', area, area === 'urban' ? 'Thành thị' : 'Nông thôn'])
  for (const [size, label] of Object.entries(ENTERPRISE_SIZE_LABELS))
    codes.addRow(['Quy mô doanh nghiệp', size, label])
  for (const [level, label] of Object.entries(SCHOOL_LEVEL_LABELS))
    codes.addRow(['Cấp học', level, label])
  codes.addRow(['Ngày', 'dd/mm/yyyy', 'Ví dụ 01/07/2025'])

  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}
