// A deterministic demo year for every published plan: registrations, ANTT and movement
// evaluations, accepted yearly reports, then the targets engine over every scope. Each unit
// draws from createRandom(plan key + unit code), so every machine gets the same numbers; a
// plan-year that already has registrations is left alone.
import {
  ACTIVITY_LOG_PREFIX,
  buildReportForm,
  COMMUNE_COMPLEXITY_SET,
  exemplaryUnitKinds,
  findAnttExclusion,
  findAnttPledgeBarrier,
  findRegistrationBarrier,
  reportingPeriodsOf,
  validatePlan,
  type UnitKind,
} from '@antq/core'
import type { Deps } from '../deps'
import { appendAudit } from '../features/audit/audit.repository'
import { computePlanTargets } from '../features/targets/targets.compute'
import { isLevelPick } from './generate-level-units'
import { createRandom } from './random'
import * as repo from './seed-campaign.repository'
import * as draw from './seed-campaign.units'
import { SYSTEM_ACTOR } from './seed-demo'
import { seedDemoNominations } from './seed-nominations'
import { seedDemoAwards } from './seed-awards'
import { seedDemoCrimeStatistics } from './seed-crime-statistics'
import { seedDemoEvents } from './seed-events'
import { drawStandards, standardsReadBy } from './seed-standards'
import { seedDemoActivities } from './seed-activities'
import { seedDemoModels } from './seed-models'
import { seedDemoTodo } from './seed-todo'
import { toUnitProfile } from '../features/units/unit-profile'

export const DEMO_CAMPAIGN_YEAR = 2024
export type CampaignSummary = {
  planKey: string
  year: number
  /** The plan-year already had registrations: nothing was written. */
  skipped: boolean
  eligible: number
  registered: number
  recognised: number
  /** Target count per status at the issuer's scope. */
  targets: Record<string, number>
}
type PlanRow = Awaited<ReturnType<typeof repo.listPublishedPlans>>[number]
type Loader = ReturnType<typeof repo.criteriaSetLoader>

async function seedPlan(deps: Deps, row: PlanRow, loadSet: Loader) {
  const checked = validatePlan(row.definition)
  if (!checked.ok || row.scope_path === null || row.issuer_unit_id === null) return null
  const plan = checked.plan
  const { startYear, endYear } = plan.period
  const year = Math.min(Math.max(DEMO_CAMPAIGN_YEAR, startYear), endYear ?? startYear)
  const skipped = (await repo.countRegistrations(deps.db, row.plan_key, year)) > 0
  const units = (await repo.listUnitsUnder(deps.db, row.scope_path)).filter(
    (unit) => !findRegistrationBarrier(plan, 'published', toUnitProfile(unit)),
  )
  const summary: CampaignSummary = {
    ...{ planKey: row.plan_key, year, skipped, eligible: units.length },
    ...{ registered: 0, recognised: 0, targets: {} },
  }
  const registrations: repo.Rows<'registrations'> = []
  const evaluations: repo.Rows<'evaluations'> = []
  const reports: repo.Rows<'reports'> = []
  const standards: repo.Rows<'unit_standards'> = []
  const standardKinds = standardsReadBy(plan)
  // The year's result report: NĐ 09/2019's yearly one, or the last report the plan dates itself
  // (plan 001: the one due 25/10).
  const yearReport = reportingPeriodsOf(plan, year).at(-1)?.id ?? String(year)
  const exemplaryKinds = exemplaryUnitKinds(plan)
  const routed = plan.recognitionRoutes.length > 0
  const reviewsComplexity = plan.classifications.some((each) => each.field === 'complexity.type')
  const by = SYSTEM_ACTOR.username
  for (const unit of units) {
    const random = createRandom(row.plan_key + unit.code)
    // A level's own pick (plan 001 II.2.1: 01 cơ quan a year) always registers to build one.
    const pick = isLevelPick(unit)
    if (random.next() >= 0.97 && !pick) continue
    summary.registered++
    const where = { unit_id: unit.id, unit_path: unit.path }
    const anttKey = draw.setKeyFor('antt', unit)
    const anttSet = anttKey && !findAnttPledgeBarrier(plan, toUnitProfile(unit))
    // Outside TT 124 is outside QĐ 510's classes and QĐ 9745's exemplary units too (S1): the
    // draws are still made, so every other unit's numbers stay as they were.
    const excluded = findAnttExclusion(toUnitProfile(unit)) !== undefined
    const buildsExemplary =
      exemplaryKinds.includes(unit.kind as UnitKind) && (random.next() < 0.25 || pick) && !excluded
    registrations.push({
      ...{ ...where, plan_key: row.plan_key, plan_id: row.id, year, take_part: true },
      ...{ strives_for_antt: Boolean(anttSet), award_forms: '[]', registered_by: by },
      builds_exemplary: buildsExemplary,
      registered_at: new Date(`${year}-03-15T02:00:00Z`),
    })
    const base = { ...where, evaluation_year: year, decided_by: by }
    // A plan without a recognition route (000, 004) has its exemplary units evaluated in the
    // year; 001's go through recognitions (seed-awards). Its own draw keeps the rest unchanged.
    const exemplaryKey = buildsExemplary && !routed ? draw.setKeyFor('exemplary', unit) : null
    const exemplary = exemplaryKey ? await loadSet(exemplaryKey) : null
    if (exemplary) {
      const drawn = createRandom(`${row.plan_key}${unit.code}:exemplary`)
      evaluations.push({ ...base, ...draw.exemplaryEvaluation(exemplary, year, drawn) })
    }
    const antt = anttSet ? await loadSet(anttKey) : null
    if (antt) {
      const evaluation = draw.anttEvaluation(antt, year, random)
      if (evaluation.decision_number) summary.recognised++
      evaluations.push({ ...base, ...evaluation })
    }
    const movementKey = draw.setKeyFor('movement', unit)
    const movement = movementKey ? await loadSet(movementKey) : null
    const classified = movement && draw.movementEvaluation(movement, random)
    if (classified && !excluded) evaluations.push({ ...base, ...classified })
    // A plan classifying its communes by complexity (002 IV.6) reviews each one every year; its
    // own draw, so the other figures stay as they were.
    if (reviewsComplexity && unit.kind === 'commune') {
      const set = await loadSet(COMMUNE_COMPLEXITY_SET)
      const drawn = createRandom(`${row.plan_key}${unit.code}:complexity`)
      if (set) evaluations.push({ ...base, ...draw.complexityEvaluation(set, drawn) })
    }
    const form = buildReportForm(plan, unit.kind as UnitKind)
    const drawn = form.fields.length > 0 ? draw.figuresFor(form, unit, random) : {}
    if (form.fields.length > 0) {
      const figures = JSON.stringify(drawn)
      reports.push({
        ...{ ...where, plan_key: row.plan_key, plan_id: row.id, period_id: yearReport },
        ...{ status: 'accepted', updated_by: by, figures, accepted_figures: figures },
      })
    }
    // The standards the plan's targets read, agreeing with the report's typed yes/no (own draws).
    standards.push(
      ...drawStandards({ plan, planKey: row.plan_key, year, unit }, standardKinds, drawn),
    )
  }
  if (!skipped) {
    await deps.db.transaction().execute(async (tx) => {
      await repo.insertInChunks(tx, 'registrations', registrations)
      await repo.insertInChunks(tx, 'evaluations', evaluations)
      await repo.insertInChunks(tx, 'reports', reports)
      await repo.insertInChunks(tx, 'unit_standards', standards)
      await appendAudit(tx, {
        ...{ actorId: null, actorName: by, action: 'demo.campaign', entity: 'plan' },
        entityId: row.id,
        after: {
          year,
          ...{ registrations: registrations.length, evaluations: evaluations.length },
          ...{ reports: reports.length, standards: standards.length },
        },
        reason: `Dữ liệu thi đua mẫu năm ${year}`,
      })
    })
    // The activity log behind the reports' typed figures, read by the targets computed next;
    // only for a plan reading it (another plan's seeding would change this one's facts after
    // they were computed).
    if (JSON.stringify(plan.targets).includes(ACTIVITY_LOG_PREFIX))
      await seedDemoActivities(deps, {
        planId: row.id,
        year,
        units,
        reports: reports.map((report) => ({
          unit_id: report.unit_id,
          figures: String(report.figures),
        })),
      })
    // The model register behind the typed model figures, before the targets read it.
    await seedDemoModels(deps, { planKey: row.plan_key, definition: plan, year }, units)
  }
  return summary
}

