// One campaign year at national scale in a few set-based statements: registrations, ANTT,
// movement and exemplary evaluations, and one accepted yearly report per registered unit.
// What each kind of unit may do (registration barriers, criteria sets, the movement class of
// each score) is decided in JS by the same rules the API uses, once per unit profile; the per-unit
// draws are md5 hashes of the unit code, so every machine and engine gets the same data.
import { sql } from 'kysely'
import {
  exemplaryUnitKinds,
  findAnttPledgeBarrier,
  findRegistrationBarrier,
  type Plan,
  type UnitKind,
} from '@antq/core'
import { criteriaSetLoader } from '../src/demo/seed-campaign.repository'
import { setKeyFor, type LoadedSet } from '../src/demo/seed-campaign.units'
import { toUnitProfile } from '../src/features/units/unit-profile'
import type { Deps } from '../src/deps'
import { outcomeOf } from '../src/features/evaluations/evaluations.rules'
import { findPlanById } from '../src/features/plans/plans.repository'
import { draw, reportInserts, type FromRegistrations } from './campaign-seed-reports'

const PROFILE_COLUMNS = sql.raw(`p(kind text, subtype text, school_level text, enterprise_size text,
  can_register boolean, antt_key text, antt_version int, antt_pass text, antt_fail text,
  antt_fail_answers jsonb, antt_pass_answers jsonb, movement_key text, movement_version int,
  exemplary boolean)`)
const PROFILE_JOIN = sql.raw(`u.kind = p.kind and u.subtype is not distinct from p.subtype
  and u.school_level is not distinct from p.school_level
  and u.enterprise_size is not distinct from p.enterprise_size`)

async function buildProfiles(deps: Deps, plan: Plan, rootPath: string) {
  const loadSet = criteriaSetLoader(deps.db)
  const rows = await deps.db
    .selectFrom('units')
    .select(['kind', 'subtype', 'school_level', 'enterprise_size'])
    .distinct()
    .where('path', 'like', `${rootPath}%`)
    .execute()
  const exemplary = exemplaryUnitKinds(plan)
  const classes: { key: string; self: number; reviewer: number; result: string }[] = []
  const profiles = []
  for (const row of rows) {
    const unit = { ...row, id: 0, code: '', path: '', households: null, staff: null, pupils: null }
    const registrant = toUnitProfile(unit)
    const anttKey = findAnttPledgeBarrier(plan, registrant) ? null : setKeyFor('antt', unit)
    const antt = anttKey ? await loadSet(anttKey) : null
    const movementKey = setKeyFor('movement', unit)
    const movement = movementKey ? await loadSet(movementKey) : null
    if (movement && !classes.some((c) => c.key === movement.key))
      classes.push(...classify(movement))
    profiles.push({
      ...row,
      can_register: !findRegistrationBarrier(plan, 'published', registrant),
      ...anttProfile(antt),
      movement_key: movement?.key ?? null,
      movement_version: movement?.version ?? null,
      exemplary: exemplary.includes(row.kind as UnitKind),
    })
  }
  return { profiles: JSON.stringify(profiles), classes: JSON.stringify(classes) }
}

/** Pass: every item answered yes; fail: the first item answered no. */
function anttProfile(antt: LoadedSet | null) {
  if (!antt) return { antt_key: null }
  const passAnswers = Object.fromEntries(antt.set.items.map((item) => [item.id, true]))
  const failAnswers = {
    ...passAnswers,
    ...(antt.set.items[0] ? { [antt.set.items[0].id]: false } : {}),
  }
  const stored = { selfScore: null, reviewerScore: null }
  return {
    ...{ antt_key: antt.key, antt_version: antt.version },
    antt_pass: outcomeOf('antt', antt.set, { answers: passAnswers, ...stored }).result,
    antt_fail: outcomeOf('antt', antt.set, { answers: failAnswers, ...stored }).result,
    ...{ antt_pass_answers: passAnswers, antt_fail_answers: failAnswers },
  }
}

/** The class of every (self, reviewer) score pair the seed draws: self 55–98, reviewer ≤5 lower. */
function classify(movement: LoadedSet) {
  const classes = []
  for (let self = 55; self <= 98; self++)
    for (let down = 0; down <= 5; down++) {
      const reviewer = Math.max(55, self - down)
      // Below 55 the reviewer score is floored: one row per distinct pair.
      if (down > 0 && self - down < 55) continue
      try {
        const stored = { answers: {}, selfScore: self, reviewerScore: reviewer }
        const { result } = outcomeOf('movement', movement.set, stored)
        if (result) classes.push({ key: movement.key, self, reviewer, result })
      } catch {
        // No class for this pair under this set: the unit stays unclassified.
      }
    }
  return classes
}

