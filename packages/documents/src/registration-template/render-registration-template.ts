// The XLSX form a unit fills offline to register for a plan year, in the shared sheet setup:
// one row per eligible unit (code, name, kind), the pledge columns and one column per award form
// registered at the start of the year, each a drop-down of the mark "x", and a "Tổng cộng" row
// counting the marks. Headers are Vietnamese only; the award forms' ids sit in the hidden key
// row, and the reader also takes a form's name (or id) as its header.
import ExcelJS from 'exceljs'
import { createTabularSheet, type SheetColumn } from '../spreadsheet'

export const REGISTRATION_TEMPLATE_COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', width: 16 },
  { key: 'name', header: 'Tên đơn vị', width: 40 },
  { key: 'kind', header: 'Loại đơn vị', width: 22 },
  { key: 'takePart', header: 'Tham gia phong trào', width: 14 },
  { key: 'strivesForAntt', header: 'Phấn đấu đạt tiêu chuẩn "An toàn về ANTT"', width: 18 },
  { key: 'buildsExemplary', header: 'Xây dựng điển hình', width: 14 },
] as const
export type RegistrationTemplateColumn = (typeof REGISTRATION_TEMPLATE_COLUMNS)[number]['key']

/** The mark for "yes" in a pledge or award cell. */
export const REGISTRATION_MARK = 'x'
export const REGISTRATION_SHEET = 'Đăng ký thi đua'

export type RegistrationTemplateView = {
  planTitle: string
  year: number
  /** The unit whose subtree the form lists. */
  scopeName: string
  awardForms: readonly { id: string; name: string }[]
  rows: readonly {
    code: string
    name: string
    kindLabel: string
    takePart: boolean
    strivesForAntt: boolean
    buildsExemplary: boolean
    awardForms: readonly string[]
  }[]
}

/** The award form id in an older template's header ("Bằng khen … [bk-bca]"), if any. */
export function parseRegistrationAwardHeader(header: string): string | undefined {
  return /\[([^\]]+)\]\s*$/.exec(header)?.[1]
}

const mark = (yes: boolean) => (yes ? REGISTRATION_MARK : null)
const MARK_COLUMN = { choices: [REGISTRATION_MARK], total: 'count' } as const

export async function renderRegistrationTemplate(
  view: RegistrationTemplateView,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  workbook.title = `Đăng ký thi đua – ${view.planTitle} – ${view.year}`
  const columns: SheetColumn[] = [
    ...REGISTRATION_TEMPLATE_COLUMNS.map((column, at) => ({
      ...{ header: column.header, key: column.key, width: column.width },
      ...(at === 0 ? { format: 'text' as const } : {}),
      ...(at >= 3 ? MARK_COLUMN : {}),
    })),
    ...view.awardForms.map((form) => ({
      ...{ header: form.name, key: form.id, width: 18 },
      ...MARK_COLUMN,
    })),
  ]
  const table = createTabularSheet(workbook, {
    name: REGISTRATION_SHEET,
    title: 'BẢNG ĐĂNG KÝ THI ĐUA PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC',
    period: `Năm ${view.year}`,
    details: [
      ['Kế hoạch', view.planTitle],
      ['Phạm vi', view.scopeName],
    ],
    note: `Đánh "${REGISTRATION_MARK}" vào ô đăng ký (hoặc chọn trong danh sách); để trống là không đăng ký. Dòng để trống mọi ô đăng ký thì đơn vị đó chưa đăng ký; không sửa mã đơn vị và dòng tiêu đề.`,
    orientation: 'landscape',
    frozenColumns: 2,
    columns,
  })
  for (const row of view.rows)
    table.addRow([
      row.code,
      row.name,
      row.kindLabel,
      mark(row.takePart),
      mark(row.strivesForAntt),
      mark(row.buildsExemplary),
      ...view.awardForms.map((form) => mark(row.awardForms.includes(form.id))),
    ])
  table.finish()
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
