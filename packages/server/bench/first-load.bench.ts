// Fast on a weak link (issue 13 item 5, ADR 032), on one engine (argv[2]): the product is
// started on a fresh demo database in its own process, as in production; then
// - what the login and to-do pages load, from the build (raw, gzip, brotli);
// - Chromium's first load over 1.6 Mbps / 150 ms: login form ready, to-do after signing in,
//   to-do again with a warm cache (median of ANTQ_BENCH_RUNS, default 5; aim under 3 s);
// - on PostgreSQL, GET /api/todo at 200 concurrent clients (p50/p95/p99) beside a bare Fastify
//   route, and the to-do computed afresh (the read cache emptied by a write before each).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { REPO_ROOT } from '../src/config'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/demo-accounts'
import { BENCH_DIR, locationOf, median, percentile, resetDatabase, type Engine } from './bench-db'
import { measureFirstScreens } from './first-screen-size'
import { LINK, runFirstLoad, type FirstLoadRun, type Step } from './first-load-browser'
import { loadTest, startBareServer } from './first-load-load'

const engine = (process.argv[2] ?? 'pglite') as Engine
const runs = Number(process.env.ANTQ_BENCH_RUNS ?? 5)
const CONCURRENCY = 200
const CLERK = 'canbo.xadongyen'
const results: Record<string, unknown> = { engine, link: LINK }
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function startProduct(port: number): Promise<ChildProcess> {
  await resetDatabase(engine, 'firstload')
  const child = spawn(process.execPath, ['packages/server/bin/antq.mjs', 'serve'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: locationOf(engine, 'firstload'),
      PORT: String(port),
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 10 * 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`antq serve exited (${child.exitCode})`)
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return child
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error('antq serve did not answer within 10 minutes')
}

async function signIn(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  const cookie = /antq_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0]
  if (!response.ok || !cookie) throw new Error(`login ${username}: ${response.status}`)
  return cookie
}

function summarise(steps: Step[]) {
  return {
    medianMs: Math.round(median(steps.map((step) => step.ms))),
    runsMs: steps.map((step) => Math.round(step.ms)),
    bytes: Math.round(median(steps.map((step) => step.bytes))),
    requests: steps[0]?.requests ?? 0,
    scriptEncodings: [...new Set(steps.flatMap((step) => step.encodings))],
  }
}

function reportBrowser(runsDone: FirstLoadRun[]) {
  const labels = {
    login: 'login page ready (empty cache)',
    todo: 'to-do page after signing in',
    todoWarm: 'to-do page again (warm cache)',
  } as const
  for (const key of ['login', 'todo', 'todoWarm'] as const) {
    const entry = summarise(runsDone.map((run) => run[key]))
    results[key] = entry
    console.log(
      `[${engine}] ${labels[key]} over ${LINK.mbps} Mbps / ${LINK.latencyMs} ms: median ${entry.medianMs} ms (${entry.runsMs.join(', ')}), ${kb(entry.bytes)} transferred in ${entry.requests} requests, scripts ${entry.scriptEncodings.join('/') || '—'}`,
    )
  }
  const firstLoad = runsDone.map((run) => run.login.ms + run.todo.ms)
  const firstLoadMs = Math.round(median(firstLoad))
  results.firstLoadMedianMs = firstLoadMs
  console.log(`[${engine}] login + to-do, first visit: median ${firstLoadMs} ms`)
}

/** The to-do computed afresh: a write (any non-GET API request) empties the read cache. */
async function measureComputed(base: string, cookie: string) {
  const times: number[] = []
  for (let i = 0; i < 20; i++) {
    await fetch(`${base}/api/bench-empty-cache`, { method: 'POST' }).then((r) => r.arrayBuffer())
    const started = performance.now()
    await fetch(`${base}/api/todo`, { headers: { cookie } }).then((r) => r.arrayBuffer())
    times.push(performance.now() - started)
  }
  return { p50Ms: Math.round(percentile(times, 50)), p95Ms: Math.round(percentile(times, 95)) }
}

async function measureApi(base: string) {
  const clerks = DEMO_ACCOUNTS.filter((account) => account.roles.includes('unit_clerk'))
  const cookies = await Promise.all(clerks.map((account) => signIn(base, account.username)))
  const todo = await loadTest(`${base}/api/todo`, cookies, CONCURRENCY, 20)
  const computed = await measureComputed(base, cookies[0] ?? '')
  const barePort = await freePort()
  const bare = await startBareServer(barePort)
  const reference = await loadTest(`http://127.0.0.1:${barePort}/api/bare`, [''], CONCURRENCY, 20)
  bare.kill()
  results.api = { clerks: clerks.length, todo, computed, bareFastify: reference }
  const line = (name: string, r: typeof todo) =>
    `[${engine}] ${name} at ${r.concurrency} concurrent: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms, ${r.perSecond} req/s, ${r.requests} requests, ${r.errors} errors`
  console.log(line(`GET /api/todo (${clerks.length} clerks)`, todo))
  console.log(line('bare Fastify route (reference)', reference))
  console.log(
    `[${engine}] GET /api/todo computed afresh (read cache emptied), one at a time: p50 ${computed.p50Ms} ms, p95 ${computed.p95Ms} ms`,
  )
}

if (!fs.existsSync(path.join(REPO_ROOT, 'packages/web/dist/.vite/manifest.json')))
  execFileSync('npm', ['run', 'build', '-w', '@antq/web'], { cwd: REPO_ROOT, stdio: 'inherit' })
const sizes = measureFirstScreens()
results.build = sizes
for (const [name, size] of Object.entries(sizes))
  console.log(
    `[${engine}] ${name} page loads ${size.files} files: ${kb(size.raw)} raw, ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli`,
  )
fs.mkdirSync(BENCH_DIR, { recursive: true })
const port = await freePort()
const product = await startProduct(port)
const base = `http://127.0.0.1:${port}`
try {
  reportBrowser(await runFirstLoad(base, CLERK, DEMO_PASSWORD, runs))
  if (engine === 'postgres') await measureApi(base)
  else console.log(`[${engine}] to-do API at ${CONCURRENCY} concurrent: measured on PostgreSQL`)
} finally {
  product.kill()
}
fs.writeFileSync(
  path.join(BENCH_DIR, `first-load-${engine}.json`),
  JSON.stringify(results, null, 2),
)
