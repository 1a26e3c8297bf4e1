// Fast on a weak link (issue 13 item 5, ADR 032): the build's hashed files are cached for a year
// and sent as the .br/.gz the build wrote, index.html is revalidated, a missing hashed file is a
// 404 (not index.html), and API answers are compressed on the fly yet never cached.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMMUTABLE } from '../src/http/web-static'
import { createTestContext, signIn, type TestContext } from './harness'

const SCRIPT = `export const greeting = ${JSON.stringify('Xin chào '.repeat(400))}\n`
const HTML = `<!doctype html><html lang="vi"><body><div id="root"></div>${'<!-- antq -->'.repeat(100)}</body></html>`
let context: TestContext
let root: string

/** A web build as Vite writes it: hashed files under assets/, each with its .br and .gz. */
function writeBuild(folder: string) {
  fs.mkdirSync(path.join(folder, 'assets'), { recursive: true })
  for (const [file, text] of [
    ['index.html', HTML],
    ['assets/index-Ab12Cd34.js', SCRIPT],
  ] as const) {
    fs.writeFileSync(path.join(folder, file), text)
    fs.writeFileSync(path.join(folder, `${file}.br`), zlib.brotliCompressSync(text))
    fs.writeFileSync(path.join(folder, `${file}.gz`), zlib.gzipSync(text))
  }
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'antq-web-'))
  writeBuild(root)
  context = await createTestContext(undefined, { serveWeb: true, webRoot: root })
})
afterAll(async () => {
  await context.close()
  fs.rmSync(root, { recursive: true, force: true })
})

const get = (url: string, encoding = 'br, gzip') =>
  context.app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } })

describe('the web build', () => {
  it('sends a hashed file as the build compressed it, cached for a year', async () => {
    const br = await get('/assets/index-Ab12Cd34.js')
    expect(br.statusCode).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/javascript/)
    expect(br.headers['cache-control']).toBe(IMMUTABLE)
    expect(br.headers.vary).toMatch(/accept-encoding/i)
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT)
    const gzip = await get('/assets/index-Ab12Cd34.js', 'gzip')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT)
    const plain = await get('/assets/index-Ab12Cd34.js', 'identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(SCRIPT)
  })

  it('revalidates index.html, also when a client route falls back to it', async () => {
    for (const url of ['/', '/viec-can-lam', '/ke-hoach/12/bao-cao?ky=3']) {
      const response = await get(url)
      expect(response.statusCode, url).toBe(200)
      expect(response.headers['cache-control'], url).toBe('no-cache')
      expect(response.headers['content-encoding'], url).toBe('br')
      expect(zlib.brotliDecompressSync(response.rawPayload).toString(), url).toBe(HTML)
    }
  })

  it('answers 404 for a hashed file that no longer exists, not index.html', async () => {
    const response = await get('/assets/index-OldHash1.js')
    expect(response.statusCode).toBe(404)
    expect(response.headers['cache-control']).not.toBe(IMMUTABLE)
  })
})

describe('API answers', () => {
  it('are compressed when large enough and never cached', async () => {
    const admin = await signIn(context.app, 'admin')
    const response = await admin.request({
      method: 'GET',
      url: '/api/units/roots?version=2025',
      headers: { 'accept-encoding': 'br, gzip' },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.headers['content-encoding']).toBe('br')
    const body = JSON.parse(zlib.brotliDecompressSync(response.rawPayload).toString()) as unknown
    expect(Array.isArray(body) || typeof body === 'object').toBe(true)
    expect(response.rawPayload.length).toBeLessThan(JSON.stringify(body).length)
  })

  it('are sent as they are to a client that asks for no compression', async () => {
    const response = await get('/api/health', 'identity')
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.headers['cache-control']).toBe('no-store')
  })
})
