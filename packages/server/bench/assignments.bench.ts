// Assignments at national size on one engine (argv[2]): ≥ 500,000 shares (assignments-world.ts);
// a body's list and a plan owner's scorecard, 50 concurrent, through the services and through
// hand-written SQL in the same run (the results compared). Aim on PostgreSQL: p95 < 100 ms.
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import {
  listUnitAssignments,
  scorePlanAssignments,
} from '../src/features/assignments/assignments.service'
import { scorePlan } from '../src/features/assignments/assignments.repository'
import { BENCH_DIR, median, openDatabase, percentile, resetDatabase, type Engine } from './bench-db'
import { measureProvinceDrafts } from './assignments-draft'
import { buildAssignmentWorld, YEAR } from './assignments-world'

const engine = (process.argv[2] ?? 'pglite') as Engine
const CONCURRENCY = 50
const REQUESTS = 500
const TODAY = `${YEAR}-08-15`
const results: Record<string, unknown> = { engine }

fs.mkdirSync(BENCH_DIR, { recursive: true })
await resetDatabase(engine, 'assignments')
const opened = await openDatabase(engine, 'assignments')
const started = performance.now()
await buildAssignmentWorld(opened.deps)
const deps = { ...opened.deps, now: () => new Date(`${TODAY}T03:00:00Z`) }
const total = Number(
  (await sql<{ n: string }>`select count(*) as n from assignments`.execute(deps.db)).rows[0]?.n,
)
const buildMs = Math.round(performance.now() - started)
results.world = { shares: total, buildMs }
console.log(`[${engine}] world: ${total} shares built in ${buildMs} ms`)

const owners = (
  await sql<{ id: number }>`select owner_unit_id as id from assignments
    group by owner_unit_id order by owner_unit_id`.execute(deps.db)
).rows.map((row) => row.id)
const sample = Array.from(
  { length: 200 },
  (_, i) => owners[Math.floor((i * owners.length) / 200)] ?? 0,
)
const plans = await deps.db
  .selectFrom('plans')
  .select(['id', 'plan_key'])
  .where('plan_key', 'like', 'bench-asg-%')
  .execute()

/** `count` calls, `CONCURRENCY` at a time; each call's latency in ms. */
async function measure(count: number, call: (index: number) => Promise<unknown>) {
  const latencies: number[] = []
  let next = 0
  const worker = async () => {
    while (next < count) {
      const index = next++
      const begun = performance.now()
      await call(index)
      latencies.push(performance.now() - begun)
    }
  }
  const begun = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return { latencies, wallMs: performance.now() - begun }
}

function report(key: string, label: string, run: { latencies: number[]; wallMs: number }) {
  const entry = {
    p50: Math.round(median(run.latencies) * 10) / 10,
    p95: Math.round(percentile(run.latencies, 95) * 10) / 10,
    requests: run.latencies.length,
    wallMs: Math.round(run.wallMs),
  }
  results[key] = entry
  console.log(
    `[${engine}] ${label}: p50 ${entry.p50} ms, p95 ${entry.p95} ms (${entry.requests} requests, ${CONCURRENCY} concurrent, ${entry.wallMs} ms)`,
  )
}

const status =
  sql.raw(`case when a.review = 'accepted' then 'done' when a.review = 'submitted' then 'in_progress'
  when a.due_date < date '${TODAY}' then 'overdue' else a.status end`)
const handList = (unitId: number) =>
  sql<{ id: number; status: string }>`select a.id, a.task_id, a.occurrence, a.role, a.review,
      to_char(a.due_date, 'YYYY-MM-DD') as due, ${status} as status, u.name
    from assignments a join units u on u.id = a.owner_unit_id
    where a.owner_unit_id = ${unitId} and a.year = ${YEAR}
    order by a.due_date, a.id limit 200`.execute(deps.db)
