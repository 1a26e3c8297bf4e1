// One uploaded file (a statistics workbook, an event's or an activity's photo), bounded in size
// and, when it is a zip, measured before it is parsed (http/upload.ts).
import type { FastifyRequest } from 'fastify'
import { readUpload as readFileUpload } from '../../http/upload'

export const MAX_STATISTICS_IMPORT_BYTES = 2 * 1024 * 1024

export async function readUpload(request: FastifyRequest, maxBytes = MAX_STATISTICS_IMPORT_BYTES) {
  const { fileName, buffer } = await readFileUpload(request, maxBytes)
  return { fileName, bytes: new Uint8Array(buffer) }
}