function evaluationInserts(profiles: string, classes: string, { head, filter }: FromRegistrations) {
  const profile = sql`join jsonb_to_recordset(${profiles}::jsonb) as ${PROFILE_COLUMNS} on ${PROFILE_JOIN}`
  const passes = sql`${draw('antt')} % 10 <> 0`
  const self = sql`55 + ${draw('self')} % 44`
  return [
    sql`insert into evaluations (unit_id, unit_path, kind, evaluation_year, criteria_set_key,
        criteria_set_version, answers, result, decision_number, decision_date, decided_by)
      select u.id, u.path, 'antt', r.year, p.antt_key, p.antt_version,
        case when ${passes} then p.antt_pass_answers else p.antt_fail_answers end,
        case when ${passes} then p.antt_pass else p.antt_fail end,
        case when ${passes} then (5 + ${draw('qd')} % 56) || '/QĐ-UBND' end,
        case when ${passes} then make_date(r.year, 11, 10 + ${draw('day')} % 19) end, 'he-thong'
      ${head} ${profile} where ${filter} and r.strives_for_antt and p.antt_key is not null`,
    sql`insert into evaluations (unit_id, unit_path, kind, evaluation_year, criteria_set_key,
        criteria_set_version, self_score, reviewer_score, result, decided_by)
      select s.id, s.path, 'movement', s.year, s.movement_key, s.movement_version, s.self,
        s.reviewer, c.result, 'he-thong'
      from (select u.id, u.path, r.year, p.movement_key, p.movement_version, ${self} as self,
          greatest(55, ${self} - ${draw('rev')} % 6) as reviewer
        ${head} ${profile} where ${filter} and p.movement_key is not null) s
      join jsonb_to_recordset(${classes}::jsonb) as c(key text, self int, reviewer int, result text)
        on c.key = s.movement_key and c.self = s.self and c.reviewer = s.reviewer`,
    sql`insert into evaluations (unit_id, unit_path, kind, evaluation_year, result,
        decision_number, decided_by)
      select u.id, u.path, 'exemplary', r.year,
        case when ${draw('ex')} % 5 < 3 then 'dat' else 'chua_dat' end,
        case when ${draw('ex')} % 5 < 3 then (5 + ${draw('qd')} % 56) || '/QĐ-UBND' end, 'he-thong'
      ${head} where ${filter} and r.builds_exemplary`,
  ]
}

/** Seed the plan's campaign year (its start year) under its issuer; returns rows per table. */
export async function seedCampaignYear(deps: Deps, planId: number) {
  const row = await findPlanById(deps.db, planId)
  if (!row?.scope_path) throw new Error('plan without issuer')
  const plan = row.definition as Plan
  const year = plan.period.startYear
  const { profiles, classes } = await buildProfiles(deps, plan, row.scope_path)
  const registered = sql`insert into registrations (plan_key, plan_id, year, unit_id, unit_path,
      take_part, strives_for_antt, builds_exemplary, award_forms, registered_by, registered_at)
    select ${row.plan_key}::text, ${row.id}::int, ${year}::int, u.id, u.path, true, p.antt_key is not null,
      p.exemplary and ${draw('exreg')} % 4 = 0, '[]', 'he-thong', ${`${year}-03-15T02:00:00Z`}::timestamptz
    from units u join jsonb_to_recordset(${profiles}::jsonb) as ${PROFILE_COLUMNS} on ${PROFILE_JOIN}
    where u.path like ${row.scope_path} || '%' and u.path <> ${row.scope_path}
      and p.can_register and ${draw('reg')} % 100 < 97`
  const from = {
    head: sql`from registrations r join units u on u.id = r.unit_id`,
    filter: sql`r.plan_key = ${row.plan_key} and r.year = ${year}`,
  }
  const counts: Record<string, number> = {}
  await deps.db.transaction().execute(async (tx) => {
    counts.registrations = Number((await registered.execute(tx)).numAffectedRows ?? 0)
    let evaluations = 0
    for (const statement of evaluationInserts(profiles, classes, from))
      evaluations += Number((await statement.execute(tx)).numAffectedRows ?? 0)
    counts.evaluations = evaluations
    let reports = 0
    for (const statement of reportInserts(plan, row, year, from))
      reports += Number((await statement.execute(tx)).numAffectedRows ?? 0)
    counts.reports = reports
  })
  for (const table of ['registrations', 'evaluations', 'reports'])
    await sql`analyze ${sql.table(table)}`.execute(deps.db)
  return counts
}
