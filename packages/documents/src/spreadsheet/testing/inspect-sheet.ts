// Test support: what a people's sheet shows and how it prints, read back from the bytes with
// exceljs, so each renderer's test asserts the shared setup in one expectation.
import type ExcelJS from 'exceljs'
import { readCellText, readRowTexts } from '../sheet-reading'

/** snake_case, camelCase, dotted field ids, bracketed or parenthesised ASCII codes. */
const IDENTIFIER_LIKE = [
  /\b[a-z0-9]+_[a-z0-9_]+\b/,
  /\b[a-z]+[A-Z][A-Za-z0-9]*\b/,
  /\b[a-z][a-z0-9]*\.[a-z][a-z0-9_.]*\b/,
  /\b[a-z0-9]+-[a-z0-9-]+\b/,
  /^[a-z]+$/,
  /\((?:[a-z]+\/)+[a-z]+\)/,
]

export function isIdentifierLike(header: string): boolean {
  return IDENTIFIER_LIKE.some((pattern) => pattern.test(header))
}

type Validation = { type: string; formulae: unknown[] } | undefined

export function inspectSheet(sheet: ExcelJS.Worksheet, headerRow: number) {
  const headers = readRowTexts(sheet, headerRow).filter((text) => text !== '')
  const setup = sheet.pageSetup
  const view = sheet.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined
  const firstData = sheet.getRow(headerRow + 1).hidden ? headerRow + 2 : headerRow + 1
  const validations = headers.map((_, at) => {
    const validation = sheet.getCell(firstData, at + 1).dataValidation as Validation
    return validation ? { type: validation.type, formulae: validation.formulae } : undefined
  })
  let totals: string[] | undefined
  let totalsFormulas: string[] | undefined
  sheet.eachRow((row) => {
    const texts = readRowTexts(sheet, row.number)
    if (row.number > headerRow && texts.includes('Tổng cộng')) {
      totals = texts
      totalsFormulas = texts.map((_, at) => {
        const value = row.getCell(at + 1).value
        return typeof value === 'object' && value !== null && 'formula' in value
          ? (value.formula ?? '')
          : ''
      })
    }
  })
  return {
    title: readCellText(sheet.getCell(1, 1).value),
    period: readCellText(sheet.getCell(2, 1).value),
    headers,
    identifierHeaders: headers.filter(isIdentifierLike),
    print: {
      paperSize: setup.paperSize,
      orientation: setup.orientation,
      fitToPage: setup.fitToPage,
      fitToWidth: setup.fitToWidth,
      fitToHeight: setup.fitToHeight,
      printTitlesRow: setup.printTitlesRow,
      margins: setup.margins && {
        top: setup.margins.top,
        bottom: setup.margins.bottom,
        left: setup.margins.left,
        right: setup.margins.right,
      },
    },
    frozen: { state: view?.state, ySplit: view?.ySplit, xSplit: view?.xSplit ?? 0 },
    validations,
    totals,
    totalsFormulas,
  }
}

/** The print setup every sheet shares (A4, one page wide, NĐ 30 margins), header `row`. */
export function expectedPrint(orientation: 'portrait' | 'landscape', row: number) {
  return {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${row}:${row}`,
    margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 },
  }
}
