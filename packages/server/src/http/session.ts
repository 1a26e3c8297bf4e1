// Reads the session cookie into request.actor and checks the CSRF header on writes.
import { AppError, type Actor } from '@antq/core'
import '@fastify/cookie'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Deps } from '../deps'
import { resolveSession } from '../features/auth/auth.service'

export const SESSION_COOKIE = 'antq_session'
export const CSRF_HEADER = 'x-csrf-token'
const CSRF_EXEMPT = new Set(['/api/auth/login'])
// What a demo account outside demo mode may do before changing its password (ADR 027).
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/auth/session',
  'POST /api/auth/password',
  'POST /api/auth/logout',
  'GET /api/health',
])

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor
    sessionId?: string
    csrfToken?: string
    mustChangePassword?: boolean
  }
}

export function registerSessionHook(app: FastifyInstance, deps: Deps) {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return
    const token = request.cookies[SESSION_COOKIE]
    if (token) {
      const session = await resolveSession(deps, token)
      if (session) {
        request.actor = session.actor
        request.sessionId = session.sessionId
        request.csrfToken = session.csrfToken
        request.mustChangePassword = session.mustChangePassword
      }
    }
    const safe = request.method === 'GET' || request.method === 'HEAD'
    const path = request.url.split('?')[0] ?? ''
    if (request.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(`${request.method} ${path}`))
      throw new AppError('PASSWORD_CHANGE_REQUIRED')
    if (safe || CSRF_EXEMPT.has(path) || !request.sessionId) return
    if (request.headers[CSRF_HEADER] !== request.csrfToken) throw new AppError('CSRF')
  })
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  maxAge: number,
  secure: boolean,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge,
  })
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
}
