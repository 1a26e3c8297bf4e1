// Run LibreOffice and poppler from tests. Each conversion gets its own profile directory so
// parallel test files (and a desktop LibreOffice) never fight over one user installation.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export function isOnPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, command)))
}

export const hasSoffice = isOnPath('soffice')

/** Convert a .docx to PDF in `outDir`; returns the PDF path and how long it took. */
export function convertToPdf(
  docxPath: string,
  outDir: string,
): { pdfPath: string; milliseconds: number } {
  const profile = pathToFileURL(join(outDir, 'lo-profile')).href
  const started = Date.now()
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      docxPath,
    ],
    { timeout: 120_000, stdio: 'pipe' },
  )
  const pdfPath = join(outDir, docxPath.replace(/^.*[\\/]/, '').replace(/\.docx$/, '.pdf'))
  if (!existsSync(pdfPath)) throw new Error(`LibreOffice did not write ${pdfPath}`)
  return { pdfPath, milliseconds: Date.now() - started }
}

export function runPoppler(
  command: 'pdftotext' | 'pdffonts' | 'pdfinfo',
  args: readonly string[],
): string {
  return execFileSync(command, [...args], { encoding: 'utf8', timeout: 30_000 })
}

/** pdftotext of some pages, whitespace collapsed so wrapped lines compare as one string. */
export function extractPdfText(pdfPath: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []
  return runPoppler('pdftotext', [...range, pdfPath, '-']).normalize('NFC')
}

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
