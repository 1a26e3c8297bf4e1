// How every sheet ANTQ gives out prints: A4, one page wide (as many pages down as it takes), the
// header row repeated on each page, the margins of NĐ 30/2020/NĐ-CP (Phụ lục I) and the page
// number at the top centre from page 2, as on an administrative document.
import type ExcelJS from 'exceljs'
import { ND30_FONT, ND30_MARGINS_MM } from '../layout/page-setup'

/** exceljs sizes margins in inches; two decimals is what Excel shows. */
export function mmToInches(mm: number): number {
  return Math.round((mm / 25.4) * 100) / 100
}

/** Top/bottom 20 mm, left 30 mm, right 15 mm; header and footer 10 mm from the edge. */
export const ND30_SHEET_MARGINS = {
  top: mmToInches(ND30_MARGINS_MM.top),
  bottom: mmToInches(ND30_MARGINS_MM.bottom),
  left: mmToInches(ND30_MARGINS_MM.left),
  right: mmToInches(ND30_MARGINS_MM.right),
  header: mmToInches(10),
  footer: mmToInches(10),
} as const

/** Excel's paper size code of A4. */
export const A4_PAPER = 9
export const SHEET_FONT = { name: ND30_FONT, size: 12 } as const

export type SheetOrientation = 'portrait' | 'landscape'

export function printSetupOf(
  orientation: SheetOrientation,
  headerRow: number,
): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: A4_PAPER,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { ...ND30_SHEET_MARGINS },
  }
}

/** The page number, top centre, not on the first page (NĐ 30). */
export function numberPages(sheet: ExcelJS.Worksheet): void {
  sheet.headerFooter.differentFirst = true
  sheet.headerFooter.firstHeader = ''
  sheet.headerFooter.oddHeader = `&C&"${ND30_FONT},Regular"&12&P`
}
