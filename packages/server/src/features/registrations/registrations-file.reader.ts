// Reads a filled registration form (XLSX from the template) into rows of marks, with an error
// per cell that is not a mark; the file is checked by its content, not only its name.
import { parseRegistrationAwardHeader, REGISTRATION_TEMPLATE_COLUMNS } from '@antq/documents'
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

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((part) => part.text).join('')
  if (typeof value === 'object' && 'text' in value) return String(value.text)
  if (typeof value === 'object' && 'result' in value)
    return typeof value.result === 'object' ? '' : String(value.result)
  return typeof value === 'object' ? '' : String(value)
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

/** The header must be the template's: the fixed columns, then award forms of the plan. */
function checkHeader(cells: string[], awardFormIds: ReadonlySet<string>) {
  const details: ErrorDetail[] = []
  REGISTRATION_TEMPLATE_COLUMNS.forEach((column, i) => {
    if (cells[i] !== column.header)
      details.push({
        row: 1,
        column: column.key,
        message: `Cột ${i + 1} phải là "${column.header}"`,
      })
  })
  const awards = cells.slice(REGISTRATION_TEMPLATE_COLUMNS.length).map((header) => {
    const id = header === '' ? undefined : parseRegistrationAwardHeader(header)
    if (header !== '' && (!id || !awardFormIds.has(id)))
      details.push({
        row: 1,
        column: header,
        message: `Cột "${header}" không có trong mẫu của kế hoạch`,
      })
    return id
  })
  if (details.length > 0)
    throw new AppError('IMPORT_INVALID', 'Dòng tiêu đề không đúng mẫu', details)
  return awards
}

export async function readRegistrationFile(
  fileName: string,
  bytes: Uint8Array,
  awardFormIds: ReadonlySet<string>,
) {
  const sheet = await loadSheet(fileName, bytes)
  const width = (r: number) =>
    Math.max(sheet.getRow(r).cellCount, REGISTRATION_TEMPLATE_COLUMNS.length)
  const textsOf = (r: number) =>
    Array.from({ length: width(r) }, (_, i) =>
      cellText(sheet.getRow(r).getCell(i + 1).value).trim(),
    )
  const awards = checkHeader(textsOf(1), awardFormIds)
  const rows: RegistrationFileRow[] = []
  const errors: ErrorDetail[] = []
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = textsOf(r)
    if (cells.every((cell) => cell === '')) continue
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
