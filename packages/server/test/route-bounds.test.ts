// Every input bounded (issue 15 item 2): each route's params, query and body schema gives every
// string, number, array and free-key record an upper bound, so no request can make the server
// work without limit; a 20-digit id is a coded validation error, not a server error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UnitIdList } from '../src/http/bounds'
import { ROUTES } from '../src/http/routes'
import { createTestContext, signIn, type TestContext } from './harness'
import { errorOf } from './helpers'
import { findUnbounded } from './route-bounds.walk'

let context: TestContext
beforeAll(async () => {
  context = await createTestContext()
})
afterAll(() => context.close())

describe('route input bounds', () => {
  it('every string, number, list and record of every route schema has a maximum', () => {
    const unbounded = ROUTES.flatMap((route) =>
      (['params', 'query', 'body'] as const).flatMap((part) => {
        const schema = route.schemas?.[part]
        return schema
          ? findUnbounded(schema).map((found) => `${route.method} ${route.url} ${part} ${found}`)
          : []
      }),
    )
    expect(ROUTES.length).toBeGreaterThan(100)
    expect(unbounded).toEqual([])
  })

  it('answers a 20-digit id with a coded Vietnamese validation error', async () => {
    const admin = await signIn(context.app, 'admin')
    const response = await admin.request({ method: 'GET', url: '/api/units/99999999999999999999' })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
  })

  it('refuses more than 5,000 units in one extension and counts a repeated unit once', async () => {
    const admin = await signIn(context.app, 'admin')
    const plans = await admin.request({ method: 'GET', url: '/api/plans' })
    const planId = plans.json<{ items: { id: number }[] }>().items[0]?.id ?? 1
    const tooMany = await admin.request({
      method: 'POST',
      url: `/api/plans/${planId}/nominations/extensions`,
      payload: {
        closes: 'dossier',
        year: 2024,
        unitIds: Array.from({ length: 5001 }, (_, index) => index + 1),
        until: '2024-12-31',
        reason: 'Thử giới hạn',
      },
    })
    expect(errorOf(tooMany)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(JSON.stringify(tooMany.json())).toContain('5.000')
    expect(UnitIdList.parse([7, 7, '8', 7])).toEqual([7, 8])
  })

  it('refuses a NUL byte or a control character in any text with a coded error', async () => {
    const admin = await signIn(context.app, 'admin')
    for (const text of ['Xã\u0000Bắc', 'a\u001bb']) {
      const response = await admin.request({
        method: 'POST',
        url: '/api/plans/validate',
        payload: { text },
      })
      expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(
        /ký tự điều khiển/,
      )
    }
    const deep = await admin.request({
      method: 'POST',
      url: '/api/plans/validate',
      payload: JSON.parse('['.repeat(40) + ']'.repeat(40)),
    })
    expect(errorOf(deep)).toEqual({ status: 400, code: 'VALIDATION' })
  })

  it('answers an account change with nothing to change as a coded error', async () => {
    const admin = await signIn(context.app, 'admin')
    const response = await admin.request({ method: 'PATCH', url: '/api/accounts/2', payload: {} })
    expect(errorOf(response)).toEqual({ status: 400, code: 'VALIDATION' })
    expect(JSON.stringify(response.json())).toContain('Chưa có thay đổi nào')
  })
})
