// `npm run bench`: every benchmark on PGlite, then on PostgreSQL. Figures are printed (and
// written to .tmp/bench/*.json), never asserted.
import fs from 'node:fs'
import path from 'node:path'
import { checkNode, ensureLocalPostgres, ensureNpmPackages, ROOT, run } from './lib.mjs'

checkNode()
ensureNpmPackages()
const pgUrl = ensureLocalPostgres()
const benches = fs
  .readdirSync(path.join(ROOT, 'packages/server/bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()
let failed = 0
for (const engine of ['pglite', 'postgres'])
  for (const bench of benches) {
    console.log(`\n=== ${bench} on ${engine} ===`)
    const status = run(
      process.execPath,
      ['--import', 'tsx', `packages/server/bench/${bench}`, engine],
      { env: { ...process.env, ANTQ_TEST_PG_URL: pgUrl } },
    )
    if (status !== 0) failed += 1
  }
process.exit(failed > 0 ? 1 : 0)
