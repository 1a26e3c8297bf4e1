import { PassThrough } from 'node:stream'
import { formatDateVi, vietnamDateOf } from '@antq/core'
import { nameSpreadsheetFile, renderUnitImportTemplate } from '@antq/documents'
import type { FastifyRequest } from 'fastify'
import { sendDownload } from '../../http/download'
import { defineRoute } from '../../http/route'
import { toAppError } from '../../http/errors'
import { readUpload as readFileUpload } from '../../http/upload'
import { ImportQuery } from './units.schemas'
import { importUnits } from './units-import.service'
import { MAX_IMPORT_BYTES } from './units-import.reader'

/** The uploaded file; a broken or cut-off upload is the sender's fault, not ours. */
async function readUpload(request: FastifyRequest) {
  const { fileName, buffer } = await readFileUpload(request, MAX_IMPORT_BYTES)
  return { fileName, content: buffer }
}

export const unitImportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/units/import/template',
    access: { kind: 'permission', permission: 'units:import', scope: 'none' },
    handler: async ({ deps, reply }) => {
      const bytes = await renderUnitImportTemplate({
        date: formatDateVi(vietnamDateOf(deps.now())),
      })
      const fileName = nameSpreadsheetFile(['Mẫu nhập danh sách đơn vị'])
      return sendDownload(reply, { fileName, bytes }, 'xlsx')
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/units/import',
    access: { kind: 'permission', permission: 'units:import', scope: 'actor-subtree' },
    schemas: { query: ImportQuery },
    rawBody: true,
    // Progress goes out as NDJSON lines while the import runs; the last line is the result.
    handler: async ({ deps, actor, query, request, reply }) => {
      const upload = await readUpload(request)
      const stream = new PassThrough()
      const write = (line: unknown) => stream.write(`${JSON.stringify(line)}\n`)
      reply.header('content-type', 'application/x-ndjson; charset=utf-8').send(stream)
      let lastSent = 0
      try {
        const result = await importUnits(deps, actor, {
          version: query.version,
          dryRun: query.dryRun,
          fileName: upload.fileName,
          bytes: upload.content,
          onProgress: (progress) => {
            if (Date.now() - lastSent < 100 && progress.done !== progress.total) return
            lastSent = Date.now()
            write({ type: 'progress', ...progress })
          },
        })
        write({ type: 'result', ...result })
      } catch (error) {
        const appError = toAppError(error)
        if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'import failed')
        write({
          type: 'result',
          ok: false,
          dryRun: query.dryRun,
          errors: appError.details,
          error: { code: appError.code, message: appError.message },
        })
      }
      stream.end()
      return reply
    },
  }),
]
