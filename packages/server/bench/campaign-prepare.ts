// Build the campaign world in its own process (its import's memory stays out of the figures).
// Usage: tsx campaign-prepare.ts ENGINE DBNAME national|small
import { openDatabase, peakRssMb, resetDatabase, type Engine } from './bench-db'
import { buildWorld } from './campaign-world'

const [engine, name, size] = process.argv.slice(2) as [Engine, string, 'national' | 'small']
await resetDatabase(engine, name)
const { deps, close } = await openDatabase(engine, name)
const started = performance.now()
const world = await buildWorld(deps, size)
const ms = performance.now() - started
await close()
console.log(JSON.stringify({ ...world, ms, peakRssMb: peakRssMb() }))
