// One timed import in its own process, so its peak memory is its own.
// Usage: tsx import-once.ts ENGINE DBNAME VERSION FILE
import fs from 'node:fs'
import path from 'node:path'
import type { UnitVersion } from '@antq/core'
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import { importUnits } from '../src/features/units/units-import.service'
import { openDatabase, peakRssMb, type Engine } from './bench-db'

const [engine, name, version, file] = process.argv.slice(2) as [Engine, string, UnitVersion, string]
const { deps, close } = await openDatabase(engine, name)
const bytes = fs.readFileSync(file)
const started = performance.now()
const result = await importUnits(deps, SYSTEM_ACTOR, {
  version,
  fileName: path.basename(file),
  bytes,
  dryRun: false,
})
const ms = performance.now() - started
await close()
if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
console.log(JSON.stringify({ ms, created: result.created, peakRssMb: peakRssMb() }))
