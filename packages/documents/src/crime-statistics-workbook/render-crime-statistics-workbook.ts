// The crime statistics template of a unit's year as XLSX: title, unit and year, a header row in
// Vietnamese, one row per month with the figures already entered; every figure cell accepts
// whole numbers from 0 to the bound only; locked months are grey and noted; printed landscape
// on A4, one page wide, the header repeated.
import ExcelJS from 'exceljs'
import {
  CRIME_STATISTICS_LAYOUT,
  CRIME_STATISTICS_LOCKED_NOTE,
  CRIME_STATISTICS_MONTH_HEADER,
  CRIME_STATISTICS_NOTE_HEADER,
  CRIME_STATISTICS_SHEET,
  type CrimeStatisticsWorkbookView,
} from './crime-statistics-workbook-view'

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const
const BORDER = { style: 'thin' } as const

export async function renderCrimeStatisticsWorkbook(
  view: CrimeStatisticsWorkbookView,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  workbook.title = `Số liệu tội phạm – ${view.unitName} – ${view.year}`
  const sheet = workbook.addWorksheet(CRIME_STATISTICS_SHEET, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${CRIME_STATISTICS_LAYOUT.headerRow}:${CRIME_STATISTICS_LAYOUT.headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  })
  const { unitRow, yearRow, headerRow } = CRIME_STATISTICS_LAYOUT
  const last = view.columns.length + 2
  sheet.getCell(1, 1).value =
    'SỐ LIỆU TỘI PHẠM, TIN BÁO VÀ KẾT QUẢ ĐẤU TRANH, PHÒNG NGỪA THEO THÁNG'
  sheet.getCell(1, 1).font = { bold: true, size: 13 }
  sheet.mergeCells(1, 1, 1, last)
  sheet.getCell(unitRow, 1).value = 'Đơn vị'
  sheet.getCell(unitRow, 2).value = view.unitName
  sheet.getCell(yearRow, 1).value = 'Năm'
  sheet.getCell(yearRow, 2).value = view.year
  sheet.getCell(headerRow - 1, 1).value =
    'Chỉ nhập số nguyên không âm vào các ô số liệu; để trống ô chưa có số liệu. Tháng đã khóa sổ (màu xám) không sửa qua tệp.'
  sheet.getCell(headerRow - 1, 1).font = { italic: true, size: 9 }
  const header = sheet.getRow(headerRow)
  header.values = [
    CRIME_STATISTICS_MONTH_HEADER,
    ...view.columns.map((column) => column.header),
    CRIME_STATISTICS_NOTE_HEADER,
  ]
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
  header.height = 90
  sheet.getColumn(1).width = 10
  sheet.getColumn(1).numFmt = '@'
  view.columns.forEach((_, i) => (sheet.getColumn(i + 2).width = 14))
  sheet.getColumn(last).width = 14
  view.rows.forEach((row, r) => {
    const excel = sheet.getRow(headerRow + 1 + r)
    excel.values = [row.month, ...row.values, row.locked ? CRIME_STATISTICS_LOCKED_NOTE : null]
    for (let c = 1; c <= last; c++) {
      const cell = excel.getCell(c)
      cell.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER }
      if (row.locked) cell.fill = GREY
      if (c === 1 || c === last) continue
      cell.dataValidation = {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [0, view.max],
        showErrorMessage: true,
        errorTitle: 'Số liệu không hợp lệ',
        error: `Nhập số nguyên từ 0 đến ${view.max}`,
      }
    }
  })
  header.eachCell(
    (cell) => (cell.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER }),
  )
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: headerRow }]
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
