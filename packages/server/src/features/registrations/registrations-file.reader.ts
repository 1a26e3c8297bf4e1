// Reads a filled registration form (XLSX from the template) into rows of marks, with an error
// per cell that is not a mark; the file is checked by its content, not only its name. The header
// is found under the title and period rows; an award form's column is known by the id in the
// hidden key row, else by its header: the form's name as the template shows it, its id, or an
// older template's "name [id]".
import {
  findHeaderRow,
  isTotalsRow,
  parseRegistrationAwardHeader,
  readKeyRow,
  readRowTexts,
  REGISTRATION_TEMPLATE_COLUMNS,
} from '@antq/documents'
import { AppError, type ErrorDetail } from '@antq/core'
import ExcelJS from 'exceljs'

export const MAX_REGISTRATION_FILE_BYTES = 10 * 1024 * 1024
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const YES = new Set(['x', 'có', 'co', '1', 'true', '✓', 'v'])
const NO = new Set(['', 'không', 'khong', '0', 'false'])
const PLEDGE_COLUMNS = ['takePart', 'strivesForAntt', 'buildsExemplary'] as const

export type RegistrationFileRow = {
  row: number
  code: string
  takePart: boolean
  strivesForAntt: boolean
  buildsExemplary: boolean
  awardForms: string[]
  /** No mark at all: the unit is left as it is. */
  blank: boolean
}

async function loadSheet(fileName: string, bytes: Uint8Array) {
  if (bytes.byteLength === 0) throw new AppError('UPLOAD_INVALID', 'Tệp rỗng')
  if (bytes.byteLength > MAX_REGISTRATION_FILE_BYTES)
    throw new AppError('UPLOAD_INVALID', 'Tệp lớn hơn 10 MB')
  const isZip = ZIP_MAGIC.every((byte, i) => bytes[i] === byte)
  if (!fileName.toLowerCase().endsWith('.xlsx') || !isZip)
    throw new AppError('UPLOAD_INVALID', 'Chỉ nhận tệp .xlsx theo mẫu đăng ký')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw new AppError('UPLOAD_INVALID', 'Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new AppError('UPLOAD_INVALID', 'Tệp Excel không có trang tính nào')
  return sheet
}

type AwardForm = { id: string; name: string }
const fold = (text: string) =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi')

/** The header must be the template's: the fixed columns, then award forms of the plan. */
function checkHeader(row: number, cells: string[], keys: string[], forms: readonly AwardForm[]) {
  const details: ErrorDetail[] = []
  REGISTRATION_TEMPLATE_COLUMNS.forEach((column, i) => {
    if (cells[i] !== column.header)
      details.push({ row, column: column.key, message: `Cột ${i + 1} phải là "${column.header}"` })
  })
  const base = REGISTRATION_TEMPLATE_COLUMNS.length
  const awards = cells.slice(base).map((header, i) => {
    if (header === '') return undefined
    const key = keys[base + i] ?? ''
    const id = [key, parseRegistrationAwardHeader(header) ?? '', header].find((each) =>
      forms.some((form) => form.id === each),
    )
    const form =
      forms.find((each) => each.id === id) ?? forms.find((each) => fold(each.name) === fold(header))
    if (!form)
      details.push({
        row,
        column: header,
        message: `Cột "${header}" không có trong mẫu của kế hoạch`,
      })
    return form?.id
  })
  if (details.length > 0)
    throw new AppError('IMPORT_INVALID', 'Dòng tiêu đề không đúng mẫu', details)
  return awards
}

export async function readRegistrationFile(
  fileName: string,
  bytes: Uint8Array,
  awardForms: readonly AwardForm[],
) {
  const sheet = await loadSheet(fileName, bytes)
  const width = REGISTRATION_TEMPLATE_COLUMNS.length
  const textsOf = (r: number) => readRowTexts(sheet, r, width)
  const first = REGISTRATION_TEMPLATE_COLUMNS[0]
  const headerRow = findHeaderRow(sheet, (texts) => texts[0] === first.header) ?? 1
  const keys = readKeyRow(sheet, headerRow)
  const keyed = keys[0] === first.key
  const awards = checkHeader(headerRow, textsOf(headerRow), keyed ? keys : [], awardForms)
  const rows: RegistrationFileRow[] = []
  const errors: ErrorDetail[] = []
  for (let r = headerRow + (keyed ? 2 : 1); r <= sheet.rowCount; r++) {
    const cells = textsOf(r)
    if (cells.every((cell) => cell === '') || isTotalsRow(cells)) continue
    const markAt = (i: number, column: string) => {
      const text = (cells[i] ?? '').toLowerCase()
      if (YES.has(text)) return true
      if (!NO.has(text))
        errors.push({
          row: r,
          column,
          message: `Ô "${cells[i] ?? ''}" không hợp lệ: đánh "x" hoặc để trống`,
        })
      return false
    }
    const base = REGISTRATION_TEMPLATE_COLUMNS.length
    const [takePart, strivesForAntt, buildsExemplary] = PLEDGE_COLUMNS.map((column, i) =>
      markAt(3 + i, column),
    )
    const awardForms = awards.flatMap((id, i) => (id && markAt(base + i, id) ? [id] : []))
    const code = cells[0] ?? ''
    if (!code) errors.push({ row: r, column: 'code', message: 'Thiếu mã đơn vị' })
    const blank = cells.slice(3).every((cell) => cell === '')
    rows.push({
      row: r,
      code,
      takePart: takePart ?? false,
      strivesForAntt: strivesForAntt ?? false,
      buildsExemplary: buildsExemplary ?? false,
      awardForms,
      blank,
    })
  }
  return { rows, errors }
}
