// Build the records world in its own process (its build's memory stays out of the figures):
// the national units (campaign-world.ts), the records plan, then the records themselves.
// Usage: tsx records-prepare.ts ENGINE DBNAME national|small
import { sql } from 'kysely'
import { openDatabase, peakRssMb, resetDatabase, type Engine } from './bench-db'
import { buildUnits } from './campaign-world'
import { importRecordsPlan } from './records-plan'
import { seedRecords } from './records-seed'

const [engine, name, size] = process.argv.slice(2) as [Engine, string, 'national' | 'small']
await resetDatabase(engine, name)
const { deps, close } = await openDatabase(engine, name)
const log = (line: string) => console.error(`[${engine}] build: ${line}`)
const started = performance.now()
const root = await buildUnits(deps, size)
log(`units: ${Math.round(performance.now() - started)} ms`)
const planId = await importRecordsPlan(deps)
await seedRecords(deps, root.path, log)
const ms = performance.now() - started
const count = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(deps.db))
      .rows[0]?.n,
  )
const counts: Record<string, number> = {}
for (const table of [
  'units',
  'models',
  'model_sites',
  'model_reviews',
  'activities',
  'crime_statistics',
  'unit_standards',
])
  counts[table] = await count(table)
await close()
console.log(JSON.stringify({ planId, root, counts, ms, peakRssMb: peakRssMb() }))