/**
 * The demo year's targets of a seeded plan, computed once every plan's records exist: a later
 * plan's models or activities in an earlier plan's territory (a province's plan over a
 * district's) would otherwise leave the earlier plan's stored figures short of its records.
 */
async function computeSeededTargets(deps: Deps, row: PlanRow, summary: CampaignSummary) {
  if (!summary.skipped) await computePlanTargets(deps, row.id, { year: summary.year })
  if (row.issuer_unit_id === null) return
  for (const value of await repo.listTargetStatuses(deps.db, row.id, row.issuer_unit_id))
    if (value.period_id === String(summary.year) && value.status)
      summary.targets[value.status] = (summary.targets[value.status] ?? 0) + 1
}

/** Seed the demo year of every published plan (or of `planKeys`); one summary per plan. */
export async function seedDemoCampaign(
  deps: Deps,
  options: { planKeys?: readonly string[] } = {},
): Promise<CampaignSummary[]> {
  const loadSet = repo.criteriaSetLoader(deps.db)
  const summaries: CampaignSummary[] = []
  // The police's monthly records the crime targets read, before any target is computed.
  await seedDemoCrimeStatistics(deps, DEMO_CAMPAIGN_YEAR)
  const seeded: [PlanRow, CampaignSummary][] = []
  for (const row of await repo.listPublishedPlans(deps.db)) {
    if (options.planKeys && !options.planKeys.includes(row.plan_key)) continue
    const summary = await seedPlan(deps, row, loadSet)
    if (summary) seeded.push([row, summary])
  }
  for (const [row, summary] of seeded) {
    await computeSeededTargets(deps, row, summary)
    summaries.push(summary)
  }
  // Nominations rest on the campaign's evaluations; written once, like the campaign.
  if (!options.planKeys) {
    await seedDemoNominations(deps)
    // Councils, decisions and a recognition rest on those nominations (seed-awards).
    await seedDemoAwards(deps)
    // Ngày hội and forums, with awards handed over from those decisions (seed-events).
    await seedDemoEvents(deps, DEMO_CAMPAIGN_YEAR)
    // A report waiting for the district and one returned to a commune (the to-do home).
    await seedDemoTodo(deps)
  }
  return summaries
}
