// Award documents as one .docx of one or more sections: a Quyết định in portrait followed by its
// attached list in landscape, say. NĐ 30 gives one set of margins and does not change them for
// landscape pages, so each orientation keeps top/bottom 20, left 30 and right 15 mm.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageBorderOffsetFrom,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx'
import {
  A4_PAGE,
  BODY_SPACING,
  ND30_FONT,
  ND30_MARGINS,
  ND30_SIZES,
  TEXT_WIDTH,
  ptToHalfPoints,
} from '../layout'

/** 24 pt in from every edge of the sheet, so the frame is even whatever the margins. */
const PAGE_BORDER_LINE = { style: BorderStyle.DOUBLE, size: 12, color: '000000', space: 24 }
const PAGE_BORDER = {
  pageBorders: { offsetFrom: PageBorderOffsetFrom.PAGE },
  pageBorderTop: PAGE_BORDER_LINE,
  pageBorderBottom: PAGE_BORDER_LINE,
  pageBorderLeft: PAGE_BORDER_LINE,
  pageBorderRight: PAGE_BORDER_LINE,
}

export type PageOrientationName = 'portrait' | 'landscape'

export type AwardSection = {
  orientation: PageOrientationName
  children: readonly FileChild[]
  /** A double frame around the page, as printed certificates have. */
  pageBorder?: boolean
}

/** Width between the margins of a page in that orientation, in twips. */
export function textWidthOf(orientation: PageOrientationName): number {
  return orientation === 'portrait'
    ? TEXT_WIDTH
    : A4_PAGE.height - ND30_MARGINS.left - ND30_MARGINS.right
}

/**
 * The page number shows from page 2 on: the first section's first page gets an empty header;
 * later sections number every page and keep counting.
 */
export function createAwardDocument(title: string, sections: readonly AwardSection[]): Document {
  return new Document({
    title,
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
    sections: sections.map((section, index) => toSectionOptions(section, index === 0)),
  })
}

function toSectionOptions(section: AwardSection, first: boolean): ISectionOptions {
  const pageNumbers = createPageNumberHeader()
  return {
    properties: {
      titlePage: first,
      page: {
        // docx swaps width and height itself for landscape pages.
        size: {
          width: A4_PAGE.width,
          height: A4_PAGE.height,
          orientation:
            section.orientation === 'portrait'
              ? PageOrientation.PORTRAIT
              : PageOrientation.LANDSCAPE,
        },
        margin: ND30_MARGINS,
        ...(section.pageBorder === true ? { borders: PAGE_BORDER } : {}),
      },
    },
    headers: first
      ? { first: new Header({ children: [new Paragraph({ children: [] })] }), default: pageNumbers }
      : { default: pageNumbers },
    children: [...section.children],
  }
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
