// The LibreOffice half of every award document's test: convert the rendered DOCX once for the
// block (skipped where soffice is missing), then check its texts and its NĐ 30 pages.
import { afterAll, beforeAll, describe, expect } from 'vitest'
import type { PageOrientationName } from '../award-document'
import {
  collapseSpace,
  convertDocxBytes,
  extractPdfText,
  hasSoffice,
  readPdfWords,
  type ConvertedPdf,
} from './award-pdf'
import { expectA4Pages, expectLiberationSerif, expectNd30Margins } from './expect-nd30-pdf'

/**
 * "<title>: PDF through LibreOffice", skipped without soffice. `docx` is read in the block's
 * beforeAll (after the file's own), and the tests get the converted file from `pdfPath()`.
 */
export function describePdf(
  title: string,
  name: string,
  docx: () => Uint8Array,
  tests: (pdfPath: () => string) => void,
) {
  describe.skipIf(!hasSoffice)(`${title}: PDF through LibreOffice`, () => {
    let pdf: ConvertedPdf | undefined
    beforeAll(() => {
      pdf = convertDocxBytes(docx(), name)
    }, 150_000)
    afterAll(() => pdf?.dispose())
    tests(() => {
      if (!pdf) throw new Error(`${name} was not converted`)
      return pdf.pdfPath
    })
  })
}

/** Every expected text is in the PDF, diacritics included. */
export function expectPdfTexts(pdfPath: string, expected: readonly string[]) {
  const text = collapseSpace(extractPdfText(pdfPath))
  for (const each of expected) expect(text).toContain(each)
}

/**
 * A4 pages in these orientations, Liberation Serif embedded, every page inside the NĐ 30
 * margins (`reachesLeft` per page index: see expectNd30Margins). Returns the page sizes.
 */
export function expectNd30Pdf(
  pdfPath: string,
  orientations: readonly PageOrientationName[],
  reachesLeft: (index: number) => boolean = () => true,
) {
  const sizes = expectA4Pages(pdfPath, orientations)
  expectLiberationSerif(pdfPath)
  const words = readPdfWords(pdfPath)
  sizes.forEach((size, index) => expectNd30Margins(words, index + 1, size, reachesLeft(index)))
  return sizes
}
