// A bordered table of figures for an upward report (targets, the levels that reported).
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import { TEXT_WIDTH, createRun } from '../layout'
import type { UpwardReportTableView } from './upward-report-view'

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE }

/** The first column (STT) narrow, the second (what is counted) wide, the figures even. */
function columnWidths(count: number): number[] {
  if (count <= 1) return [TEXT_WIDTH]
  const first = 600
  const rest = TEXT_WIDTH - first
  const second = count === 2 ? rest : Math.floor(rest * 0.4)
  const other = count > 2 ? Math.floor((rest - second) / (count - 2)) : 0
  return [first, second, ...Array.from({ length: count - 2 }, () => other)]
}

export function createUpwardReportTable(table: UpwardReportTableView): Table {
  const widths = columnWidths(table.columns.length)
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [table.columns, ...table.rows].map(
      (cells, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          cantSplit: true,
          children: widths.map(
            (width, at) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                margins: { top: 40, bottom: 40, left: 60, right: 60 },
                verticalAlign: VerticalAlignTable.CENTER,
                children: [
                  new Paragraph({
                    alignment: at === 1 && rowIndex > 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
                    spacing: { before: 0, after: 0, line: 240 },
                    children: [createRun(cells[at] ?? '', { size: 12, bold: rowIndex === 0 })],
                  }),
                ],
              }),
          ),
        }),
    ),
  })
}
