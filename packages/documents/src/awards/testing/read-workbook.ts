// Test support: load XLSX bytes back with exceljs and read a row as plain strings.
import ExcelJS from 'exceljs'

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  // exceljs's typings predate the generic Buffer of newer @types/node.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return workbook
}

export function readRowTexts(sheet: ExcelJS.Worksheet | undefined, row: number): string[] {
  if (!sheet) return []
  const texts: string[] = []
  sheet.getRow(row).eachCell({ includeEmpty: true }, (cell) => {
    const value = cell.value
    texts.push(typeof value === 'string' || typeof value === 'number' ? String(value) : '')
  })
  return texts
}