const handScore = (planKey: string) =>
  sql<Record<string, number>>`select a.owner_unit_id as "unitId", count(*)::int as total,
      sum(case when a.review = 'accepted' and a.completed_on <= a.due_date then 1 else 0 end)::int as "onTime",
      sum(case when a.review = 'accepted' and a.completed_on > a.due_date then 1 else 0 end)::int as late,
      sum(case when ${status} = 'overdue' then 1 else 0 end)::int as overdue,
      sum(case when ${status} = 'in_progress' then 1 else 0 end)::int as "inProgress",
      sum(case when ${status} = 'not_started' then 1 else 0 end)::int as "notStarted"
    from assignments a where a.plan_key = ${planKey} and a.year = ${YEAR}
    group by a.owner_unit_id`.execute(deps.db)

const listOf = (unitId: number) =>
  listUnitAssignments(deps, SYSTEM_ACTOR, {
    unitId,
    year: YEAR,
    late: false,
    limit: 200,
    offset: 0,
  })
const scoreOf = (planId: number) => scorePlanAssignments(deps, SYSTEM_ACTOR, planId, YEAR)

// The services and the hand-written SQL agree (every plan's scorecard, a sample of lists).
let mismatches = 0
for (const plan of plans) {
  const card = await scoreOf(plan.id)
  const hand = new Map((await handScore(plan.plan_key)).rows.map((row) => [row.unitId, row]))
  for (const body of card.bodies) {
    const { unitId: _unit, ...counts } = hand.get(body.unit.id) ?? {}
    const { unit: _u, ...ours } = body
    if (JSON.stringify(ours) !== JSON.stringify({ ...ours, ...counts })) mismatches += 1
  }
  if (hand.size !== card.bodies.length) mismatches += 1
}
// Compared on bodies outside the timed sample, so the cold pass below stays cold.
for (const unitId of sample.slice(0, 20).map((id) => owners[owners.indexOf(id) + 1] ?? id)) {
  const ours = (await listOf(unitId)).items.map((item) => `${item.id}:${item.status}`)
  const hand = (await handList(unitId)).rows.map((row) => `${row.id}:${row.status}`)
  if (ours.join() !== hand.join()) mismatches += 1
}
results.mismatches = mismatches
console.log(`[${engine}] service vs hand-written SQL: ${mismatches} mismatches`)

// Cold: every request a different body (each a read-cache miss); warm: the cache holds them
// until the next write (ADR 010). The scorecard's SQL is also timed without the cache.
const repeat = (i: number) => sample[i % sample.length] ?? 0
const planAt = (i: number) => plans[i % plans.length] ?? { id: 0, plan_key: '' }
report(
  'bodyListCold',
  "a body's list, cold (service)",
  await measure(sample.length, (i) => listOf(repeat(i))),
)
report(
  'bodyListWarm',
  "a body's list, warm (service)",
  await measure(REQUESTS, (i) => listOf(repeat(i))),
)
report(
  'bodyListHand',
  "a body's list (hand SQL)",
  await measure(REQUESTS, (i) => handList(repeat(i))),
)
report(
  'scorecardSql',
  "plan owner scorecard, uncached (the service's SQL)",
  await measure(REQUESTS, (i) => scorePlan(deps.db, planAt(i).plan_key, YEAR, TODAY)),
)
report(
  'scorecardWarm',
  'plan owner scorecard, warm (service)',
  await measure(REQUESTS, (i) => scoreOf(planAt(i).id)),
)
report(
  'scorecardHand',
  'plan owner scorecard (hand SQL)',
  await measure(REQUESTS, (i) => handScore(planAt(i).plan_key)),
)

const drafts = await measureProvinceDrafts(deps, plans, YEAR, TODAY)
results.provinceDraft = drafts
console.log(
  `[${engine}] a province's yearly report drafted (every computed part, first draft of each of ${drafts.drafts} provinces, one at a time): p50 ${drafts.p50} ms, p95 ${drafts.p95} ms, max ${drafts.max} ms`,
)

fs.writeFileSync(
  path.join(BENCH_DIR, `assignments-${engine}.json`),
  JSON.stringify(results, null, 2),
)
await opened.close()
if (mismatches > 0) process.exit(1)
