// Campaign benchmarks on one engine (argv[2]) at national size (ANTQ_BENCH_SIZE=small: three
// provinces, for quick runs): full recompute of every target of a national plan for every
// scope, one incremental recompute after an evaluation changes, the dashboard API under 200
// concurrent requests, and one target against a hand-written SQL query (numbers must agree).
// The world is built once per engine in its own process; ANTQ_BENCH_REUSE=1 keeps a built one.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { migrateToLatest } from '../src/db/migrate'
import { BENCH_DIR, openDatabase, peakRssMb, type Engine } from './bench-db'
import { measureDashboard } from './campaign-dashboard'
import { measureFull, measureIncremental, measureRatio } from './campaign-measure'
import { refreshPlanDefinition, type World } from './campaign-world'

const engine = (process.argv[2] ?? 'pglite') as Engine
const size = process.env.ANTQ_BENCH_SIZE === 'small' ? 'small' : 'national'
const runs = Number(process.env.ANTQ_BENCH_RUNS ?? 5)
const name = `campaign_${size}`
const worldFile = path.join(BENCH_DIR, `${name}-${engine}.world.json`)
const results: Record<string, unknown> = { engine, size }

function prepareWorld(): World & { ms?: number; peakRssMb?: number } {
  if (process.env.ANTQ_BENCH_REUSE === '1' && fs.existsSync(worldFile))
    return JSON.parse(fs.readFileSync(worldFile, 'utf8')) as World
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'campaign-prepare.ts'), engine, name, size],
    { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const world = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as World
  fs.writeFileSync(worldFile, JSON.stringify(world))
  return world
}

const log = (line: string) => console.log(`[${engine}] ${line}`)
fs.mkdirSync(BENCH_DIR, { recursive: true })
const reused = process.env.ANTQ_BENCH_REUSE === '1' && fs.existsSync(worldFile)
const world = prepareWorld()
results.world = world
log(
  `world: ${world.units} units (${size}), campaign year seeded` +
    ('ms' in world && world.ms ? ` in ${Math.round(Number(world.ms) / 1000)} s` : ' (reused)'),
)
const { deps, close } = await openDatabase(engine, name)
if (reused) {
  await migrateToLatest(deps.db) // indexes added since the world was built
  await refreshPlanDefinition(deps, world.planId)
}
deps.now = () => new Date('2025-12-14T03:00:00Z')

const full = await measureFull(deps, world.planId, runs)
results.full = { ...full, peakRssMb: peakRssMb() }
log(
  `full recompute (${full.values} target values): median ${full.medianMs} ms over ${runs} runs (${full.runsMs.join(', ')}), peak RSS ${peakRssMb()} MB`,
)

const incremental = await measureIncremental(deps, world.planId, runs * 2)
results.incremental = { ...incremental, peakRssMb: peakRssMb() }
log(
  `incremental recompute after one ANTT evaluation flips: median ${incremental.medianMs} ms over ${incremental.flips} runs (${incremental.runsMs.join(', ')}), ${incremental.valuesWritten} values on ${incremental.chainScopes} ancestor scopes, ${incremental.consistent ? 'equal to' : 'DIFFERENT FROM'} a full recompute`,
)

const dashboard = await measureDashboard(deps, world.planId)
results.dashboard = { ...dashboard, peakRssMb: peakRssMb() }
log(
  `dashboard GET /api/plans/:id/targets, ${dashboard.concurrency} concurrent × ${dashboard.requests / dashboard.concurrency} rounds: p50 ${dashboard.p50Ms} ms, p95 ${dashboard.p95Ms} ms, max ${dashboard.maxMs} ms, ${dashboard.failures} failures; cold (after a write) p50 ${dashboard.coldP50Ms} ms, p95 ${dashboard.coldP95Ms} ms; one at a time: p50 ${dashboard.aloneP50Ms} ms, p95 ${dashboard.aloneP95Ms} ms`,
)

const ratio = await measureRatio(deps, world.planId, runs)
results.ratio = { ...ratio, peakRssMb: peakRssMb() }
log(
  `target ${ratio.target} over ${ratio.scopes} scopes: engine ${ratio.engineMs} ms, hand-written SQL ${ratio.handMs} ms, ratio ${ratio.ratio}; numbers ${ratio.equal ? 'equal' : `DIFFER (${ratio.differ.join('; ')})`}`,
)
await close()
fs.writeFileSync(path.join(BENCH_DIR, `${name}-${engine}.json`), JSON.stringify(results, null, 2))
if (!incremental.consistent || !ratio.equal || dashboard.failures > 0) process.exit(1)
