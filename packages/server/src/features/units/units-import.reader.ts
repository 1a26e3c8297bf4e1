// Reads an uploaded unit file (CSV or XLSX) into raw records keyed by template column.
// The file's type is checked by its content, not only its name.
import { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { findHeaderRow, readRowTexts } from '@antq/documents'
import ExcelJS from 'exceljs'
import {
  AppError,
  resolveImportHeader,
  UNIT_IMPORT_COLUMNS,
  type UnitImportColumn,
} from '@antq/core'

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024
export type RawRecord = { row: number; values: Partial<Record<UnitImportColumn, string>> }

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

function detectFormat(name: string, bytes: Uint8Array): 'csv' | 'xlsx' {
  const isZip = ZIP_MAGIC.every((byte, i) => bytes[i] === byte)
  const lower = name.toLowerCase()
  if (lower.endsWith('.xlsx') && isZip) return 'xlsx'
  if (lower.endsWith('.csv') && !isZip && !bytes.subarray(0, 65536).includes(0)) return 'csv'
  throw new AppError('UPLOAD_INVALID', 'Chỉ nhận tệp .csv (UTF-8) hoặc .xlsx đúng định dạng')
}

function mapHeader(headers: string[], row = 1): (UnitImportColumn | undefined)[] {
  const mapped = headers.map((header) => resolveImportHeader(header))
  const unknown = headers.filter((header, i) => header.trim() && !mapped[i])
  const missing = UNIT_IMPORT_COLUMNS.filter(
    (column) => column.required && !mapped.includes(column.key),
  )
  const details = [
    ...unknown.map((header) => ({
      row,
      column: header,
      message: `Cột "${header}" không có trong mẫu`,
    })),
    ...missing.map((column) => ({
      row,
      column: column.key,
      message: `Thiếu cột "${column.header}"`,
    })),
  ]
  if (details.length > 0)
    throw new AppError('IMPORT_INVALID', 'Dòng tiêu đề không đúng mẫu', details)
  return mapped
}

function toRecord(row: number, keys: (UnitImportColumn | undefined)[], cells: string[]): RawRecord {
  const values: RawRecord['values'] = {}
  keys.forEach((key, i) => {
    if (key) values[key] = cells[i] ?? ''
  })
  return { row, values }
}

async function* readCsv(bytes: Uint8Array): AsyncGenerator<RawRecord> {
  const parser = Readable.from([Buffer.from(bytes)]).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }),
  )
  let keys: (UnitImportColumn | undefined)[] | undefined
  let row = 0
  for await (const cells of parser as AsyncIterable<string[]>) {
    row += 1
    if (!keys) keys = mapHeader(cells)
    else yield toRecord(row, keys, cells)
  }
}

async function* readXlsx(bytes: Uint8Array): AsyncGenerator<RawRecord> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw new AppError('UPLOAD_INVALID', 'Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new AppError('UPLOAD_INVALID', 'Tệp Excel không có trang tính nào')
  // The template's title, period and guidance rows sit above the header: the header is the
  // first row naming a column of the template (within the top rows), else the first row.
  const found = findHeaderRow(sheet, (texts) => texts.some((text) => resolveImportHeader(text)))
  let keys: (UnitImportColumn | undefined)[] | undefined
  for (let r = found ?? 1; r <= sheet.rowCount; r++) {
    const cells = readRowTexts(sheet, r, keys?.length ?? 0)
    if (cells.every((cell) => cell === '')) continue
    if (!keys) keys = mapHeader(cells, r)
    else yield toRecord(r, keys, cells)
  }
}

export function readUnitRecords(name: string, bytes: Uint8Array): AsyncGenerator<RawRecord> {
  if (bytes.byteLength === 0) throw new AppError('UPLOAD_INVALID', 'Tệp rỗng')
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw new AppError('UPLOAD_INVALID', 'Tệp lớn hơn 100 MB')
  return detectFormat(name, bytes) === 'csv' ? readCsv(bytes) : readXlsx(bytes)
}
