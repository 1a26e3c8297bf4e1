// The framework's own refusals answer in the product's shape (issue 15 item 2): a stable code,
// a Vietnamese message, details, and the request id (also in the X-Request-Id header).
import net from 'node:net'
import { ERROR_MESSAGES } from '@antq/core'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, signIn, type TestContext } from './harness'

let context: TestContext
beforeAll(async () => {
  context = await createTestContext()
})
afterAll(() => context.close())

type Body = {
  error: { code: string; message: string; details: unknown[]; requestId: string }
}

/** Status, code, and that the message is Vietnamese and the request id is in body and header. */
function refusal(response: LightMyRequestResponse) {
  const body = response.json<Body>()
  expect(body.error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i)
  expect(body.error.requestId).toBeTruthy()
  expect(response.headers['x-request-id']).toBe(body.error.requestId)
  return { status: response.statusCode, code: body.error.code }
}

const login = (payload: string, contentType = 'application/json') =>
  context.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload,
    headers: { 'content-type': contentType },
  })

describe('framework errors in the coded Vietnamese shape', () => {
  it('an unknown API route is NOT_FOUND (404)', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/khong-co' })
    expect(refusal(response)).toEqual({ status: 404, code: 'NOT_FOUND' })
  })

  it('a body over the limit is PAYLOAD_TOO_LARGE (413), by inject and over a socket', async () => {
    const big = JSON.stringify({ username: 'a', password: 'x'.repeat(3 * 1024 * 1024) })
    expect(refusal(await login(big))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' })
    // Listening stays on until the file's afterAll closes the app.
    const address = await context.app.listen({ port: 0, host: '127.0.0.1' })
    {
      const response = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      })
      expect(response.status).toBe(413)
      const body = (await response.json()) as Body
      expect(body.error.code).toBe('PAYLOAD_TOO_LARGE')
      expect(response.headers.get('x-request-id')).toBe(body.error.requestId)

      // A request line over Node's 16 KB header limit never reaches Fastify.
      const raw = await sendRaw(address, `GET /api/units?q=${'a'.repeat(20_000)} HTTP/1.1\r\n\r\n`)
      expect(raw).toMatch(/^HTTP\/1.1 414/)
      expect(raw).toContain('"code":"URL_TOO_LONG"')
      expect(raw).toContain(ERROR_MESSAGES.URL_TOO_LONG)
    }
  })

  it('a URL or a path parameter too long is URL_TOO_LONG (414)', async () => {
    const param = await context.app.inject({ method: 'GET', url: `/api/units/${'9'.repeat(300)}` })
    expect(refusal(param)).toEqual({ status: 414, code: 'URL_TOO_LONG' })
    const query = await context.app.inject({
      method: 'GET',
      url: `/api/health?x=${'a'.repeat(9000)}`,
    })
    expect(refusal(query)).toEqual({ status: 414, code: 'URL_TOO_LONG' })
  })

  it('a body of an unsupported type is UNSUPPORTED_MEDIA_TYPE (415)', async () => {
    const response = await login('username=a&password=b', 'text/plain')
    expect(refusal(response)).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' })
  })

  it('broken or empty JSON is MALFORMED_JSON (400)', async () => {
    expect(refusal(await login('{"username": '))).toEqual({ status: 400, code: 'MALFORMED_JSON' })
    expect(refusal(await login(''))).toEqual({ status: 400, code: 'MALFORMED_JSON' })
  })

  it('validation details are Vietnamese, name the field and carry a code', async () => {
    const admin = await signIn(context.app, 'admin')
    const response = await admin.request({
      method: 'POST',
      url: '/api/documents/submission-letter/1/number',
      payload: { issuerCode: 'x'.repeat(40), date: '2024-02-31' },
    })
    expect(refusal(response)).toEqual({ status: 400, code: 'VALIDATION' })
    const { details } = response.json<{ error: { details: object[] } }>().error
    expect(details).toEqual(
      expect.arrayContaining([
        { path: 'date', code: 'invalid_date', message: 'Ngày 2024-02-31 không có trong lịch' },
        { path: 'issuerCode', code: 'too_long', message: 'Trường "issuerCode" tối đa 30 ký tự' },
      ]),
    )
    const year = await admin.request({ method: 'GET', url: '/api/audit?page=abc' })
    expect(year.json<{ error: { details: object[] } }>().error.details).toEqual([
      { path: 'page', code: 'not_number', message: 'Trang phải là một số' },
    ])
  })

  it('keeps a well-formed incoming X-Request-Id and replaces a forged one', async () => {
    const kept = await context.app.inject({
      method: 'GET',
      url: '/api/khong-co',
      headers: { 'x-request-id': 'proxy-1234abcd' },
    })
    expect(kept.json<Body>().error.requestId).toBe('proxy-1234abcd')
    const forged = await context.app.inject({
      method: 'GET',
      url: '/api/khong-co',
      headers: { 'x-request-id': 'a\nfake log line' },
    })
    expect(forged.json<Body>().error.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })
})

function sendRaw(address: string, text: string): Promise<string> {
  const { hostname, port } = new URL(address)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(text))
    let received = ''
    socket.on('data', (chunk) => (received += chunk.toString('utf8')))
    socket.on('close', () => resolve(received))
    socket.on('error', (error) => (received ? resolve(received) : reject(error)))
  })
}
