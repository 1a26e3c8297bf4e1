// The independent computation of one plan's demo year next to what the engine stored in
// target_values: one row per (target, scope) where numerator, denominator, value (to 1e-9) or
// status differ, or where one side has a scope the other lacks.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../src/db/schema'
import {
  expectTarget,
  factsQuery,
  listScopes,
  walkTarget,
  type Expected,
  type TargetSpec,
} from './scope-walk'

export type IndependentPlan = { planKey: string; targets: readonly TargetSpec[] }
export type Mismatch = {
  plan: string
  target: string
  scope: string
  scopeKind: string
  expected: Expected | null
  engine: Stored | null
}
type Stored = {
  numerator: number | null
  denominator: number | null
  value: number | null
  status: string | null
}

const EPSILON = 1e-9
const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= EPSILON
/**
 * Numerator and denominator agree when equal; where there is no value at all (no data, or not
 * applicable) a 0 and a null say the same thing ("nothing counted"), so they are not told apart.
 */
const sameNumber = (expected: Expected, a: number | null, b: number | null) =>
  close(a, b) || (expected.value === null && (a ?? 0) === 0 && (b ?? 0) === 0)

export function differs(expected: Expected, stored: Stored): boolean {
  return (
    !sameNumber(expected, expected.numerator, stored.numerator) ||
    !sameNumber(expected, expected.denominator, stored.denominator) ||
    !close(expected.value, stored.value) ||
    expected.status !== stored.status
  )
}

/** The plan's published row, its issuer and the values the engine stored for `year`. */
async function readEngine(db: Kysely<Database>, planKey: string, year: number) {
  const plan = (
    await sql<{ id: number; issuer_id: number; path: string }>`
    SELECT p.id, u.id AS issuer_id, u.path FROM plans p JOIN units u ON u.id = p.issuer_unit_id
    WHERE p.plan_key = ${planKey} AND p.status = 'published' ORDER BY p.version DESC LIMIT 1`.execute(
      db,
    )
  ).rows[0]
  if (!plan) throw new Error(`no published plan ${planKey}`)
  const rows = await sql<Stored & { target_id: string; scope_unit_id: number }>`
    SELECT target_id, scope_unit_id, numerator, denominator, value, status FROM target_values
    WHERE plan_id = ${plan.id} AND period_id = ${String(year)}`.execute(db)
  const stored = new Map<string, Stored>()
  for (const row of rows.rows)
    stored.set(`${row.target_id}:${Number(row.scope_unit_id)}`, {
      numerator: row.numerator === null ? null : Number(row.numerator),
      denominator: row.denominator === null ? null : Number(row.denominator),
      value: row.value === null ? null : Number(row.value),
      status: row.status,
    })
  return { plan, stored }
}

/** Every (target, scope) of the plan's year where the engine and the plan's words disagree. */
export async function comparePlan(
  db: Kysely<Database>,
  independent: IndependentPlan,
  year: number,
): Promise<{ checked: number; mismatches: Mismatch[]; missing: Record<string, number> }> {
  const { plan, stored } = await readEngine(db, independent.planKey, year)
  const scopes = await listScopes(db, plan.path)
  const mismatches: Mismatch[] = []
  const missing: Record<string, number> = {}
  let checked = 0
  // The facts once per plan (a temporary table of this transaction), read by every target.
  const walks = await db.transaction().execute(async (tx) => {
    const facts = factsQuery(independent.planKey, year, plan.path)
    await sql.raw(`CREATE TEMPORARY TABLE independent_facts ON COMMIT DROP AS ${facts}`).execute(tx)
    const all = []
    for (const spec of independent.targets)
      all.push(await walkTarget(tx, 'independent_facts', plan.path, spec))
    return all
  })
  for (const [i, spec] of independent.targets.entries()) {
    const walked = walks[i] ?? new Map()
    const expected = expectTarget(spec, walked, scopes, plan.issuer_id)
    // S2: the units of the population with no figure at all for the denominator, plan-wide.
    const lacking = expected.get(plan.issuer_id)?.missing ?? 0
    if (lacking > 0) missing[spec.id] = lacking
    for (const scope of scopes) {
      checked++
      const want = expected.get(scope.id) ?? null
      const got = stored.get(`${spec.id}:${scope.id}`) ?? null
      if (want && got && !differs(want, got)) continue
      mismatches.push({
        ...{ plan: independent.planKey, target: spec.id, scope: scope.name },
        ...{ scopeKind: scope.kind, expected: want, engine: got },
      })
    }
  }
  return { checked, mismatches, missing }
}

const show = (value: number | null) =>
  value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(4)
const cell = (side: Expected | Stored | null) =>
  side
    ? `${show(side.numerator)}/${show(side.denominator)} = ${show(side.value)} ${side.status}`
    : '(không có)'

/** A readable diff table: plan, target, scope, expected vs engine. */
export function formatMismatches(mismatches: readonly Mismatch[]): string {
  const lines = ['plan | target | scope | expected (words of the plan) | engine']
  for (const each of mismatches)
    lines.push(
      [
        each.plan,
        each.target,
        `${each.scope} (${each.scopeKind})`,
        cell(each.expected),
        cell(each.engine),
      ].join(' | '),
    )
  return lines.join('\n')
}

/** What differs: the numbers (numerator, denominator or value), only the status, or a row. */
export function classify(mismatch: Mismatch): 'numbers' | 'status' | 'row' {
  const { expected, engine } = mismatch
  if (!expected || !engine) return 'row'
  return differs(expected, { ...engine, status: expected.status }) ? 'numbers' : 'status'
}

/** Mismatch counts per plan and target, split by what differs (for MISMATCHES.md). */
export function countMismatches(mismatches: readonly Mismatch[]): Map<string, string> {
  const counts = new Map<string, Record<string, number>>()
  for (const each of mismatches) {
    const key = `${each.plan} ${each.target}`
    const count = counts.get(key) ?? {}
    const kind = classify(each)
    count[kind] = (count[kind] ?? 0) + 1
    counts.set(key, count)
  }
  const shown = new Map<string, string>()
  for (const [key, count] of counts)
    shown.set(
      key,
      Object.entries(count)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', '),
    )
  return shown
}
