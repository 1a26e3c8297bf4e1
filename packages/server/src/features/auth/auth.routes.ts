import { AppError } from '@antq/core'
import { defineRoute } from '../../http/route'
import { clearSessionCookie, setSessionCookie } from '../../http/session'
import { ChangePasswordInput, LoginInput } from './auth.schemas'
import { changePassword, login, logout, readSession } from './auth.service'

function requireSession(sessionId: string | undefined, csrfToken: string | undefined) {
  if (!sessionId || !csrfToken) throw new AppError('UNAUTHENTICATED')
  return { sessionId, csrfToken }
}

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    access: { kind: 'public' },
    schemas: { body: LoginInput },
    handler: async ({ deps, body, request, reply }) => {
      const result = await login(deps, body, request.ip)
      setSessionCookie(reply, result.token, result.maxAgeSeconds, deps.cookieSecure)
      return {
        account: result.account,
        csrfToken: result.csrfToken,
        mustChangePassword: result.mustChangePassword,
      }
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout',
    access: { kind: 'signed-in', scope: 'none' },
    handler: async ({ deps, actor, request, reply }) => {
      await logout(deps, actor, requireSession(request.sessionId, request.csrfToken).sessionId)
      clearSessionCookie(reply)
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/session',
    access: { kind: 'signed-in', scope: 'none' },
    handler: async ({ deps, actor, request }) => ({
      ...(await readSession(
        deps,
        actor,
        requireSession(request.sessionId, request.csrfToken).csrfToken,
      )),
      mustChangePassword: request.mustChangePassword ?? false,
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/password',
    access: { kind: 'signed-in', scope: 'none' },
    schemas: { body: ChangePasswordInput },
    handler: ({ deps, actor, body, request }) =>
      changePassword(
        deps,
        actor,
        requireSession(request.sessionId, request.csrfToken).sessionId,
        body,
      ),
  }),
]
