// Reads an edited report workbook back: the field ids of the hidden key row under the header,
// then one record per unit row ("Tổng cộng" is no unit). The file is checked by content (a real
// XLSX), size and shape (the sheet, the key row).
import {
  BOOLEAN_TEXT,
  findHeaderRow,
  isTotalsRow,
  readCellText as text,
  readKeyRow,
  readRowTexts,
  REPORT_WORKBOOK_FIXED,
  REPORT_WORKBOOK_SHEET,
} from '@antq/documents'
import { AppError } from '@antq/core'
import ExcelJS from 'exceljs'

export const MAX_REPORT_IMPORT_BYTES = 10 * 1024 * 1024
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

export type ReportRecord = { row: number; unitCode: string; cells: Map<string, ExcelJS.CellValue> }
export type ReportSheet = { fieldIds: string[]; records: ReportRecord[] }

/** A cell as a figure: number, Có/Không, text; undefined for a blank cell. */
export function cellFigure(value: ExcelJS.CellValue): unknown {
  const raw =
    typeof value === 'object' && value !== null && 'result' in value ? value.result : value
  if (raw === null || raw === undefined) return undefined
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw
  const trimmed = text(raw).trim()
  if (trimmed === '') return undefined
  if (trimmed.toLowerCase() === BOOLEAN_TEXT.yes.toLowerCase()) return true
  if (trimmed.toLowerCase() === BOOLEAN_TEXT.no.toLowerCase()) return false
  const number = Number(trimmed.replace(/\s/g, ''))
  return /^-?[\d\s]+(\.\d+)?$/.test(trimmed) && Number.isFinite(number) ? number : trimmed
}

export async function readReportWorkbook(name: string, bytes: Uint8Array): Promise<ReportSheet> {
  if (bytes.byteLength === 0) throw new AppError('UPLOAD_INVALID', 'Tệp rỗng')
  if (bytes.byteLength > MAX_REPORT_IMPORT_BYTES)
    throw new AppError('UPLOAD_INVALID', 'Tệp lớn hơn 10 MB')
  if (!name.toLowerCase().endsWith('.xlsx') || !ZIP_MAGIC.every((byte, i) => bytes[i] === byte))
    throw new AppError('UPLOAD_INVALID', 'Chỉ nhận tệp .xlsx xuất từ hệ thống')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw new AppError('UPLOAD_INVALID', 'Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx')
  }
  const sheet = workbook.getWorksheet(REPORT_WORKBOOK_SHEET)
  const fixed = REPORT_WORKBOOK_FIXED.map((column) => column.key)
  const headerRow =
    sheet && findHeaderRow(sheet, (texts) => texts[0] === REPORT_WORKBOOK_FIXED[0].header)
  const keys = sheet && headerRow !== undefined ? readKeyRow(sheet, headerRow) : []
  if (!sheet || headerRow === undefined || fixed.some((key, i) => keys[i] !== key))
    throw new AppError('IMPORT_INVALID', 'Tệp không đúng mẫu báo cáo xuất từ hệ thống', [
      {
        row: (headerRow ?? 1) + 1,
        column: 'unit_code',
        message: `Thiếu trang "${REPORT_WORKBOOK_SHEET}" hoặc dòng mã cột ẩn dưới dòng tiêu đề`,
      },
    ])
  const fieldIds = keys.slice(fixed.length)
  const records: ReportRecord[] = []
  for (let r = headerRow + 2; r <= sheet.rowCount; r++) {
    const excelRow = sheet.getRow(r)
    if (isTotalsRow(readRowTexts(sheet, r))) continue
    const unitCode = text(excelRow.getCell(1).value).trim()
    const cells = new Map<string, ExcelJS.CellValue>()
    fieldIds.forEach((id, i) => {
      if (id) cells.set(id, excelRow.getCell(fixed.length + i + 1).value)
    })
    if (unitCode === '' && [...cells.values()].every((value) => cellFigure(value) === undefined))
      continue
    records.push({ row: r, unitCode, cells })
  }
  return { fieldIds, records }
}
