// One place that turns NĐ 30 content into a .docx: A4 and margins, Times New Roman, and page
// numbers centred in the top margin from page 2 (page 1 gets an empty first-page header).
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  Paragraph,
  TextRun,
  PageNumber,
  type FileChild,
} from 'docx'
import {
  A4_PAGE,
  BODY_SPACING,
  ND30_FONT,
  ND30_MARGINS,
  ND30_SIZES,
  ptToHalfPoints,
} from './page-setup'

export type Nd30DocumentOptions = {
  /** Document properties shown by Word (File → Info). */
  title: string
  children: readonly FileChild[]
}

export function createNd30Document(options: Nd30DocumentOptions): Document {
  return new Document({
    title: options.title,
    creator: 'ANTQ',
    styles: {
      default: {
        document: {
          run: {
            font: ND30_FONT,
            size: ptToHalfPoints(ND30_SIZES.body),
            language: { value: 'vi-VN' },
          },
          paragraph: { spacing: BODY_SPACING },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4_PAGE.width, height: A4_PAGE.height },
            margin: ND30_MARGINS,
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: createPageNumberHeader(),
        },
        children: [...options.children],
      },
    ],
  })
}

/** Pack a document into .docx bytes without touching the file system. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

function createPageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            size: ptToHalfPoints(ND30_SIZES.pageNumber),
          }),
        ],
      }),
    ],
  })
}
