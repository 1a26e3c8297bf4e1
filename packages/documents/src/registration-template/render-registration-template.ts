// The XLSX form a unit fills offline to register for a plan year: one row per eligible unit
// (code, name, kind), the pledge columns and one column per award form registered at the start
// of the year; "x" marks a yes. The server reads the filled file back by these headers.
import ExcelJS from 'exceljs'

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

export type RegistrationTemplateView = {
  planTitle: string
  planKey: string
  year: number
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

/** An award form's column header; the id in brackets is what the reader matches. */
export function registrationAwardHeader(form: { id: string; name: string }): string {
  return `${form.name} [${form.id}]`
}

/** The award form id in a header written by `registrationAwardHeader`, if any. */
export function parseRegistrationAwardHeader(header: string): string | undefined {
  return /\[([^\]]+)\]\s*$/.exec(header)?.[1]
}

const mark = (yes: boolean) => (yes ? REGISTRATION_MARK : '')

export async function renderRegistrationTemplate(
  view: RegistrationTemplateView,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  const sheet = workbook.addWorksheet('Đăng ký thi đua')
  sheet.columns = [
    ...REGISTRATION_TEMPLATE_COLUMNS.map((column) => ({
      header: column.header,
      key: column.key,
      width: column.width,
    })),
    ...view.awardForms.map((form) => ({
      header: registrationAwardHeader(form),
      key: `award:${form.id}`,
      width: 18,
    })),
  ]
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' }
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }]
  // Codes stay text: "01153" must keep its leading zero.
  sheet.getColumn(1).numFmt = '@'
  for (const row of view.rows)
    sheet.addRow([
      row.code,
      row.name,
      row.kindLabel,
      mark(row.takePart),
      mark(row.strivesForAntt),
      mark(row.buildsExemplary),
      ...view.awardForms.map((form) => mark(row.awardForms.includes(form.id))),
    ])

  const guide = workbook.addWorksheet('Hướng dẫn')
  guide.getColumn(1).width = 100
  for (const line of [
    `Kế hoạch: ${view.planTitle} (${view.planKey})`,
    `Năm đăng ký: ${view.year}`,
    `Đánh "${REGISTRATION_MARK}" vào ô đăng ký; để trống là không đăng ký.`,
    'Dòng để trống mọi ô đăng ký thì đơn vị đó chưa đăng ký; không sửa mã đơn vị và dòng tiêu đề.',
  ])
    guide.addRow([line])

  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}
