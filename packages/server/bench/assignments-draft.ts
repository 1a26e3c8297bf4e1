// Drafting a province's yearly upward report at national size (issue 11 item 9, aim < 2 s):
// every computed part of each province's report on its plan — targets as the dashboard shows
// them, registrations, evaluations, recognitions, awards, late units (registrations, reports,
// reports upward), the lower levels' reports and its ~16,500 task shares — one province at a
// time, each the first draft of that province (nothing of it in the read cache).
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import type { Deps } from '../src/deps'
import { loadPlan } from '../src/features/reports/reports.context'
import { buildComputedParts } from '../src/features/upward-reports/upward-reports-draft'
import { median, percentile } from './bench-db'

export async function measureProvinceDrafts(
  deps: Deps,
  plans: readonly { id: number }[],
  year: number,
  today: string,
) {
  const latencies: number[] = []
  let parts = 0
  for (const { id } of plans) {
    const plan = await loadPlan(deps.db, id)
    if (plan.issuerUnitId === null) continue
    const unit = await deps.db
      .selectFrom('units')
      .select(['id', 'path', 'kind'])
      .where('id', '=', plan.issuerUnitId)
      .executeTakeFirstOrThrow()
    const begun = performance.now()
    const drawn = await buildComputedParts(deps, SYSTEM_ACTOR, {
      ...{ planId: plan.id, planKey: plan.key, plan: plan.plan, year, today, unit },
    })
    latencies.push(performance.now() - begun)
    parts = drawn.length
  }
  const round = (ms: number) => Math.round(ms)
  return {
    drafts: latencies.length,
    parts,
    p50: round(median(latencies)),
    p95: round(percentile(latencies, 95)),
    max: round(Math.max(...latencies)),
  }
}
