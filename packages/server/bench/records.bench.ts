// Records behind the figures at national size (issue 12 item 8), on PostgreSQL: 1,000,000
// models, 5,000,000 activities, 24 months × 3,321 communes of statistics and unit standards
// (records-seed*.ts) under the national units. Measured: the full recompute of the records
// plan's 19 targets (records-plan.ts) for every scope, the engine's statement against the same
// figures written by hand (records-hand.ts; every value compared, exit 1 on any difference), and
// one entry at a time through the services (records-entries.ts), each recomputing its chain.
// PGlite is skipped: its single process would take tens of minutes to build 6 million rows
// and several GB of its in-memory WAL; the issue's aim is PostgreSQL's.
// ANTQ_BENCH_SIZE=small: three provinces (the same counts of records); ANTQ_BENCH_REUSE=1 keeps
// a built world (re-running would otherwise rebuild it, ~10 min).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { TargetValue } from '@antq/core'
import { sql } from 'kysely'
import { computePlanTargets } from '../src/features/targets/targets.compute'
import { loadPlanContext, yearSpan } from '../src/features/targets/targets.engine'
import { queryAllTargets } from '../src/features/targets/targets.batch'
import { listScopeUnits } from '../src/features/targets/targets.repository'
import { BENCH_DIR, openDatabase, peakRssMb, type Engine } from './bench-db'
import { timeRuns } from './campaign-measure'
import { queryHandWritten } from './records-hand'
import { measureEntries } from './records-entries'

const engine = (process.argv[2] ?? 'postgres') as Engine
if (engine !== 'postgres') {
  console.log(`[${engine}] records benchmark: PostgreSQL only (see the file's comment)`)
  process.exit(0)
}
const size = process.env.ANTQ_BENCH_SIZE === 'small' ? 'small' : 'national'
const runs = Number(process.env.ANTQ_BENCH_RUNS ?? 5)
const name = `records_${size}`
const worldFile = path.join(BENCH_DIR, `${name}-${engine}.world.json`)
const TODAY = '2025-12-14'
const YEAR = 2025
type World = { planId: number; root: { id: number; path: string }; counts: Record<string, number> }
const log = (line: string) => console.log(`[${engine}] ${line}`)

function prepareWorld(): World & { ms?: number } {
  if (process.env.ANTQ_BENCH_REUSE === '1' && fs.existsSync(worldFile))
    return JSON.parse(fs.readFileSync(worldFile, 'utf8')) as World
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'records-prepare.ts'), engine, name, size],
    { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  fs.writeFileSync(worldFile, output.trim().split('\n').at(-1) ?? '{}')
  return JSON.parse(fs.readFileSync(worldFile, 'utf8')) as World
}

/** Values differing between the engine and the hand SQL (null and 0 read the same: nothing). */
function compare(
  a: Map<string, Map<number, TargetValue>>,
  b: Map<string, Map<number, TargetValue>>,
) {
  const differ: string[] = []
  const same = (x: number | null | undefined, y: number | null | undefined) =>
    Math.abs((x ?? 0) - (y ?? 0)) <= 1e-9
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(id) ?? new Map<number, TargetValue>()
    const y = b.get(id) ?? new Map<number, TargetValue>()
    for (const scope of new Set([...x.keys(), ...y.keys()])) {
      const p = x.get(scope)
      const q = y.get(scope)
      if (!same(p?.numerator, q?.numerator) || !same(p?.denominator, q?.denominator))
        differ.push(
          `${id} @${scope}: ${p?.numerator}/${p?.denominator} vs ${q?.numerator}/${q?.denominator}`,
        )
    }
  }
  return differ
}

fs.mkdirSync(BENCH_DIR, { recursive: true })
const world = prepareWorld()
const results: Record<string, unknown> = { engine, size, world }
log(
  `world: ${JSON.stringify(world.counts)}${world.ms ? ` built in ${Math.round(world.ms / 1000)} s` : ' (reused)'}`,
)
const { deps, close } = await openDatabase(engine, name)
deps.now = () => new Date(`${TODAY}T03:00:00Z`)
await sql`analyze`.execute(deps.db)

