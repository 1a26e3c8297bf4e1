// Reads an edited statistics workbook back by its Vietnamese headers: the unit and year it was
// made for, then one record per month row. The file is checked by content (a real XLSX) first.
import {
  CRIME_STATISTICS_LAYOUT,
  CRIME_STATISTICS_MONTH_HEADER,
  CRIME_STATISTICS_SHEET,
  crimeStatisticHeader,
} from '@antq/documents'
import { AppError, CRIME_STATISTIC_KINDS } from '@antq/core'
import ExcelJS from 'exceljs'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

export type StatisticRow = { row: number; monthText: string; cells: Map<string, unknown> }

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((part) => part.text).join('')
  if (typeof value === 'object' && 'result' in value)
    return typeof value.result === 'object' ? '' : String(value.result ?? '')
  return typeof value === 'object' ? '' : String(value)
}

/** A figure cell: a number, a numeric text, else the text itself; undefined when blank. */
export function cellValue(value: ExcelJS.CellValue): unknown {
  const raw =
    typeof value === 'object' && value !== null && 'result' in value ? value.result : value
  if (raw === null || raw === undefined) return undefined
  if (typeof raw === 'number') return raw
  const trimmed = text(raw).trim()
  if (trimmed === '') return undefined
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed
}

const refuse = (row: number, message: string) =>
  new AppError('IMPORT_INVALID', 'Tệp không đúng mẫu số liệu tội phạm xuất từ hệ thống', [
    { row, message },
  ])

export async function readStatisticsWorkbook(name: string, bytes: Uint8Array) {
  if (bytes.byteLength === 0) throw new AppError('UPLOAD_INVALID', 'Tệp rỗng')
  if (!name.toLowerCase().endsWith('.xlsx') || !ZIP_MAGIC.every((byte, i) => bytes[i] === byte))
    throw new AppError('UPLOAD_INVALID', 'Chỉ nhận tệp .xlsx tải từ hệ thống')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw new AppError('UPLOAD_INVALID', 'Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx')
  }
  const sheet = workbook.getWorksheet(CRIME_STATISTICS_SHEET)
  const { unitRow, yearRow, headerRow } = CRIME_STATISTICS_LAYOUT
  if (!sheet) throw refuse(1, `Thiếu trang "${CRIME_STATISTICS_SHEET}"`)
  const header = sheet.getRow(headerRow)
  if (text(header.getCell(1).value).trim() !== CRIME_STATISTICS_MONTH_HEADER)
    throw refuse(headerRow, `Dòng ${headerRow} phải là dòng tiêu đề, bắt đầu bằng cột "Tháng"`)
  // Each kind's column found by its header text; a kind missing is a template not ours.
  const columns = new Map<string, number>()
  for (const kind of CRIME_STATISTIC_KINDS) {
    const wanted = crimeStatisticHeader(kind.label, kind.unit)
    for (let c = 2; c <= header.cellCount; c++)
      if (text(header.getCell(c).value).trim() === wanted) columns.set(kind.id, c)
    if (!columns.has(kind.id)) throw refuse(headerRow, `Thiếu cột "${wanted}"`)
  }
  const rows: StatisticRow[] = []
  for (let r = headerRow + 1; r <= Math.min(sheet.rowCount, headerRow + 40); r++) {
    const excel = sheet.getRow(r)
    const cells = new Map<string, unknown>()
    for (const [kind, c] of columns) cells.set(kind, cellValue(excel.getCell(c).value))
    const monthText = text(excel.getCell(1).value).trim()
    if (monthText === '' && [...cells.values()].every((value) => value === undefined)) continue
    rows.push({ row: r, monthText, cells })
  }
  return {
    unitName: text(sheet.getCell(unitRow, 2).value).trim(),
    yearText: text(sheet.getCell(yearRow, 2).value).trim(),
    rows,
  }
}
