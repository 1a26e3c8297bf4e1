// Unit register benchmarks on one engine (argv[2]): imports, subtree query, search.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import { REPO_ROOT } from '../src/config'
import { readCommunes2025 } from '../src/cli/commands/demo'
import { NATIONAL_DENSITY, generateUnits, toCsv } from '../src/demo/generate-units'
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import { listSubtreeUnits } from '../src/features/units/units.repository'
import { searchUnits } from '../src/features/units/units.service'
import { BENCH_DIR, median, openDatabase, percentile, resetDatabase, type Engine } from './bench-db'

const engine = (process.argv[2] ?? 'pglite') as Engine
const runs = Number(process.env.ANTQ_BENCH_RUNS ?? 3)
const UNITS_2025 = path.join(REPO_ROOT, 'reference-data/vn-admin/units-2025.csv')
const NATIONAL = path.join(BENCH_DIR, 'national-units.csv')
const results: Record<string, unknown> = { engine }

function importOnce(name: string, version: string, file: string) {
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'import-once.ts'),
      engine,
      name,
      version,
      file,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  )
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as {
    ms: number
    created: number
    peakRssMb: number
  }
}

function report(
  key: string,
  label: string,
  samples: { ms: number; peakRssMb: number; created?: number }[],
) {
  const entry = {
    medianMs: Math.round(median(samples.map((s) => s.ms))),
    runsMs: samples.map((s) => Math.round(s.ms)),
    peakRssMb: Math.max(...samples.map((s) => s.peakRssMb)),
    rows: samples[0]?.created,
  }
  results[key] = entry
  console.log(
    `[${engine}] ${label}: median ${entry.medianMs} ms over ${samples.length} runs (${entry.runsMs.join(', ')}), ${entry.rows} units, peak RSS ${entry.peakRssMb} MB`,
  )
}

fs.mkdirSync(BENCH_DIR, { recursive: true })
const small = []
for (let i = 0; i < runs; i++) {
  await resetDatabase(engine, 'u2025')
  small.push(importOnce('u2025', '2025', UNITS_2025))
}
report('import2025', 'import units-2025.csv', small)

if (!fs.existsSync(NATIONAL))
  fs.writeFileSync(NATIONAL, toCsv(generateUnits(readCommunes2025(), NATIONAL_DENSITY)))
const national = []
for (let i = 0; i < runs; i++) {
  await resetDatabase(engine, 'national')
  importOnce('national', '2025', UNITS_2025)
  national.push(importOnce('national', '2025', NATIONAL))
}
report('importNational', 'import national synthetic set (CSV)', national)

const { deps, close } = await openDatabase(engine, 'national')
const largest = await deps.db
  .selectFrom('units as p')
  .select([
    'p.id',
    'p.name',
    'p.path',
    (eb) =>
      eb
        .selectFrom('units as c')
        .select(eb.fn.countAll<number>().as('n'))
        .where('c.path', 'like', sql<string>`p.path || '%'`)
        .as('n'),
  ])
  .where('p.kind', '=', 'province')
  .orderBy('n', 'desc')
  .limit(1)
  .executeTakeFirstOrThrow()
const subtreeMs: number[] = []
let subtreeRows = 0
for (let i = 0; i < 7; i++) {
  const started = performance.now()
  subtreeRows = (await listSubtreeUnits(deps.db, largest.path)).length
  subtreeMs.push(performance.now() - started)
}
results.subtree = {
  province: largest.name,
  rows: subtreeRows,
  medianMs: Math.round(median(subtreeMs)),
}
console.log(
  `[${engine}] subtree of the largest province (${largest.name}, ${subtreeRows} units): median ${Math.round(median(subtreeMs))} ms over 7 runs`,
)

const names = await deps.db
  .selectFrom('units')
  .select('name')
  .where(sql<boolean>`id % 997 = 0`)
  .limit(200)
  .execute()
const queries = names.map((row, i) =>
  row.name
    .split(' ')
    .slice(i % 3 === 0 ? 1 : -2)
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .toLowerCase(),
)
const searchMs: number[] = []
for (const q of queries) {
  const started = performance.now()
  await searchUnits(deps, SYSTEM_ACTOR, { q, version: '2025', limit: 20 })
  searchMs.push(performance.now() - started)
}
results.search = {
  queries: queries.length,
  p50Ms: Math.round(percentile(searchMs, 50) * 10) / 10,
  p95Ms: Math.round(percentile(searchMs, 95) * 10) / 10,
}
console.log(
  `[${engine}] unit search over ${queries.length} accent-free queries: p50 ${percentile(searchMs, 50).toFixed(1)} ms, p95 ${percentile(searchMs, 95).toFixed(1)} ms`,
)
await close()
fs.writeFileSync(path.join(BENCH_DIR, `units-${engine}.json`), JSON.stringify(results, null, 2))
