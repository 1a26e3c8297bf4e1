// Borders as they are in a PDF LibreOffice wrote: the stroked lines of a page (pdftocairo -svg)
// and the words with their boxes (pdftotext -bbox), so a test can ask whether a word sits in a
// cell ruled on all four sides, on the page itself rather than in the DOCX's markup.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

type Segment = { x1: number; y1: number; x2: number; y2: number }
export type PdfWord = {
  page: number
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  text: string
}

/** Straight stroked segments of one page, in points from the top-left corner. */
export function readRulings(pdfPath: string, page: number): Segment[] {
  const dir = mkdtempSync(join(tmpdir(), 'antq-rulings-'))
  try {
    const svgPath = join(dir, 'page.svg')
    execFileSync('pdftocairo', ['-svg', '-f', String(page), '-l', String(page), pdfPath, svgPath])
    const svg = readFileSync(svgPath, 'utf8')
    const body = svg.slice(svg.indexOf('</defs>'))
    const segments: Segment[] = []
    for (const match of body.matchAll(
      /<path style="[^"]*stroke:rgb\([^"]*" d="([^"]*)"(?: transform="matrix\(([^)]*)\)")?/g,
    )) {
      const [a, , , d, e, f] = (match[2] ?? '1,0,0,1,0,0').split(',').map(Number)
      const points = [...(match[1] ?? '').matchAll(/([ML]) ([-\d.]+) ([-\d.]+)/g)]
      for (let at = 1; at < points.length; at += 1) {
        const from = points[at - 1]
        const to = points[at]
        if (!from || !to || to[1] !== 'L') continue
        segments.push({
          x1: (a ?? 1) * Number(from[2]) + (e ?? 0),
          y1: (d ?? 1) * Number(from[3]) + (f ?? 0),
          x2: (a ?? 1) * Number(to[2]) + (e ?? 0),
          y2: (d ?? 1) * Number(to[3]) + (f ?? 0),
        })
      }
    }
    return segments
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function readWords(pdfPath: string): PdfWord[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8' }).normalize(
    'NFC',
  )
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
        text: (match[5] ?? '').replace(/&amp;/g, '&'),
      })
  }
  return words
}

/** Whether ruled lines close the word in on all four sides within `reach` points. */
export function isRuledAround(word: PdfWord, rulings: readonly Segment[], reach = 60): boolean {
  const midX = (word.xMin + word.xMax) / 2
  const midY = (word.yMin + word.yMax) / 2
  const vertical = rulings.filter((s) => Math.abs(s.x1 - s.x2) < 0.5)
  const horizontal = rulings.filter((s) => Math.abs(s.y1 - s.y2) < 0.5)
  const spansY = (s: Segment) => Math.min(s.y1, s.y2) <= midY && midY <= Math.max(s.y1, s.y2)
  const spansX = (s: Segment) => Math.min(s.x1, s.x2) <= midX && midX <= Math.max(s.x1, s.x2)
  return (
    vertical.some((s) => spansY(s) && s.x1 <= word.xMin && word.xMin - s.x1 < reach) &&
    vertical.some((s) => spansY(s) && s.x1 >= word.xMax && s.x1 - word.xMax < reach * 8) &&
    horizontal.some((s) => spansX(s) && s.y1 <= word.yMin && word.yMin - s.y1 < reach) &&
    horizontal.some((s) => spansX(s) && s.y1 >= word.yMax && s.y1 - word.yMax < reach * 4)
  )
}
