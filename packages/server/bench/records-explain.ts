// EXPLAIN (ANALYZE, BUFFERS) of the records bench's statements on a built world (diagnosis only):
// `engine` the engine's grouped statement over the country, `hand` the hand-written SQL,
// `chain` one commune's statement (its id as the third argument).
// Usage: ANTQ_TEST_PG_URL=… node --import tsx records-explain.ts engine|hand|chain [communeId]
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { loadPlanContext, yearSpan } from '../src/features/targets/targets.engine'
import { queryAllTargets } from '../src/features/targets/targets.batch'
import { listScopeUnits } from '../src/features/targets/targets.repository'
import { BENCH_DIR, openDatabase } from './bench-db'
import { queryHandWritten } from './records-hand'

const which = process.argv[2] ?? 'engine'
const world = JSON.parse(
  fs.readFileSync(path.join(BENCH_DIR, 'records_national-postgres.world.json'), 'utf8'),
) as { planId: number }
const plans: string[] = []
type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown
const proto = pg.Client.prototype as unknown as { query: Query }
const original = proto.query
proto.query = function (this: unknown, config: unknown, values?: unknown, callback?: unknown) {
  const text = typeof config === 'string' ? config : (config as { text?: string }).text
  if (text && text.length > 2000 && !text.startsWith('EXPLAIN')) {
    const explained = `EXPLAIN (ANALYZE, BUFFERS) ${text}`
    const next = typeof config === 'string' ? explained : { ...(config as object), text: explained }
    const result = original.call(this, next, values, callback) as Promise<{
      rows: Record<string, string>[]
    }>
    return result.then((res) => {
      plans.push(res.rows.map((row) => row['QUERY PLAN']).join('\n'))
      return { ...res, rows: [] }
    })
  }
  return original.call(this, config, values, callback)
}
const { deps, close } = await openDatabase('postgres', 'records_national')
const context = await loadPlanContext(deps, world.planId, '2025-12-14', 2025)
const scopeIds = (await listScopeUnits(deps.db, context.issuer.path)).map((unit) => unit.id)
const scope = { rootPath: context.issuer.path, scopeIds }
if (which === 'engine') await queryAllTargets(deps, context, scope)
if (which === 'hand') await queryHandWritten(deps, { ...scope, year: 2025, ...yearSpan(context) })
if (which === 'chain') {
  const id = Number(process.argv[3])
  const unit = await deps.db
    .selectFrom('units')
    .select('path')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  await queryAllTargets(deps, context, { rootPath: unit.path, scopeIds: [id] })
}
console.log(plans.join('\n\n'))
await close()
