// Test support for award documents: DOCX bytes → PDF through the package's one LibreOffice
// helper, then the words with their boxes (pdftotext -bbox), page sizes, fonts and the box
// the text fills, in points (1 mm = 72 / 25.4 pt).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { convertToPdf, hasSoffice, runPoppler } from '../../../test/helpers/libreoffice'

export { collapseSpace, extractPdfText, hasSoffice } from '../../../test/helpers/libreoffice'
export { readDocxText, readZipText } from '../../../test/helpers/read-zip-entry'

export const PT_PER_MM = 72 / 25.4

export type PdfWord = {
  page: number
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  text: string
}

export type ConvertedPdf = { dir: string; pdfPath: string; dispose: () => void }

/** Writes the DOCX to a fresh folder and converts it; dispose() removes the folder. */
export function convertDocxBytes(bytes: Uint8Array, name: string): ConvertedPdf {
  if (!hasSoffice) throw new Error('soffice is not installed')
  const dir = mkdtempSync(join(tmpdir(), `antq-${name}-`))
  const docxPath = join(dir, `${name}.docx`)
  writeFileSync(docxPath, bytes)
  const { pdfPath } = convertToPdf(docxPath, dir)
  return { dir, pdfPath, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

export function readPdfWords(pdfPath: string): PdfWord[] {
  const xml = runPoppler('pdftotext', ['-bbox', pdfPath, '-']).normalize('NFC')
  const words: PdfWord[] = []
  let page = 0
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page += 1
    const match = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</.exec(
      line,
    )
    if (match)
      words.push({
        page,
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
        text: decodeEntities(match[5] ?? ''),
      })
  }
  return words
}

/** Width and height in points of every page. */
export function readPageSizes(pdfPath: string): { width: number; height: number }[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(runPoppler('pdfinfo', [pdfPath]))?.[1] ?? 0)
  const info = runPoppler('pdfinfo', ['-f', '1', '-l', String(pages), pdfPath])
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }))
}

/** Font names from pdffonts, each with whether it is embedded. */
export function readPdfFonts(pdfPath: string): { name: string; embedded: boolean }[] {
  const rows = runPoppler('pdffonts', [pdfPath]).trim().split('\n').slice(2)
  return rows.map((row) => ({
    name: row.split(/\s+/)[0] ?? '',
    embedded: /\byes\s+yes\b/.test(row),
  }))
}

/** The box all words of a page fill, leaving out the page number centred in the top margin. */
export function measureTextBox(words: readonly PdfWord[], page: number) {
  const body = words.filter(
    (word) => word.page === page && !(word.yMax < 50 && /^\d+$/.test(word.text)),
  )
  return {
    left: Math.min(...body.map((word) => word.xMin)),
    right: Math.max(...body.map((word) => word.xMax)),
    top: Math.min(...body.map((word) => word.yMin)),
    bottom: Math.max(...body.map((word) => word.yMax)),
  }
}

/** The run of consecutive words on a page that spells `phrase`, or undefined. */
export function findPhrase(words: readonly PdfWord[], page: number, phrase: string) {
  const parts = phrase.split(/\s+/)
  const onPage = words.filter((word) => word.page === page)
  for (let i = 0; i + parts.length <= onPage.length; i += 1) {
    const run = onPage.slice(i, i + parts.length)
    if (run.every((word, at) => word.text === parts[at]))
      return {
        xMin: Math.min(...run.map((word) => word.xMin)),
        xMax: Math.max(...run.map((word) => word.xMax)),
        yMin: Math.min(...run.map((word) => word.yMin)),
      }
  }
  return undefined
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
}
