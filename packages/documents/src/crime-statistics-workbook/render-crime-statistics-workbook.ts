// The crime statistics template of a unit's year as XLSX, in the shared sheet setup: title,
// "Năm 2024", the unit, a header row in Vietnamese, one row per month with the figures already
// entered and a "Tổng cộng" row summing each kind over the year; every figure cell accepts whole
// numbers from 0 to the bound only; locked months are grey and noted; printed landscape.
import ExcelJS from 'exceljs'
import { createTabularSheet } from '../spreadsheet'
import {
  CRIME_STATISTICS_LOCKED_NOTE,
  CRIME_STATISTICS_MONTH_HEADER,
  CRIME_STATISTICS_NOTE_HEADER,
  CRIME_STATISTICS_SHEET,
  CRIME_STATISTICS_UNIT_LABEL,
  crimeStatisticsPeriod,
  type CrimeStatisticsWorkbookView,
} from './crime-statistics-workbook-view'

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const

export async function renderCrimeStatisticsWorkbook(
  view: CrimeStatisticsWorkbookView,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  workbook.title = `Số liệu tội phạm – ${view.unitName} – ${view.year}`
  const table = createTabularSheet(workbook, {
    name: CRIME_STATISTICS_SHEET,
    title: 'SỐ LIỆU TỘI PHẠM, TIN BÁO VÀ KẾT QUẢ ĐẤU TRANH, PHÒNG NGỪA THEO THÁNG',
    period: crimeStatisticsPeriod(view.year),
    details: [[CRIME_STATISTICS_UNIT_LABEL, view.unitName]],
    note: 'Chỉ nhập số nguyên không âm vào các ô số liệu; để trống ô chưa có số liệu. Tháng đã khóa sổ (màu xám) không sửa qua tệp.',
    orientation: 'landscape',
    frozenColumns: 1,
    columns: [
      { header: CRIME_STATISTICS_MONTH_HEADER, width: 10, format: 'text' },
      ...view.columns.map((column) => ({
        header: column.header,
        width: 14,
        format: 'count' as const,
        whole: { min: 0, max: view.max },
        total: 'sum' as const,
      })),
      { header: CRIME_STATISTICS_NOTE_HEADER, width: 14 },
    ],
  })
  for (const row of view.rows) {
    const excel = table.addRow([
      row.month,
      ...row.values,
      row.locked ? CRIME_STATISTICS_LOCKED_NOTE : null,
    ])
    if (row.locked) for (let c = 1; c <= view.columns.length + 2; c++) excel.getCell(c).fill = GREY
  }
  table.finish()
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
