// Eligibility benchmark on one engine (argv[2]): 10,000 nominations of plan 000's award forms
// (eligibility-world.ts), judged (1) in one batch (nominations-batch.ts: the facts of every
// nominee in a few set-based statements, core's checkEligibility per nomination) and (2) one
// by one the way a nomination's page does it (findNomination, loadNomineeFacts + listAttestations +
// checkEligibility, as nominations.assess.ts). Both must agree on every nomination. The
// world is built once per engine in its own process; ANTQ_BENCH_REUSE=1 keeps a built one.
// ANTQ_BENCH_RUNS (default 5) batch runs; the one-by-one path runs at most 3 times.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { checkEligibility, findAwardForm, type Eligibility } from '@antq/core'
import { migrateToLatest } from '../src/db/migrate'
import type { Deps } from '../src/deps'
import { personFactsOf } from '../src/features/nominations/nominations.assess'
import { loadPlan } from '../src/features/nominations/nominations.context'
import { loadNomineeFacts } from '../src/features/nominations/nominations.facts'
import {
  findNomination,
  listAttestations,
} from '../src/features/nominations/nominations.repository'
import {
  assessPlanYearEligibility,
  nomineeUnitOf,
} from '../src/features/nominations/nominations-batch'
import { listPlanNominations } from '../src/features/nominations/nominations-batch.repository'
import { BENCH_DIR, openDatabase, peakRssMb, type Engine } from './bench-db'
import { timeRuns } from './campaign-measure'
import type { EligibilityWorld } from './eligibility-world'

const engine = (process.argv[2] ?? 'pglite') as Engine
const runs = Number(process.env.ANTQ_BENCH_RUNS ?? 5)
const name = 'eligibility'
const worldFile = path.join(BENCH_DIR, `${name}-${engine}.world.json`)
const results: Record<string, unknown> = { engine }

function prepareWorld(): EligibilityWorld & { ms?: number } {
  if (process.env.ANTQ_BENCH_REUSE === '1' && fs.existsSync(worldFile))
    return JSON.parse(fs.readFileSync(worldFile, 'utf8')) as EligibilityWorld
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'eligibility-prepare.ts'), engine, name],
    { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const world = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as EligibilityWorld
  fs.writeFileSync(worldFile, JSON.stringify(world))
  return world
}

/** The product's one-nomination path: the row by id, then the eligibility part of assessNomination. */
async function assessOneByOne(deps: Deps, planId: number, year: number) {
  const handle = await loadPlan(deps.db, planId)
  const results = new Map<number, Eligibility>()
  for (const { id } of await listPlanNominations(deps.db, handle.key, year)) {
    const row = await findNomination(deps.db, id)
    if (!row) throw new Error(`no nomination ${id}`)
    const { facts, unitKind } = await loadNomineeFacts(deps.db, {
      ...{ planKey: row.plan_key, year: row.year, unitId: nomineeUnitOf(row) },
      person: personFactsOf(row),
    })
    const attestations = (await listAttestations(deps.db, row.id)).map((item) => ({
      conditionKey: item.condition_id,
      evidenceFileId: item.evidence_file_id,
      evidenceFilename: item.filename,
      confirmedBy: item.confirmed_by,
      confirmedAt: item.confirmed_day,
      note: item.note,
    }))
    const formId = findAwardForm(handle.plan, row.award_form_id).id
    const subjectId = row.subject_id
    const input = { plan: handle.plan, formId, subjectId, unitKind, facts, attestations }
    results.set(row.id, checkEligibility(input))
  }
  return results
}

function compare(batch: Map<number, Eligibility>, single: Map<number, Eligibility>) {
  const differ = [...single].filter(
    ([id, each]) => JSON.stringify(batch.get(id)) !== JSON.stringify(each),
  )
  const eligible = [...single.values()].filter((each) => each.eligible).length
  const conditions = [...single.values()].reduce((sum, each) => sum + each.conditions.length, 0)
  return { equal: differ.length === 0 && batch.size === single.size, differ, eligible, conditions }
}

const log = (line: string) => console.log(`[${engine}] ${line}`)
fs.mkdirSync(BENCH_DIR, { recursive: true })
const world = prepareWorld()
results.world = world
log(
  `world: ${world.units} units, ${world.nominations} nominations of plan 000's forms for ${world.year}, ${world.attestations} attestations` +
    (world.ms ? `, built in ${Math.round(world.ms / 1000)} s` : ' (reused)'),
)
const { deps, close } = await openDatabase(engine, name)
await migrateToLatest(deps.db)

let batch = new Map<number, Eligibility>()
const batchTiming = await timeRuns(runs, async () => {
  batch = await assessPlanYearEligibility(deps.db, world.planId, world.year)
})
results.batch = { ...batchTiming, nominations: batch.size, peakRssMb: peakRssMb() }
log(
  `batch eligibility of ${batch.size} nominations: median ${batchTiming.medianMs} ms over ${runs} runs (${batchTiming.runsMs.join(', ')}), peak RSS ${peakRssMb()} MB`,
)

let single = new Map<number, Eligibility>()
const singleRuns = Math.max(1, Math.min(runs, 3))
const singleTiming = await timeRuns(singleRuns, async () => {
  single = await assessOneByOne(deps, world.planId, world.year)
})
results.oneByOne = { ...singleTiming, nominations: single.size, peakRssMb: peakRssMb() }
log(
  `one by one (per-nomination path) of ${single.size} nominations: median ${singleTiming.medianMs} ms over ${singleRuns} runs (${singleTiming.runsMs.join(', ')}), peak RSS ${peakRssMb()} MB (cumulative)`,
)

const check = compare(batch, single)
results.check = { ...check, differ: check.differ.slice(0, 3).map(([id]) => id) }
log(
  `${check.eligible} eligible, ${check.conditions} conditions judged; batch ${check.equal ? 'equal to' : `DIFFERS from (${check.differ.length} nominations)`} one by one; batch ${Math.round((singleTiming.medianMs / batchTiming.medianMs) * 10) / 10}× faster`,
)
await close()
fs.writeFileSync(path.join(BENCH_DIR, `${name}-${engine}.json`), JSON.stringify(results, null, 2))
if (!check.equal) process.exit(1)
