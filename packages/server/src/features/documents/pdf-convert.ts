// DOCX → PDF through LibreOffice when it is installed (`soffice --headless --convert-to pdf`),
// in a private temporary directory and profile so parallel conversions never share state.
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { AppError } from '@antq/core'

const run = promisify(execFile)
const CANDIDATES = ['soffice', 'libreoffice']

let found: Promise<string | null> | undefined

/** The LibreOffice binary on PATH, or null. Looked up once per process. */
export function findSoffice(): Promise<string | null> {
  found ??= (async () => {
    for (const name of CANDIDATES) {
      try {
        await run('which', [name])
        return name
      } catch {
        // not this one
      }
    }
    return null
  })()
  return found
}

export async function convertToPdf(bytes: Uint8Array, baseName: string): Promise<Uint8Array> {
  const soffice = await findSoffice()
  if (!soffice)
    throw new AppError(
      'VALIDATION',
      'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải DOCX',
    )
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'antq-pdf-'))
  try {
    const input = path.join(dir, `${baseName}.docx`)
    await fs.writeFile(input, bytes)
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    )
    return new Uint8Array(await fs.readFile(path.join(dir, `${baseName}.pdf`)))
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
