// POST an import file and read the server's NDJSON progress stream line by line.
import type { UnitVersion } from '@antq/core'
import { apiFetch, withQuery } from '../../api/client'
import type { ImportEvent } from '../../api/types'

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export function startImport(
  file: File,
  version: UnitVersion,
  dryRun: boolean,
  signal: AbortSignal,
): Promise<Response> {
  const body = new FormData()
  body.append('file', file, file.name)
  const path = withQuery('/api/units/import', { version, dryRun })
  return apiFetch(path, {
    method: 'POST',
    body,
    signal,
    headers: { accept: 'application/x-ndjson' },
  })
}

function parseLine(line: string): ImportEvent | null {
  const text = line.trim()
  if (!text) return null
  try {
    const value = JSON.parse(text) as unknown
    return typeof value === 'object' && value !== null && 'type' in value
      ? (value as ImportEvent)
      : null
  } catch {
    return null
  }
}

/** Calls `onEvent` for every complete JSON line as it arrives (the last line may lack "\n"). */
export async function readNdjson(
  response: Response,
  onEvent: (event: ImportEvent) => void,
): Promise<void> {
  if (!response.body) {
    for (const line of (await response.text()).split('\n')) {
      const event = parseLine(line)
      if (event) onEvent(event)
    }
    return
  }
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  for (;;) {
    const { done, value } = await reader.read()
    buffer += decoder.decode(value, { stream: !done })
    const lines = buffer.split('\n')
    buffer = done ? '' : (lines.pop() ?? '')
    for (const line of lines) {
      const event = parseLine(line)
      if (event) onEvent(event)
    }
    if (done) return
  }
}
