// The danh sách as DOCX (A4 landscape, NĐ 30 header, bordered table) and as XLSX.
import ExcelJS from 'exceljs'
import { createLayoutTable, createTableSeparator } from '../layout'
import { createSignature } from '../layout/closing-block'
import { createBodiesHeader, createListTitle } from './award-blocks'
import { createAwardDocument, textWidthOf } from './award-document'
import { createAwardListTableXml } from './award-list-table'
import { createRawBlockMarker, packDocxWithRawBlocks } from './raw-xml-blocks'
import type { AwardListView } from './award-list-view'
import { addAwardListSheet, writeWorkbook } from './award-list-sheet'

export const AWARD_LIST_SHEET = 'Danh sách'

export async function renderAwardListDocx(view: AwardListView): Promise<Uint8Array> {
  const width = textWidthOf('landscape')
  const signature =
    view.signer === null
      ? []
      : [
          createLayoutTable(
            [Math.round(width / 2), width - Math.round(width / 2)],
            [[[], createSignature(view.signer)]],
          ),
        ]
  const document = createAwardDocument(`Danh sách - ${view.title}`, [
    {
      orientation: 'landscape',
      children: [
        createBodiesHeader(view.superiorBody, view.issuerName, 'landscape'),
        ...createListTitle(view.title, view.reference),
        createRawBlockMarker('list'),
        // A paragraph between the two tables: LibreOffice merges adjacent tables into one and
        // the merged table takes the borderless signature table's borders.
        ...(signature.length === 0 ? [] : [createTableSeparator()]),
        ...signature,
      ],
    },
  ])
  return packDocxWithRawBlocks(document, { list: createAwardListTableXml(view.entries, width) })
}

export async function renderAwardListXlsx(view: AwardListView): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'ANTQ'
  workbook.title = `Danh sách - ${view.title}`
  addAwardListSheet(workbook, {
    sheetName: AWARD_LIST_SHEET,
    title: view.title,
    reference: view.reference,
    entries: view.entries,
  })
  return writeWorkbook(workbook)
}
