// Reads an edited statistics workbook back by its Vietnamese headers: the unit and year it was
// made for, then one record per month row. The file is checked by content (a real XLSX) first.
import {
  CRIME_STATISTICS_MONTH_HEADER,
  CRIME_STATISTICS_SHEET,
  CRIME_STATISTICS_UNIT_LABEL,
  crimeStatisticHeader,
  findHeaderRow,
  isTotalsRow,
  readCellText as text,
  readRowTexts,
  readSheetDetail,
} from '@antq/documents'
import { AppError, CRIME_STATISTIC_KINDS } from '@antq/core'
import ExcelJS from 'exceljs'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const PERIOD_ROW = 2

export type StatisticRow = { row: number; monthText: string; cells: Map<string, unknown> }

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
  if (!sheet) throw refuse(1, `Thiếu trang "${CRIME_STATISTICS_SHEET}"`)
  const headerRow = findHeaderRow(sheet, (texts) => texts[0] === CRIME_STATISTICS_MONTH_HEADER)
  if (headerRow === undefined)
    throw refuse(1, `Thiếu dòng tiêu đề bắt đầu bằng cột "${CRIME_STATISTICS_MONTH_HEADER}"`)
  const headers = readRowTexts(sheet, headerRow)
  // Each kind's column found by its header text; a kind missing is a template not ours.
  const columns = new Map<string, number>()
  for (const kind of CRIME_STATISTIC_KINDS) {
    const wanted = crimeStatisticHeader(kind.label, kind.unit)
    const at = headers.indexOf(wanted)
    if (at < 1) throw refuse(headerRow, `Thiếu cột "${wanted}"`)
    columns.set(kind.id, at + 1)
  }
  const rows: StatisticRow[] = []
  for (let r = headerRow + 1; r <= Math.min(sheet.rowCount, headerRow + 40); r++) {
    const excel = sheet.getRow(r)
    if (isTotalsRow(readRowTexts(sheet, r))) continue
    const cells = new Map<string, unknown>()
    for (const [kind, c] of columns) cells.set(kind, cellValue(excel.getCell(c).value))
    const monthText = text(excel.getCell(1).value).trim()
    if (monthText === '' && [...cells.values()].every((value) => value === undefined)) continue
    rows.push({ row: r, monthText, cells })
  }
  // The year from the period row ("Năm 2024"), the unit from its line above the header.
  const period = readRowTexts(sheet, PERIOD_ROW)[0] ?? ''
  const unit = readSheetDetail(sheet, headerRow, CRIME_STATISTICS_UNIT_LABEL)
  return {
    unitName: unit?.value ?? '',
    unitRow: unit?.row ?? 1,
    yearText: /^Năm\s+(\d{4})$/.exec(period)?.[1] ?? period,
    yearRow: PERIOD_ROW,
    rows,
  }
}