const context = await loadPlanContext(deps, world.planId, TODAY, YEAR)
const span = yearSpan(context)
const scopeIds = (await listScopeUnits(deps.db, context.issuer.path)).map((unit) => unit.id)
const scope = { rootPath: context.issuer.path, scopeIds }
const hand = { ...scope, year: YEAR, ...span }

// ANTQ_BENCH_ONLY=entries: the entries alone, on a reused world whose values a full run stored.
const entriesOnly = process.env.ANTQ_BENCH_ONLY === 'entries'
let differ: string[] = []
if (!entriesOnly) {
  let engineValues = new Map<string, Map<number, TargetValue>>()
  let handValues = new Map<string, Map<number, TargetValue>>()
  const statement = await timeRuns(runs, async () => {
    engineValues = await queryAllTargets(deps, context, scope)
  })
  const handTiming = await timeRuns(runs, async () => {
    handValues = await queryHandWritten(deps, hand)
  })
  differ = compare(engineValues, handValues)
  let values = 0
  const full = await timeRuns(runs, async () => {
    values = (await computePlanTargets(deps, world.planId, { year: YEAR })).results.length
  })
  results.full = { ...full, values, peakRssMb: peakRssMb() }
  results.ratio = {
    targets: context.plan.targets.length,
    scopes: scopeIds.length,
    engineStatementMs: statement.medianMs,
    engineStatementRunsMs: statement.runsMs,
    handMs: handTiming.medianMs,
    handRunsMs: handTiming.runsMs,
    statementRatio: Math.round((statement.medianMs / handTiming.medianMs) * 100) / 100,
    fullRatio: Math.round((full.medianMs / handTiming.medianMs) * 100) / 100,
    differences: differ.length,
    differ: differ.slice(0, 10),
  }
  log(
    `full recompute, ${context.plan.targets.length} targets × ${scopeIds.length} scopes (${values} values): median ${full.medianMs} ms (${full.runsMs.join(', ')}); the engine's statement ${statement.medianMs} ms (${statement.runsMs.join(', ')}); hand-written SQL ${handTiming.medianMs} ms (${handTiming.runsMs.join(', ')}); ratio statement/hand ${String((results.ratio as { statementRatio: number }).statementRatio)}, full/hand ${String((results.ratio as { fullRatio: number }).fullRatio)}; ${differ.length} differences${differ.length ? `: ${differ.slice(0, 5).join('; ')}` : ''}`,
  )
}

const entries = await measureEntries(
  deps,
  Number(process.env.ANTQ_BENCH_ENTRIES ?? 8),
  Number(process.env.ANTQ_BENCH_SLOW_ENTRIES ?? 2),
  TODAY,
)
const before = await readChain(entries.chain)
if (!entriesOnly) await computePlanTargets(deps, world.planId, { year: YEAR })
const consistent = JSON.stringify(before) === JSON.stringify(await readChain(entries.chain))
results.entries = { ...entries, consistent, peakRssMb: peakRssMb() }
for (const [label, timing] of [
  ["one commune's chain recomputed (recomputeTargets with its id)", entries.chains],
  ['one activity (a commune session) through the service, recompute included', entries.activity],
  ["one model's year review through the service, recompute included", entries.review],
  ["one commune's December statistics through the service, recompute included", entries.month],
  ["one commune's article for the provincial press (names every unit above)", entries.article],
] as const)
  log(
    `${label}: median ${timing.medianMs} ms, p95 ${timing.p95Ms} ms (${timing.runsMs.join(', ')})`,
  )
log(
  `stored chain values ${consistent ? 'equal to' : 'DIFFERENT FROM'} a full recompute; peak RSS ${peakRssMb()} MB`,
)

async function readChain(chain: number[]) {
  return deps.db
    .selectFrom('target_values')
    .select(['target_id', 'scope_unit_id', 'numerator', 'denominator', 'status'])
    .where('plan_id', '=', world.planId)
    .where('scope_unit_id', 'in', chain)
    .orderBy('target_id')
    .orderBy('scope_unit_id')
    .execute()
}

await close()
fs.writeFileSync(
  path.join(BENCH_DIR, `${name}${entriesOnly ? '-entries' : ''}-${engine}.json`),
  JSON.stringify(results, null, 2),
)
if (differ.length > 0 || !consistent) process.exit(1)
