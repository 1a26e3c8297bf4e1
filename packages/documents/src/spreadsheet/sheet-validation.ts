// Data validation for cells that take a fixed set of values (a drop-down list) or a bounded
// whole number. A short list is written inline; a list with commas or longer than Excel's
// 255-character inline limit goes to a hidden "Danh mục" sheet and the cells point at it.
import type ExcelJS from 'exceljs'

export const CHOICES_SHEET = 'Danh mục'
const INLINE_LIMIT = 255

type Validations = { add(range: string, validation: ExcelJS.DataValidation): void }

/** exceljs applies one validation to a whole range (typed only per cell in its d.ts). */
function validationsOf(sheet: ExcelJS.Worksheet): Validations {
  return (sheet as unknown as { dataValidations: Validations }).dataValidations
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`

/** The formula of a list: inline `"a,b"` or a range of the hidden choices sheet. */
function listFormula(workbook: ExcelJS.Workbook, choices: readonly string[]): string {
  const inline = `"${choices.join(',')}"`
  if (!choices.some((choice) => /[,"]/.test(choice)) && inline.length <= INLINE_LIMIT) return inline
  const sheet =
    workbook.getWorksheet(CHOICES_SHEET) ??
    workbook.addWorksheet(CHOICES_SHEET, { state: 'hidden' })
  const column = sheet.columnCount + 1
  choices.forEach((choice, at) => (sheet.getCell(at + 1, column).value = choice))
  const letter = sheet.getColumn(column).letter
  return `${quoteSheet(CHOICES_SHEET)}!$${letter}$1:$${letter}$${choices.length}`
}

export function addChoiceValidation(
  sheet: ExcelJS.Worksheet,
  range: string,
  choices: readonly string[],
): void {
  validationsOf(sheet).add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula(sheet.workbook, choices)],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Giá trị không có trong danh sách',
    error: 'Chọn một giá trị trong danh sách thả xuống (hoặc để trống).',
  })
}

export function addWholeValidation(
  sheet: ExcelJS.Worksheet,
  range: string,
  bounds: { min: number; max: number },
): void {
  validationsOf(sheet).add(range, {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [bounds.min, bounds.max],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Số liệu không hợp lệ',
    error: `Nhập số nguyên từ ${bounds.min} đến ${bounds.max}`,
  })
}
