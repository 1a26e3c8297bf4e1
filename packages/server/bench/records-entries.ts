// One entry at a time through the services, each recomputing the targets it moves in its own
// transaction (recomputeTargets): a propaganda session of a commune (its chain), a model's year
// review (its host's and its sites' chains), a commune's December statistics, and an article
// for the provincial press placed by a commune (it counts in every unit above, so the write
// names each of them: their chains). Each call is timed whole (checks, write, audit, recompute).
import { sql } from 'kysely'
import { pathIds } from '@antq/core'
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import type { Deps } from '../src/deps'
import { recordActivity } from '../src/features/activities/activities.service'
import { saveReview } from '../src/features/models/models-reviews.service'
import { saveMonth } from '../src/features/crime-statistics/crime-statistics.service'
import { recomputeTargets } from '../src/features/targets/targets-recompute'
import { median, percentile } from './bench-db'

type Timing = { medianMs: number; p95Ms: number; runsMs: number[] }
const round = (ms: number) => Math.round(ms * 10) / 10

async function timeEach<T>(items: readonly T[], call: (item: T) => Promise<unknown>) {
  const samples: number[] = []
  for (const item of items) {
    const started = performance.now()
    await call(item)
    samples.push(performance.now() - started)
  }
  return {
    medianMs: round(median(samples)),
    p95Ms: round(percentile(samples, 95)),
    runsMs: samples.map(round),
  } satisfies Timing
}

/** Communes picked the same way on every run, spread over the country (by code). */
async function pickCommunes(deps: Deps, count: number, where = 'true') {
  const rows = await sql<{ id: number; path: string }>`SELECT id, path FROM units c
    WHERE kind = 'commune' AND ${sql.raw(where)} ORDER BY code`.execute(deps.db)
  const step = Math.max(1, Math.floor(rows.rows.length / count))
  return rows.rows.filter((_, i) => i % step === 0).slice(0, count)
}

/**
 * `runs` entries of sessions, reviews and statistics; `slow` articles, whose write names every
 * unit above the commune. `chains`: the commune's chain alone (recomputeTargets with its id),
 * what one chain of the fact sources costs.
 */
export async function measureEntries(deps: Deps, runs: number, slow: number, today: string) {
  const communes = await pickCommunes(deps, runs)
  const chains = await timeEach(communes, (unit) =>
    recomputeTargets(deps, { year: Number(today.slice(0, 4)), unitIds: [unit.id] }),
  )
  const activity = await timeEach(communes, (unit) =>
    recordActivity(deps, SYSTEM_ACTOR, unit.id, {
      ...{ heldOn: today, kind: 'session', audience: 'households', reached: 180 },
      ...{ title: 'Tuyên truyền phòng, chống lừa đảo qua mạng', areaId: null, fileId: null },
    }),
  )
  // Models planned for 2025 without a year review yet, begun before it (the year's review).
  const models = await sql<{ id: number; target_count: number }>`
    SELECT m.id, p.target_count FROM models m JOIN model_plans p ON p.model_id = m.id AND p.year = 2025
    WHERE m.status = 'active' AND m.body = 'model' AND NOT EXISTS (SELECT 1 FROM model_reviews r
      WHERE r.model_id = m.id AND r.year = 2025 AND r.period = 'year')
    ORDER BY m.id LIMIT ${runs} OFFSET 5000`.execute(deps.db)
  const review = await timeEach(models.rows, (model) =>
    saveReview(
      deps,
      SYSTEM_ACTOR,
      { id: model.id, year: 2025, period: 'year' },
      { targetsDone: model.target_count, reviewedOn: today, note: 'Đánh giá cả năm' },
    ),
  )
  // Communes that have not entered December yet (the seed leaves ~1% of them out).
  const late = await pickCommunes(
    deps,
    runs,
    `NOT EXISTS (SELECT 1 FROM crime_statistics s WHERE s.unit_id = c.id AND s.month = '2025-12')`,
  )
  const month = await timeEach(late, (unit) =>
    saveMonth(
      deps,
      SYSTEM_ACTOR,
      { unitId: unit.id, month: '2025-12' },
      { values: DECEMBER, version: 0 },
    ),
  )
  const article = await timeEach(communes.slice(0, slow), (unit) =>
    recordActivity(deps, SYSTEM_ACTOR, unit.id, {
      ...{ heldOn: today, kind: 'provincial_article', audience: 'public', reached: null },
      ...{ title: 'Bài viết về mô hình tự quản', areaId: null, fileId: null },
    }),
  )
  const chain = [...pathIds(communes.at(-1)?.path ?? ''), ...pathIds(late.at(-1)?.path ?? '')]
  return { chains, activity, review, month, article, chain }
}

const DECEMBER: Record<string, number> = {
  ...{ cases: 3, social_order_cases: 2, serious_cases: 1, cases_solved: 2 },
  ...{ serious_cases_solved: 1, tips_received: 6, tips_accepted: 6, tips_resolved: 5 },
  ...{ released_persons: 1, reoffenders: 0, wanted_existing: 2, wanted_existing_caught: 1 },
  ...{ wanted_new: 0, wanted_new_caught: 0, hotspots_selected: 1, hotspots_transformed: 0 },
}
