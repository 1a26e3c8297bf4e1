// The to-do API under 200 concurrent clients, measured over HTTP from this process against the
// product in its own process, beside a bare Fastify route (one tiny JSON answer) measured the
// same way in the same run: the difference is what ANTQ itself costs per request.
import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { percentile } from './bench-db'

export type LoadResult = {
  requests: number
  concurrency: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  perSecond: number
  errors: number
}

function getOnce(agent: http.Agent, url: URL, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { agent, headers: { cookie, 'accept-encoding': 'br, gzip' } },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', reject)
  })
}

/** `concurrency` clients, each sending its next request when the last is answered. */
export async function loadTest(
  url: string,
  cookies: string[],
  concurrency: number,
  perClient: number,
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const target = new URL(url)
  const times: number[] = []
  let errors = 0
  const client = async (index: number, count: number, record: boolean) => {
    const cookie = cookies[index % cookies.length] ?? ''
    for (let i = 0; i < count; i++) {
      const started = performance.now()
      const status = await getOnce(agent, target, cookie).catch(() => 0)
      if (!record) continue
      if (status !== 200) errors += 1
      times.push(performance.now() - started)
    }
  }
  const clients = Array.from({ length: concurrency }, (_, index) => index)
  // Warm-up: connections opened, code paths compiled, read cache filled.
  await Promise.all(clients.map((index) => client(index, 2, false)))
  const started = performance.now()
  await Promise.all(clients.map((index) => client(index, perClient, true)))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    requests: times.length,
    concurrency,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    perSecond: Math.round(times.length / seconds),
    errors,
  }
}

const BARE_SERVER = `
import Fastify from 'fastify'
const app = Fastify({ logger: false })
app.get('/api/bare', async () => ({ ok: true }))
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
console.log('ready')
`

/** A bare Fastify server (no plugins, no database) on `port`, in its own process. */
export function startBareServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', BARE_SERVER], {
    cwd: path.join(import.meta.dirname, '..'),
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child))
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)))
  })
}
