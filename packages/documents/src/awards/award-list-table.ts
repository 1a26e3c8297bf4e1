// The danh sách as a bordered table, written straight as WordprocessingML. An attached list can
// run to thousands of rows, and docx's object tree costs about 2 s and 600 MB for 1,000 rows;
// a string costs milliseconds. Borders and cell margins are set once on the table, and the
// header row repeats on every page.
import { fitColumnWidths, ptToHalfPoints } from '../layout'
import { groupAwardEntries, selectListColumns } from './award-list-columns'
import type { AwardEntryView } from './award-views'

const TABLE_SIZE = ptToHalfPoints(13)
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'

export function createAwardListTableXml(
  entries: readonly AwardEntryView[],
  tableWidth: number,
): string {
  const columns = selectListColumns(entries)
  const widths = fitColumnWidths(
    columns.map((column) => column.header),
    columns.map((column) => column.weight),
    tableWidth,
    13,
    160,
  )
  const total = widths.reduce((sum, width) => sum + width, 0)
  const parts: string[] = [
    // CT_TblPr order matters to Word: width, borders, layout, cell margins.
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/>`,
    '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>',
    `</w:tblPr><w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`,
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
    ...columns.map((column, at) => cell(column.header, widths[at] ?? 0, true, true)),
    '</w:tr>',
  ]
  for (const group of groupAwardEntries(entries)) {
    parts.push(
      `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${total}" w:type="dxa"/><w:gridSpan w:val="${widths.length}"/></w:tcPr>`,
      // The group's title row stays with its first entry, never alone at a page's foot.
      `${paragraph(`${group.numeral}. ${group.title}`, false, true, true)}</w:tc></w:tr>`,
    )
    group.entries.forEach((entry, index) => {
      parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>')
      columns.forEach((column, at) =>
        parts.push(cell(column.read(entry, index), widths[at] ?? 0, at === 0, at === 1)),
      )
      parts.push('</w:tr>')
    })
  }
  parts.push('</w:tbl>')
  return parts.join('')
}

function cell(text: string, width: number, center: boolean, bold: boolean): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${paragraph(text, center, bold)}</w:tc>`
}

function paragraph(text: string, center: boolean, bold: boolean, keepNext = false): string {
  return (
    `<w:p><w:pPr>${keepNext ? '<w:keepNext/>' : ''}<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="${center ? 'center' : 'left'}"/></w:pPr>` +
    `<w:r><w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${TABLE_SIZE}"/><w:szCs w:val="${TABLE_SIZE}"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
  )
}

/** Text content of an XML element; control characters Word cannot store are dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- Word refuses these characters in text.
  const printable = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  return printable
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
