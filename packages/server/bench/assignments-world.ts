// The assignments benchmark's world: the 2025 register, 30 department bodies under each of the
// 34 provinces, one published plan per province with 40 tasks, and ≥ 500,000 shares written
// with generate_series: every body owes each task quarterly (34 × 30 × 40 × 4 = 163,200) and
// every commune owes each task six-monthly and yearly (3,321 × 40 × 3 = 398,520). Review
// states are spread deterministically (id arithmetic), so the scorecard has every column.
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import YAML from 'yaml'
import { REPO_ROOT } from '../src/config'
import { PLAN_SEEDS_DIR, SYSTEM_ACTOR } from '../src/demo/seed-demo'
import type { Deps } from '../src/deps'
import { seedCriteriaSets } from '../src/features/criteria/criteria.service'
import { applyPlanAction, importPlan } from '../src/features/plans/plans.service'
import { importUnits } from '../src/features/units/units-import.service'

export const YEAR = 2025
const TASKS = 40
const BODIES = 30

/** Plan 000's text moved to 2025, issued by a province, with 40 quarterly tasks. */
function provincePlanText(code: string, name: string) {
  const text = fs.readFileSync(path.join(PLAN_SEEDS_DIR, '000-bac-quang-2024.yaml'), 'utf8')
  const document = YAML.parseDocument(text.replace(/\b2024\b/g, String(YEAR)))
  document.set('id', `bench-asg-${code}`)
  document.setIn(['metadata', 'issuer', 'unitCode'], code)
  document.setIn(['metadata', 'issuer', 'name'], `Ban Chỉ đạo 138 ${name}`)
  document.setIn(['metadata', 'issuer', 'level'], 'province')
  document.deleteIn(['metadata', 'parentPlan'])
  // The benchmark's own tasks stand alone: no bodies, and nothing else that names one.
  document.set('bodies', [])
  document.delete('inspections')
  document.delete('budget')
  document.set(
    'tasks',
    Array.from({ length: TASKS }, (_, index) => {
      const id = `t${String(index + 1).padStart(2, '0')}`
      return {
        ...{ id, source: `VI.${index + 1}`, text: `Nhiệm vụ ${id} của kế hoạch (benchmark).` },
        ...{ task: `Nhiệm vụ ${id}`, ownerLevels: ['commune'], schedule: 'quarterly' },
      }
    }),
  )
  return document.toString()
}

async function addBodies(deps: Deps) {
  await sql`insert into units (version, code, name, sort_key, kind, subtype, parent_id, path, depth)
    select '2025', p.code || '.B' || lpad(g::text, 2, '0'), 'Sở ' || g || ' ' || p.name,
      p.sort_key || lpad(g::text, 2, '0'), 'agency', 'state_body', p.id, p.path, p.depth + 1
    from units p cross join generate_series(1, ${BODIES}) g
    where p.version = '2025' and p.kind = 'province'`.execute(deps.db)
  await sql`update units set path = path || id || '.'
    where version = '2025' and kind = 'agency' and code like '%.B%'`.execute(deps.db)
}

/** Review and work state by id arithmetic: 40% accepted (a quarter of them 7 days late), 10%
 * submitted, 10% returned, 10% open with progress, 30% not started. */
function states(key: string, due: string) {
  const bucket = `(${key}) % 10`
  const late = `((${key}) % 4 = 0)::int * 12`
  return sql.raw(`case when ${bucket} <= 3 then 'accepted' when ${bucket} = 4 then 'submitted'
      when ${bucket} = 5 then 'returned' else 'open' end,
    case when ${bucket} <= 3 then 'done' when ${bucket} <= 6 then 'in_progress' else 'not_started' end,
    case when ${bucket} <= 4 then ${due} - 5 + ${late} end,
    case when ${bucket} <= 3 then ${due} - 5 + ${late} end`)
}

async function addShares(deps: Deps) {
  const columns = sql.raw(`plan_id, plan_key, task_id, year, occurrence, owner_unit_id,
    owner_unit_path, role, due_date, review, status, submitted_on, completed_on`)
  const bodyDue = `(make_date(${YEAR}, q * 3, 1) + interval '1 month' - interval '1 day')::date`
  await sql`insert into assignments (${columns})
    select pl.id, pl.plan_key, 't' || lpad(t::text, 2, '0'), ${sql.raw(String(YEAR))},
      ${sql.raw(`'${YEAR}-Q'`)} || q, b.id, b.path, 'owner', ${sql.raw(bodyDue)},
      ${states('b.id * 41 + t * 7 + q', bodyDue)}
    from plans pl join units b on b.parent_id = pl.issuer_unit_id and b.kind = 'agency'
      cross join generate_series(1, ${sql.raw(String(TASKS))}) t cross join generate_series(1, 4) q
    where pl.plan_key like 'bench-asg-%'`.execute(deps.db)
  const communeDue = `(case k when 1 then make_date(${YEAR}, 6, 30) else make_date(${YEAR}, 12, 31) end)`
  await sql`insert into assignments (${columns})
    select pl.id, pl.plan_key, 't' || lpad(t::text, 2, '0'), ${sql.raw(String(YEAR))},
      ${sql.raw(`case k when 1 then '${YEAR}-H1' when 2 then '${YEAR}-H2' else '${YEAR}' end`)},
      c.id, c.path, 'owner', ${sql.raw(communeDue)}, ${states('c.id * 43 + t * 11 + k', communeDue)}
    from plans pl join units p on p.id = pl.issuer_unit_id
      join units c on c.version = '2025' and c.kind = 'commune' and c.path like p.path || '%'
      cross join generate_series(1, ${sql.raw(String(TASKS))}) t cross join generate_series(1, 3) k
    where pl.plan_key like 'bench-asg-%'`.execute(deps.db)
  await sql`analyze assignments`.execute(deps.db)
}

export async function buildAssignmentWorld(deps: Deps) {
  await seedCriteriaSets(deps)
  const file = path.join(REPO_ROOT, 'reference-data/vn-admin/units-2025.csv')
  const imported = await importUnits(deps, SYSTEM_ACTOR, {
    ...{ version: '2025', fileName: path.basename(file), bytes: fs.readFileSync(file) },
    dryRun: false,
  })
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)))
  await addBodies(deps)
  const provinces = await deps.db
    .selectFrom('units')
    .select(['code', 'name'])
    .where('version', '=', '2025')
    .where('kind', '=', 'province')
    .execute()
  for (const province of provinces) {
    const plan = await importPlan(
      deps,
      SYSTEM_ACTOR,
      provincePlanText(province.code, province.name),
    )
    await applyPlanAction(deps, SYSTEM_ACTOR, plan.id, 'publish', 'Kế hoạch benchmark')
  }
  await addShares(deps)
}
