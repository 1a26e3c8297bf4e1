// The danh sách as a bordered DOCX table: a header row repeated on every page, a group row
// per subject kind, then numbered rows. Built row by row with no per-row lookups, so a
// 1,000-row attached list costs one pass.
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
import { createRun } from '../layout'
import { groupAwardEntries, selectListColumns, type AwardListColumn } from './award-list-columns'
import type { AwardEntryView } from './award-views'

const TABLE_SIZE = 13
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE }
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 }

export function createAwardListTable(
  entries: readonly AwardEntryView[],
  tableWidth: number,
): Table {
  const columns = selectListColumns(entries)
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0)
  const widths = columns.map((column) => Math.floor((column.weight / totalWeight) * tableWidth))
  const rows = [createHeaderRow(columns, widths)]
  for (const group of groupAwardEntries(entries)) {
    rows.push(createGroupRow(`${group.numeral}. ${group.title}`, widths))
    group.entries.forEach((entry, index) =>
      rows.push(
        new TableRow({
          cantSplit: true,
          children: columns.map((column, at) =>
            createCell(column.read(entry, index), widths[at] ?? 0, {
              center: at === 0,
              bold: at === 1,
            }),
          ),
        }),
      ),
    )
  }
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows,
  })
}

function createHeaderRow(columns: readonly AwardListColumn[], widths: readonly number[]) {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, at) =>
      createCell(column.header, widths[at] ?? 0, { center: true, bold: true }),
    ),
  })
}

function createGroupRow(text: string, widths: readonly number[]) {
  const total = widths.reduce((sum, width) => sum + width, 0)
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: widths.length,
        width: { size: total, type: WidthType.DXA },
        margins: CELL_MARGINS,
        borders: BORDERS,
        children: [createCellParagraph(text, { bold: true, center: false })],
      }),
    ],
  })
}

function createCell(
  text: string,
  width: number,
  style: { center: boolean; bold: boolean },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    borders: BORDERS,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [createCellParagraph(text, style)],
  })
}

function createCellParagraph(text: string, style: { center: boolean; bold: boolean }): Paragraph {
  return new Paragraph({
    alignment: style.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0, line: 240 },
    children: [createRun(text, { size: TABLE_SIZE, bold: style.bold })],
  })
}
