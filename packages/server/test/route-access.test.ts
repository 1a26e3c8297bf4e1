// Walks the route table: every route declares its access, and no route answers without a
// session unless it is on the public allowlist.
import { PERMISSIONS } from '@antq/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROUTES } from '../src/http/routes'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

const PUBLIC_ROUTES = ['GET /api/health', 'POST /api/auth/login']
const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`
/** A concrete URL for a route pattern: every `:param` becomes 1. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, '1')

let context: TestContext
beforeAll(async () => {
  context = await createTestContext()
})
afterAll(() => context.close())

describe('route table', () => {
  it('has unique method + URL pairs under /api', () => {
    const keys = ROUTES.map(key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const route of ROUTES) expect(route.url.startsWith('/api/')).toBe(true)
  })

  it('declares an access rule on every route', () => {
    for (const route of ROUTES) {
      expect(route.access, key(route)).toBeDefined()
      expect(['public', 'signed-in', 'permission'], key(route)).toContain(route.access.kind)
    }
  })

  it('makes exactly the allowlisted routes public', () => {
    const open = ROUTES.filter((route) => route.access.kind === 'public').map(key)
    expect(open.sort()).toEqual([...PUBLIC_ROUTES].sort())
  })

  it('gives every other route a known permission and a scope rule', () => {
    for (const route of ROUTES) {
      const access = route.access
      if (access.kind === 'public') continue
      if (access.kind === 'signed-in') {
        expect(access.scope, key(route)).toBe('none')
        continue
      }
      expect(PERMISSIONS, key(route)).toContain(access.permission)
      const scope = access.scope
      if (typeof scope === 'string') expect(['none', 'actor-subtree'], key(route)).toContain(scope)
      else {
        expect(['params', 'query'], key(route)).toContain(scope.unitIn)
        if (scope.unitIn === 'params') expect(route.url, key(route)).toContain(`:${scope.field}`)
      }
    }
  })

  it('checks the unit in the URL for every route under /api/units/:id', () => {
    for (const route of ROUTES.filter((item) => item.url.startsWith('/api/units/:id'))) {
      expect(route.access, key(route)).toMatchObject({
        kind: 'permission',
        scope: { unitIn: 'params', field: 'id' },
      })
    }
  })
})

describe('without a session', () => {
  it('answers 401 UNAUTHENTICATED on every non-public route', async () => {
    const closed = ROUTES.filter((route) => route.access.kind !== 'public')
    expect(closed.length).toBeGreaterThan(10)
    for (const route of closed) {
      const response = await context.app.inject({
        method: route.method,
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      })
      expect({ route: key(route), ...errorOf(response) }).toEqual({
        route: key(route),
        status: 401,
        code: 'UNAUTHENTICATED',
      })
      expect(response.json<{ error: { message: string } }>().error.message).toBe(
        'Bạn cần đăng nhập để tiếp tục',
      )
    }
  })

  it('treats an unknown or forged session cookie as no session', async () => {
    const response = await context.app.inject({
      method: 'GET',
      url: '/api/units/versions',
      headers: { cookie: 'antq_session=forged' },
    })
    expect(errorOf(response)).toEqual({ status: 401, code: 'UNAUTHENTICATED' })
  })

  it('serves the public routes', async () => {
    expect((await context.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
    const login = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'antq2025' },
    })
    expect(login.statusCode).toBe(200)
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/nope' })
    expect(errorOf(response)).toEqual({ status: 404, code: 'NOT_FOUND' })
  })
})

describe('with a session that lacks the permission', () => {
  let leader: Client
  beforeAll(async () => {
    leader = await signIn(context.app, 'lanhdao.tuyenquang')
  })

  it('answers 403 FORBIDDEN on every permission route the role does not have', async () => {
    const session = await leader.request({ method: 'GET', url: '/api/auth/session' })
    const granted = new Set(
      session.json<{ account: { permissions: string[] } }>().account.permissions,
    )
    const denied = ROUTES.filter(
      (route) => route.access.kind === 'permission' && !granted.has(route.access.permission),
    )
    expect(denied.length).toBeGreaterThan(3)
    for (const route of denied) {
      const response = await leader.request({
        method: route.method,
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      })
      expect({ route: key(route), ...errorOf(response) }).toEqual({
        route: key(route),
        status: 403,
        code: 'FORBIDDEN',
      })
    }
  })

  it('sends security headers on API answers', async () => {
    const response = await leader.request({ method: 'GET', url: '/api/units/versions' })
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  })
})
