// The dashboard measurement alone on a reused campaign world (built by campaign.bench.ts):
// `node --import tsx packages/server/bench/campaign-dashboard-only.ts postgres|pglite`.
// Prints where one request's time goes (each read timed on its own), then the 200-concurrent run.
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import { migrateToLatest } from '../src/db/migrate'
import { BENCH_DIR, openDatabase, percentile, type Engine } from './bench-db'
import { measureDashboard } from './campaign-dashboard'
import { profileDashboard } from './campaign-dashboard-profile'
import type { World } from './campaign-world'

const engine = (process.argv[2] ?? 'postgres') as Engine
const size = process.env.ANTQ_BENCH_SIZE === 'small' ? 'small' : 'national'
const name = `campaign_${size}`
const world = JSON.parse(
  fs.readFileSync(path.join(BENCH_DIR, `${name}-${engine}.world.json`), 'utf8'),
) as World
const { deps, close } = await openDatabase(engine, name)
await migrateToLatest(deps.db)
deps.now = () => new Date('2025-12-14T03:00:00Z')
await sql`select 1`.execute(deps.db)

const phases = await profileDashboard(deps, world.planId)
for (const [phase, samples] of Object.entries(phases))
  console.log(
    `[${engine}] ${phase}: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`,
  )
if (process.env.ANTQ_PROFILE_ONLY !== '1') {
  const dashboard = await measureDashboard(deps, world.planId)
  console.log(`[${engine}] dashboard ${JSON.stringify(dashboard)}`)
  console.log(
    `[${engine}] warm p50 ${dashboard.p50Ms} ms, p95 ${dashboard.p95Ms} ms; cold (generation bumped before each round) p50 ${dashboard.coldP50Ms} ms, p95 ${dashboard.coldP95Ms} ms`,
  )
}
await close()
