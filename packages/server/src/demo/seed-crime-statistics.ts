// The demo's crime statistics (issue 12 item 4): for every published plan whose targets read the
// police's records, twelve months of its year and of its baseline year for each commune of its
// territory, drawn per commune and month (createRandom), so every machine gets the same figures.
// The baseline year runs a little higher in social-order crime, as the plans expect it to fall.
// Each month holds core's rules (solved ≤ cases, resolved ≤ accepted ≤ received).
import {
  CRIME_STATISTICS_PREFIX,
  monthsOfYear,
  validateStatisticMonth,
  type Plan,
} from '@antq/core'
import type { Deps } from '../deps'
import { appendAudit } from '../features/audit/audit.repository'
import { createRandom, type Random } from './random'
import * as repo from './seed-campaign.repository'
import { countCrimeStatistics } from './seed-crime-statistics.repository'
import { SYSTEM_ACTOR } from './seed-demo'

/** One commune's month: `rate` scales the crime it sees (the baseline year's is higher). */
export function drawMonth(random: Random, rate: number, hotspot: boolean) {
  const cases = random.int(0, Math.round(4 * rate))
  const socialOrder = Math.min(cases, random.int(0, Math.round(3 * rate)))
  const serious = random.next() < 0.2 ? Math.min(cases, 1) : 0
  const solved = Math.max(serious, cases - (random.next() < 0.25 ? 1 : 0))
  const seriousSolved = random.next() < 0.9 ? serious : 0
  const received = random.int(0, 6)
  const accepted = random.next() < 0.95 ? received : Math.max(0, received - 1)
  const resolved = random.next() < 0.85 ? accepted : Math.max(0, accepted - 1)
  return {
    ...{ cases, social_order_cases: socialOrder, serious_cases: serious, cases_solved: solved },
    ...{ serious_cases_solved: seriousSolved, tips_received: received },
    ...{ tips_accepted: accepted, tips_resolved: resolved },
    ...{ released_persons: random.int(0, 2), reoffenders: random.next() < 0.08 ? 1 : 0 },
    ...{ wanted_existing: random.int(0, 3), wanted_existing_caught: random.next() < 0.15 ? 1 : 0 },
    ...{ wanted_new: random.next() < 0.12 ? 1 : 0 },
    wanted_new_caught: random.next() < 0.06 ? 1 : 0,
    hotspots_selected: hotspot ? 1 : 0,
    hotspots_transformed: hotspot && random.next() < 0.08 ? 1 : 0,
  }
}

const readsStatistics = (plan: Plan) =>
  plan.targets.some((target) => JSON.stringify(target.measure).includes(CRIME_STATISTICS_PREFIX))

const baselineYearOf = (plan: Plan) =>
  plan.targets.flatMap((target) =>
    target.measure.type === 'change_vs_baseline' ? [target.measure.baselineYear] : [],
  )[0]

/** Seed the statistics of every plan reading them (left alone where the territory has some). */
export async function seedDemoCrimeStatistics(deps: Deps, year: number) {
  for (const row of await repo.listPublishedPlans(deps.db)) {
    const plan = row.definition as Plan
    if (!row.scope_path || !readsStatistics(plan)) continue
    const communes = (await repo.listUnitsUnder(deps.db, row.scope_path)).filter(
      (unit) => unit.kind === 'commune',
    )
    if (communes.length === 0) continue
    const existing = await countCrimeStatistics(deps.db, communes[0]?.id ?? 0)
    if (existing > 0) continue
    const years = [...new Set([baselineYearOf(plan), year].filter((each) => each !== undefined))]
    const at = new Date(`${year}-12-20T02:00:00Z`)
    const rows: repo.Rows<'crime_statistics'> = []
    for (const unit of communes) {
      const hotspot = createRandom(`crime:${unit.code}`).next() < 0.3
      for (const each of years)
        for (const month of monthsOfYear(each)) {
          const random = createRandom(`crime:${unit.code}:${month}`)
          const values = drawMonth(random, each === year ? 1 : 1.15, hotspot)
          if (validateStatisticMonth(values).length > 0) continue
          for (const [kind, value] of Object.entries(values))
            rows.push({
              ...{ unit_id: unit.id, month, kind, value },
              ...{ entered_by: SYSTEM_ACTOR.username, entered_at: at },
            })
        }
    }
    await deps.db.transaction().execute(async (tx) => {
      await repo.insertInChunks(tx, 'crime_statistics', rows)
      await appendAudit(tx, {
        ...{ actorId: null, actorName: SYSTEM_ACTOR.username, action: 'demo.crime_statistics' },
        ...{ entity: 'plan', entityId: row.id, after: { years, rows: rows.length } },
        reason: `Số liệu tội phạm mẫu các năm ${years.join(', ')}`,
      })
    })
  }
}
