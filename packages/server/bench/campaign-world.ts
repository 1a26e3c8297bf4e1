// The national campaign world, built once per engine: the 2025 register plus the national
// synthetic units, a national root above the 34 provinces (the register has none), plan 000
// re-issued by that root, a plan owner signed in at the root, then one campaign year.
import fs from 'node:fs'
import path from 'node:path'
import { parsePlanYaml } from '@antq/core'
import { sql } from 'kysely'
import YAML from 'yaml'
import { REPO_ROOT } from '../src/config'
import { readCommunes2025 } from '../src/cli/commands/demo'
import { NATIONAL_DENSITY, generateUnits, toCsv } from '../src/demo/generate-units'
import { PLAN_SEEDS_DIR, SYSTEM_ACTOR } from '../src/demo/seed-demo'
import type { Deps } from '../src/deps'
import { insertAccount } from '../src/features/accounts/accounts.repository'
import { hashPassword } from '../src/features/auth/passwords'
import { seedCriteriaSets } from '../src/features/criteria/criteria.service'
import { applyPlanAction, importPlan } from '../src/features/plans/plans.service'
import { importUnits } from '../src/features/units/units-import.service'
import { BENCH_DIR } from './bench-db'
import { seedCampaignYear } from './campaign-seed'

export const ROOT_CODE = 'VN'
export const OWNER = { username: 'bench-chu-tri', password: 'bench-2025' }
const SEED_PLAN = '000-bac-quang-2024.yaml'
export const PLAN_KEY = 'bench-toan-quoc-2025'

/** national: every commune; small: the communes of the first `provinces` provinces. */
function unitsCsv(size: 'national' | 'small') {
  const file = path.join(BENCH_DIR, size === 'national' ? 'national-units.csv' : 'small-units.csv')
  if (!fs.existsSync(file)) {
    const communes = readCommunes2025()
    const provinces = [...new Set(communes.map((c) => c.provinceCode))].slice(0, 3)
    const picked =
      size === 'national' ? communes : communes.filter((c) => provinces.includes(c.provinceCode))
    fs.writeFileSync(file, toCsv(generateUnits(picked, NATIONAL_DENSITY)))
  }
  return file
}

async function importFile(deps: Deps, file: string) {
  const result = await importUnits(deps, SYSTEM_ACTOR, {
    ...{ version: '2025', fileName: path.basename(file), bytes: fs.readFileSync(file) },
    dryRun: false,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
  return result.created
}

/** A root unit above the provinces, so one plan's subtree is the whole country. */
async function addNationalRoot(deps: Deps) {
  const root = await deps.db
    .insertInto('units')
    .values({
      ...{ version: '2025', code: ROOT_CODE, name: 'Toàn quốc', sort_key: '0' },
      ...{ kind: 'province', parent_id: null, path: '', depth: 0 },
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const prefix = `${root.id}.`
  await sql`update units set path = ${prefix} || path, depth = depth + 1
    where version = '2025' and id <> ${root.id}`.execute(deps.db)
  await sql`update units set parent_id = ${root.id}
    where version = '2025' and parent_id is null and id <> ${root.id}`.execute(deps.db)
  await sql`update units set path = ${prefix} where id = ${root.id}`.execute(deps.db)
  await sql`analyze units`.execute(deps.db)
  return { id: root.id, path: prefix }
}

/** Plan 000's text, issued by the national root and moved to the 2025 campaign year. */
function nationalPlanText() {
  // Moved to 2025: the 2025 register's units exist from 01/07/2025, so a 2024 year has none.
  const text = fs.readFileSync(path.join(PLAN_SEEDS_DIR, SEED_PLAN), 'utf8')
  const document = YAML.parseDocument(text.replace(/\b2024\b/g, '2025'))
  document.set('id', PLAN_KEY)
  document.setIn(['metadata', 'issuer', 'unitCode'], ROOT_CODE)
  document.setIn(['metadata', 'issuer', 'name'], 'Ban Chỉ đạo 138 (toàn quốc, benchmark)')
  document.deleteIn(['metadata', 'parentPlan'])
  return document.toString()
}

async function importNationalPlan(deps: Deps) {
  const plan = await importPlan(deps, SYSTEM_ACTOR, nationalPlanText())
  await applyPlanAction(deps, SYSTEM_ACTOR, plan.id, 'publish', 'Kế hoạch benchmark')
  return plan.id
}

export type World = { planId: number; root: { id: number; path: string }; units: number }

/** The units alone: the criteria sets, the 2025 register, the synthetic units and the root. */
export async function buildUnits(deps: Deps, size: 'national' | 'small') {
  fs.mkdirSync(BENCH_DIR, { recursive: true })
  await seedCriteriaSets(deps)
  await importFile(deps, path.join(REPO_ROOT, 'reference-data/vn-admin/units-2025.csv'))
  await importFile(deps, unitsCsv(size))
  return addNationalRoot(deps)
}

export async function buildWorld(deps: Deps, size: 'national' | 'small'): Promise<World> {
  const root = await buildUnits(deps, size)
  const planId = await importNationalPlan(deps)
  await insertAccount(deps.db, {
    ...{ username: OWNER.username, full_name: 'Chủ trì benchmark' },
    ...{ password_hash: await hashPassword(OWNER.password), roles: ['plan_owner'] },
    ...{ scope_unit_id: root.id, active: true },
  })
  await seedCampaignYear(deps, planId)
  const count = await deps.db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return { planId, root, units: Number(count.n) }
}

/** A reused world takes the seed plan as it reads today (the seeds evolve with the engine). */
export async function refreshPlanDefinition(deps: Deps, planId: number) {
  const parsed = parsePlanYaml(nationalPlanText())
  if (!('plan' in parsed)) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)))
  await deps.db
    .updateTable('plans')
    // row_version moves with the definition: readers cache a plan's definition by it.
    .set({ definition: JSON.stringify(parsed.plan), row_version: sql`row_version + 1` })
    .where('id', '=', planId)
    .execute()
}
