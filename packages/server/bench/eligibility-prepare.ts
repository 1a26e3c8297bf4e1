// Build the eligibility world in its own process (its import's memory stays out of the figures).
// Usage: tsx eligibility-prepare.ts ENGINE DBNAME — prints the world as one JSON line.
import { openDatabase, peakRssMb, resetDatabase, type Engine } from './bench-db'
import { buildEligibilityWorld } from './eligibility-world'

const [engine, name] = process.argv.slice(2) as [Engine, string]
await resetDatabase(engine, name)
const { deps, close } = await openDatabase(engine, name)
const started = performance.now()
const world = await buildEligibilityWorld(deps)
const ms = performance.now() - started
await close()
console.log(JSON.stringify({ ...world, ms, peakRssMb: peakRssMb() }))
