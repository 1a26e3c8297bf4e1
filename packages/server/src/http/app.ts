import fs from 'node:fs'
import path from 'node:path'
import cookie from '@fastify/cookie'
import multipart from '@fastify/multipart'
import { AppError } from '@antq/core'
import Fastify, { type FastifyInstance } from 'fastify'
import { REPO_ROOT } from '../config'
import type { Deps } from '../deps'
import { sendError } from './errors'
import { generateRequestId, writeClientError } from './framework-errors'
import { configureZodMessages } from './zod-messages'
import { registerRoutes } from './route'
import { ROUTES } from './routes'
import { CONTENT_SECURITY_POLICY } from './security-headers'
import { registerSessionHook } from './session'
import { registerCompression, registerNoWebApp, registerWebApp } from './web-static'

const WEB_DIST = path.join(REPO_ROOT, 'packages/web/dist')
const URL_MAX = 8192

export type AppOptions = {
  /** Pino options: the server logs warnings in development, JSON from info up in production. */
  logger?: boolean | { level: string; stream?: { write: (line: string) => void } }
  serveWeb?: boolean
  /** The web build served when `serveWeb` (packages/web/dist unless a test gives its own). */
  webRoot?: string
  /** Addresses (or CIDR ranges) of the reverse proxies whose X-Forwarded-For is believed. */
  trustProxy?: readonly string[]
  /** Strict-Transport-Security: only when served over HTTPS (production's secure cookies). */
  hsts?: boolean
}

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 2 * 1024 * 1024,
    // Without configured proxies the client address is the socket's: a forged X-Forwarded-For
    // must not let one source pass as many (the login limits count per source).
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
    genReqId: generateRequestId,
    // A path parameter this long is no id: refused as URL_TOO_LONG (414).
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: (error, request, reply) => {
      void sendError(request, reply, error)
    },
    clientErrorHandler: writeClientError,
  })
  configureZodMessages()
  // The API speaks JSON (and multipart for files): a text/plain body is refused with 415 rather
  // than read as a string the schemas then refuse field by field.
  app.removeContentTypeParser('text/plain')
  await app.register(cookie)
  await registerCompression(app)
  await app.register(multipart, { limits: { fileSize: 100 * 1024 * 1024, files: 1, fields: 5 } })
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error))
  app.addHook('onRequest', (request, _reply, done) => {
    // Under Node's own 16 KB limit a URL can still be far longer than any route needs.
    done(request.url.length > URL_MAX ? new AppError('URL_TOO_LONG') : undefined)
  })
  app.addHook('onSend', async (request, reply) => {
    // API data is personal and scoped: never kept by a browser or a shared proxy.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store')
    if (options.hsts) reply.header('strict-transport-security', 'max-age=31536000')
    // The id the logs and the audit entries of this request carry, for a support call.
    reply.header('x-request-id', request.id)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('x-frame-options', 'DENY')
    reply.header('referrer-policy', 'same-origin')
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY)
  })
  // A write request's transaction has committed by now, while the Kysely plugin's bump may have
  // come before the commit: drop whatever was read in between.
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.url.startsWith('/api/'))
      deps.cache.generation.bump()
    done(null, payload)
  })
  registerSessionHook(app, deps)
  registerRoutes(app, deps, ROUTES)
  const webRoot = options.webRoot ?? WEB_DIST
  if (options.serveWeb && fs.existsSync(webRoot)) await registerWebApp(app, webRoot)
  else registerNoWebApp(app)
  return app
}
