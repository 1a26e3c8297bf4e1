// Every route, fuzzed from its own schemas (issue 15 item 2): for each field of its params, query
// and body, malformed values (wrong types, over the bounds, NUL, huge, deep, odd unicode, 20-digit
// ids, impossible dates) are sent one at a time, the other fields plausible, by an administrator
// and by a commune clerk. No answer may be a server error, and every refusal must carry a stable
// code and a Vietnamese message (its details too) and the request id.
import { ERROR_MESSAGES } from '@antq/core'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RouteSpec } from '../src/http/route'
import { ROUTES } from '../src/http/routes'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { fieldsOf, fillUrl, malformed, plausible, toQueryString } from './route-fuzz.derive'

// Logging out or changing the password would end the fuzzing session itself.
const SKIPPED = new Set(['POST /api/auth/logout', 'POST /api/auth/password'])
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i
const ENGLISH = /\b(Invalid|Expected|Required|received|must be|Too (big|small))\b/

let context: TestContext
let admin: Client
let clerk: Client
beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
  clerk = await signIn(context.app, 'canbo.bacquang')
})
afterAll(() => context.close())

type Request = { label: string; url: string; payload?: unknown }

/** The route's requests: each field of each part replaced by each malformed value in turn. */
function deriveRequests(route: RouteSpec): Request[] {
  const base = {
    params: (plausible(route.schemas?.params) ?? {}) as Record<string, unknown>,
    query: (plausible(route.schemas?.query) ?? {}) as Record<string, unknown>,
    body: route.method === 'GET' ? undefined : (plausible(route.schemas?.body) ?? {}),
  }
  // An account route names an account that does not exist: the fuzzer must not demote itself.
  if (route.url.startsWith('/api/accounts/:')) base.params.id = '2147483000'
  const build = (part: 'params' | 'query' | 'body', key: string, value: unknown): Request => {
    const params = part === 'params' ? { ...base.params, [key]: value } : base.params
    const query = part === 'query' ? { ...base.query, [key]: value } : base.query
    const body =
      part === 'body' ? { ...(base.body as Record<string, unknown>), [key]: value } : base.body
    return {
      label: `${route.method} ${route.url} ${part}.${key}=${JSON.stringify(value)?.slice(0, 40)}`,
      url: fillUrl(route.url, params) + toQueryString(query),
      payload: body,
    }
  }
  const requests = (['params', 'query', 'body'] as const).flatMap((part) =>
    fieldsOf(route.schemas?.[part]).flatMap(([key, schema]) =>
      malformed(schema, key).map((value) => build(part, key, value)),
    ),
  )
  // The body as a whole: not an object, or nested past the depth limit.
  if (route.method !== 'GET')
    requests.push(
      {
        label: `${route.method} ${route.url} body=[]`,
        url: fillUrl(route.url, base.params),
        payload: [],
      },
      {
        label: `${route.method} ${route.url} body=deep`,
        url: fillUrl(route.url, base.params),
        payload: JSON.parse('{"a":'.repeat(60) + '1' + '}'.repeat(60)) as unknown,
      },
    )
  return requests
}

/** What is wrong with one answer, or undefined when it is a proper answer. */
function problemOf(response: LightMyRequestResponse): string | undefined {
  if (response.statusCode >= 500) return `${response.statusCode} ${response.body.slice(0, 300)}`
  if (response.statusCode < 400) return undefined
  const error = response.json<{ error?: Record<string, unknown> }>().error
  if (!error || typeof error.code !== 'string' || !(error.code in ERROR_MESSAGES))
    return `no code: ${response.body.slice(0, 200)}`
  if (typeof error.message !== 'string' || !VIETNAMESE.test(error.message))
    return `message not Vietnamese: ${String(error.message)}`
  if (!error.requestId) return 'no request id'
  for (const detail of (error.details ?? []) as { message?: string }[])
    if (!detail.message || !VIETNAMESE.test(detail.message) || ENGLISH.test(detail.message))
      return `detail not Vietnamese: ${JSON.stringify(detail).slice(0, 200)}`
  return undefined
}

const statuses = new Map<number, number>()

async function fuzz(client: Client, routes: readonly RouteSpec[], every = 1) {
  const problems: string[] = []
  let sent = 0
  for (const route of routes) {
    if (SKIPPED.has(`${route.method} ${route.url}`)) continue
    const requests = deriveRequests(route).filter((_, index) => index % every === 0)
    for (const request of requests) {
      const response = await client.request({
        method: route.method,
        url: request.url,
        ...(request.payload === undefined ? {} : { payload: request.payload as object }),
      })
      sent++
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1)
      const problem = problemOf(response)
      if (problem) problems.push(`${request.label}: ${problem}`)
    }
  }
  if (process.env.FUZZ_STATS) console.log(sent, [...statuses].sort())
  return { problems, sent }
}

describe('schema-derived fuzzing of every route', () => {
  it('answers an administrator without a server error, every refusal coded and Vietnamese', async () => {
    const { problems, sent } = await fuzz(admin, ROUTES, 3)
    expect(sent).toBeGreaterThan(1000)
    expect(problems).toEqual([])
  }, 300_000)

  it('answers a commune clerk the same way', async () => {
    const { problems, sent } = await fuzz(clerk, ROUTES, 10)
    expect(sent).toBeGreaterThan(300)
    expect(problems).toEqual([])
  }, 300_000)
})
