// Shared assertions on a converted award document: A4 pages in the expected orientation,
// Liberation Serif (Times New Roman's metric twin) embedded, and text kept inside the NĐ 30
// margins — top/bottom 20 mm, left 30 mm, right 15 mm.
import { expect } from 'vitest'
import type { PageOrientationName } from '../award-document'
import { PT_PER_MM, measureTextBox, readPageSizes, readPdfFonts, type PdfWord } from './award-pdf'

const A4 = { short: 595.3, long: 841.9 }
const TOLERANCE = 1.5
/** pdftotext boxes run from the font's ascent, which clears a line's top by a point or two. */
const VERTICAL_TOLERANCE = 3

export function expectA4Pages(pdfPath: string, orientations: readonly PageOrientationName[]) {
  const sizes = readPageSizes(pdfPath)
  expect(sizes.length).toBeGreaterThanOrEqual(orientations.length)
  sizes.forEach((size, index) => {
    const orientation = orientations[Math.min(index, orientations.length - 1)]
    const [width, height] = orientation === 'portrait' ? [A4.short, A4.long] : [A4.long, A4.short]
    expect(Math.abs(size.width - width), `page ${index + 1} width`).toBeLessThan(1)
    expect(Math.abs(size.height - height), `page ${index + 1} height`).toBeLessThan(1)
  })
  return sizes
}

export function expectLiberationSerif(pdfPath: string) {
  const fonts = readPdfFonts(pdfPath)
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) {
    expect(font.name).toMatch(/LiberationSerif|TimesNewRoman/)
    expect(font.embedded).toBe(true)
  }
}

/**
 * Every word of the page lies inside the NĐ 30 margins; with `reachesLeft` the text also starts
 * at the left margin (a "Nơi nhận" or a table edge), so the margin is 30 mm and not more.
 */
export function expectNd30Margins(
  words: readonly PdfWord[],
  page: number,
  size: { width: number; height: number },
  reachesLeft = true,
) {
  const box = measureTextBox(words, page)
  const mm = (value: number) => value * PT_PER_MM
  expect(box.left, `page ${page} left`).toBeGreaterThanOrEqual(mm(30) - TOLERANCE)
  if (reachesLeft) expect(box.left, `page ${page} left`).toBeLessThan(mm(30) + 6)
  expect(box.right, `page ${page} right`).toBeLessThanOrEqual(size.width - mm(15) + TOLERANCE)
  expect(box.top, `page ${page} top`).toBeGreaterThanOrEqual(mm(20) - VERTICAL_TOLERANCE)
  expect(box.bottom, `page ${page} bottom`).toBeLessThanOrEqual(
    size.height - mm(20) + VERTICAL_TOLERANCE,
  )
}
