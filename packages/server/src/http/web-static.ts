// The built web app and compression (ADR 032). Vite names every file under /assets/ by its
// content hash, so a browser may keep it for a year without asking again; index.html names the
// current hashes and is revalidated on every visit. The build writes .br and .gz beside each
// file (brotli at its best level, done once), served as they are; API answers are compressed
// on the fly at a cheap level.
import compress from '@fastify/compress'
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static'
import { AppError } from '@antq/core'
import type { FastifyInstance } from 'fastify'
import { sendError } from './errors'

const UNKNOWN_ROUTE = new AppError('NOT_FOUND', 'Không tìm thấy địa chỉ này')
export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** JSON, HTML, scripts, styles, SVG and CSV; not NDJSON (the import's progress must flow line by
 * line, a compressor would hold it back) and not files that are already compressed. */
const COMPRESSIBLE = /^(?:text\/(?!event-stream)|application\/(?:json|javascript|xml)|image\/svg)/u

/** Brotli or gzip for every compressible answer of 1 KB or more the build did not compress. */
export async function registerCompression(app: FastifyInstance) {
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE,
  })
}

function setCacheHeaders(res: SetHeadersResponse, filePath: string) {
  const hashed = /[\\/]assets[\\/]/u.test(filePath)
  res.setHeader('cache-control', hashed ? IMMUTABLE : 'no-cache')
  res.setHeader('vary', 'accept-encoding')
}

/** Serves `root` (the web build); any other non-API GET gets index.html (client routing). */
export async function registerWebApp(app: FastifyInstance, root: string) {
  // wildcard: files are looked up per request, so a rebuilt web app needs no restart.
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: setCacheHeaders,
  })
  app.setNotFoundHandler((request, reply) => {
    // A missing hashed file (an old page asking after a new release) must not get index.html,
    // which the browser would then try to run as a script and keep for a year.
    const url = request.url
    if (request.method === 'GET' && !url.startsWith('/api/') && !url.startsWith('/assets/'))
      return reply.sendFile('index.html')
    return sendError(request, reply, UNKNOWN_ROUTE)
  })
}

export function registerNoWebApp(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) => sendError(request, reply, UNKNOWN_ROUTE))
}
