// Plan benchmarks on one engine (argv[2]): validate and import each seed plan; evaluate one
// criterion for 10,000 units in core and as compiled SQL (and check both agree).
import fs from 'node:fs'
import path from 'node:path'
import { compileToSql, evaluate, parseExpression, parsePlanYaml } from '@antq/core'
import { CompiledQuery, sql } from 'kysely'
import { REPO_ROOT } from '../src/config'
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import { importPlan } from '../src/features/plans/plans.service'
import { BENCH_DIR, median, openDatabase, resetDatabase, type Engine } from './bench-db'

const engine = (process.argv[2] ?? 'pglite') as Engine
const SEEDS = path.join(REPO_ROOT, 'plans/seeds')
const results: Record<string, unknown> = { engine }

async function timeIt(runs: number, work: () => unknown) {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work()
    samples.push(performance.now() - started)
  }
  return Math.round(median(samples) * 100) / 100
}

fs.mkdirSync(BENCH_DIR, { recursive: true })
await resetDatabase(engine, 'plans')
const { deps, close } = await openDatabase(engine, 'plans')
for (const file of fs
  .readdirSync(SEEDS)
  .filter((name) => name.endsWith('.yaml'))
  .sort()) {
  const text = fs.readFileSync(path.join(SEEDS, file), 'utf8')
  const validateMs = await timeIt(20, () => parsePlanYaml(text))
  const importMs = await timeIt(5, async () => {
    await deps.db.deleteFrom('plans').execute()
    await importPlan(deps, SYSTEM_ACTOR, text)
  })
  results[file] = { validateMs, importMs }
  console.log(
    `[${engine}] ${file}: validate median ${validateMs} ms (20 runs), import median ${importMs} ms (5 runs)`,
  )
}

// One award criterion: the share of units recognised ANTT and scoring at least 70 points.
const FORMULA = 'share(units, antt.recognized and movement.score >= 70)'
const parsed = parseExpression(FORMULA)
if (!parsed.ok) throw new Error(parsed.error.message)
const UNITS = 10_000
const rows = Array.from({ length: UNITS }, (_, i) => ({
  antt: { recognized: i % 10 !== 0 },
  movement: { score: (i * 37) % 101 },
}))
let coreValue: unknown
const coreMs = await timeIt(20, () => {
  coreValue = evaluate(parsed.ast, { collections: { units: rows } })
})
await sql`create table if not exists bench_units as select i, (i % 10 <> 0) as antt_recognized, (i * 37) % 101 as movement_score from generate_series(0, ${UNITS - 1}) as i`.execute(
  deps.db,
)
const compiled = compileToSql(parsed.ast, {
  table: 'bench_units',
  columns: { 'antt.recognized': 'antt_recognized', 'movement.score': 'movement_score' },
})
let sqlValue: unknown
const sqlMs = await timeIt(20, async () => {
  const result = await deps.db.executeQuery<{ value: number }>(
    CompiledQuery.raw(compiled.sql, compiled.params),
  )
  sqlValue = result.rows[0]?.value
})
results.criterion = { formula: FORMULA, units: UNITS, coreMs, sqlMs, coreValue, sqlValue }
console.log(
  `[${engine}] criterion "${FORMULA}" over ${UNITS} units: core median ${coreMs} ms, SQL median ${sqlMs} ms (20 runs each); values ${String(coreValue)} / ${String(sqlValue)}`,
)
await close()
fs.writeFileSync(path.join(BENCH_DIR, `plans-${engine}.json`), JSON.stringify(results, null, 2))
