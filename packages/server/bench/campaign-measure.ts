// The campaign measurements on an opened world: full recompute, incremental recompute after one
// evaluation changes, and one target against its hand-written SQL.
import { pathIds, type TargetValue } from '@antq/core'
import { sql } from 'kysely'
import type { Deps } from '../src/deps'
import { computePlanTargets } from '../src/features/targets/targets.compute'
import { loadPlanContext } from '../src/features/targets/targets.engine'
import { recomputeTargets } from '../src/features/targets/targets-recompute'
import { queryAllTargets } from '../src/features/targets/targets.batch'
import { listScopeUnits } from '../src/features/targets/targets.repository'
import { median } from './bench-db'
import { diffValues, HAND_TARGET, queryHandWritten } from './campaign-hand'

export const TODAY = '2025-12-14'
/** The campaign year holding TODAY, computed and recomputed by every measurement. */
const YEAR = 2025

export async function timeRuns(runs: number, work: () => Promise<unknown>) {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work()
    samples.push(performance.now() - started)
  }
  return { medianMs: Math.round(median(samples) * 10) / 10, runsMs: samples.map(Math.round) }
}

export async function measureFull(deps: Deps, planId: number, runs: number) {
  let values = 0
  const timing = await timeRuns(runs, async () => {
    values = (await computePlanTargets(deps, planId, { year: YEAR })).results.length
  })
  return { ...timing, values }
}

/** A residential area with an ANTT evaluation, picked the same way on every engine. */
async function pickUnit(deps: Deps) {
  const row = await sql<{ id: number; path: string }>`select u.id, u.path from units u
    join evaluations e on e.unit_id = u.id and e.kind = 'antt'
    where u.kind = 'residential_area' order by u.code limit 1 offset 1000`.execute(deps.db)
  const unit = row.rows[0]
  if (!unit) throw new Error('no evaluated residential area')
  return unit
}

/** Flip the unit's ANTT result (the write itself is not timed), then recompute its chain. */
export async function measureIncremental(deps: Deps, planId: number, runs: number) {
  const unit = await pickUnit(deps)
  const chain = pathIds(unit.path)
  let touched = 0
  let flips = 0
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    await sql`update evaluations set
        result = case when result = 'dat' then 'chua_dat' else 'dat' end,
        decision_number = case when result = 'dat' then null else '1/QĐ-UBND' end,
        updated_at = now()
      where unit_id = ${unit.id} and kind = 'antt'`.execute(deps.db)
    flips++
    const started = performance.now()
    touched = await recomputeTargets(deps, { year: YEAR, unitIds: [unit.id] })
    samples.push(performance.now() - started)
  }
  const { plan } = await loadPlanContext(deps, planId, TODAY)
  // The chain's stored values must equal a full recompute's.
  const before = await readChain(deps, planId, chain)
  await computePlanTargets(deps, planId, { year: YEAR })
  const after = await readChain(deps, planId, chain)
  const consistent = JSON.stringify(before) === JSON.stringify(after)
  return {
    medianMs: Math.round(median(samples) * 10) / 10,
    runsMs: samples.map(Math.round),
    unitId: unit.id,
    chainScopes: chain.length,
    valuesWritten: touched,
    targets: plan.targets.length,
    flips,
    consistent,
  }
}

async function readChain(deps: Deps, planId: number, chain: number[]) {
  return deps.db
    .selectFrom('target_values')
    .select(['target_id', 'scope_unit_id', 'numerator', 'denominator', 'status'])
    .where('plan_id', '=', planId)
    .where('scope_unit_id', 'in', chain)
    .orderBy('target_id')
    .orderBy('scope_unit_id')
    .execute()
}

export async function measureRatio(deps: Deps, planId: number, runs: number) {
  const context = await loadPlanContext(deps, planId, TODAY)
  const target = context.plan.targets.find((each) => each.id === HAND_TARGET)
  if (!target) throw new Error(`plan has no target ${HAND_TARGET}`)
  const scopeIds = (await listScopeUnits(deps.db, context.issuer.path)).map((unit) => unit.id)
  const scope = { rootPath: context.issuer.path, scopeIds }
  let engineValues = new Map<number, TargetValue>()
  let handValues = new Map<number, TargetValue>()
  const engine = await timeRuns(runs, async () => {
    const all = await queryAllTargets(deps, context, scope, [target])
    engineValues = all.get(target.id) ?? new Map<number, TargetValue>()
  })
  const hand = await timeRuns(runs, async () => {
    handValues = await queryHandWritten(deps, { ...scope, year: context.year })
  })
  const differ = diffValues(engineValues, handValues)
  return {
    target: HAND_TARGET,
    scopes: scopeIds.length,
    engineMs: engine.medianMs,
    handMs: hand.medianMs,
    ratio: Math.round((engine.medianMs / hand.medianMs) * 100) / 100,
    equal: differ.length === 0,
    differ: differ.slice(0, 5),
  }
}
