// Small helpers shared by the API tests: error bodies, multipart uploads, NDJSON results.
import type { LightMyRequestResponse } from 'fastify'
import type { Deps } from '../src/deps'
import type { Client } from './harness'

export type ErrorBody = {
  error: {
    code: string
    message: string
    details: { row?: number; column?: string; path?: string; message: string }[]
  }
}

/** Asserts nothing by itself: returns status and error code so one `toEqual` checks both. */
export function errorOf(response: LightMyRequestResponse) {
  const body = response.json<ErrorBody>()
  return { status: response.statusCode, code: body.error?.code }
}

/** A multipart/form-data body with one `file` field, built by hand like a browser would. */
export function multipart(
  fileName: string,
  content: string | Uint8Array,
  contentType = 'text/csv',
) {
  const boundary = `----antq${Math.random().toString(16).slice(2)}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const payload = Buffer.concat([
    head,
    typeof content === 'string' ? Buffer.from(content) : Buffer.from(content),
    tail,
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

export type ImportResultLine = {
  type: 'result'
  ok: boolean
  dryRun: boolean
  created?: number
  updated?: number
  unchanged?: number
  errors: { row: number; column: string; message: string }[]
  error?: { code: string; message: string }
}

/** Every NDJSON line of a streamed response. */
export function ndjsonLines(response: LightMyRequestResponse): { type: string }[] {
  return response.body
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { type: string })
}

/** POST a file to the unit importer and return the final NDJSON line. */
export async function importFile(
  client: Client,
  options: {
    fileName: string
    content: string | Uint8Array
    version?: string
    dryRun?: boolean
    contentType?: string
  },
) {
  const body = multipart(options.fileName, options.content, options.contentType)
  const response = await client.request({
    method: 'POST',
    url: `/api/units/import?version=${options.version ?? '2025'}&dryRun=${String(options.dryRun ?? false)}`,
    ...body,
  })
  const lines = ndjsonLines(response)
  const last = lines.at(-1) as ImportResultLine | undefined
  if (!last || last.type !== 'result')
    throw new Error(`no result line: ${response.statusCode} ${response.body}`)
  return { response, lines, result: last }
}

/** CSV text with the given columns; values containing commas or quotes are quoted. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, string | number | undefined>[],
): string {
  const cell = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value)
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return (
    [
      columns.join(','),
      ...rows.map((row) => columns.map((column) => cell(row[column])).join(',')),
    ].join('\n') + '\n'
  )
}

export async function countUnits(deps: Deps, version?: string): Promise<number> {
  let query = deps.db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n'))
  if (version) query = query.where('version', '=', version)
  return Number((await query.executeTakeFirstOrThrow()).n)
}

export async function countAudit(deps: Deps): Promise<number> {
  const row = await deps.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Today's date in Vietnam (UTC+7), shifted by whole days, as yyyy-mm-dd. */
export function vnDate(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
}
