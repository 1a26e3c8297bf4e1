// Bulk SQL for the demo campaign: the plans it runs, the units under an issuer, and
// multi-row inserts of registrations, evaluations and reports in the caller's transaction.
import type { Insertable, Kysely } from 'kysely'
import type { CriteriaSet } from '@antq/core'
import type { Database } from '../db/schema'
import { findCriteriaSet } from '../features/criteria/criteria.repository'

type Table =
  'registrations' | 'evaluations' | 'reports' | 'crime_statistics' | 'unit_standards' | 'activities'
export type Rows<T extends Table> = Insertable<Database[T]>[]

export function listPublishedPlans(db: Kysely<Database>) {
  return db
    .selectFrom('plans')
    .select(['id', 'plan_key', 'definition', 'scope_path', 'issuer_unit_id'])
    .where('status', '=', 'published')
    .orderBy('plan_key')
    .execute()
}

export async function countRegistrations(db: Kysely<Database>, planKey: string, year: number) {
  const row = await db
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export function listUnitsUnder(db: Kysely<Database>, rootPath: string) {
  return db
    .selectFrom('units')
    .select([
      'id',
      'code',
      'path',
      'kind',
      'subtype',
      'school_level',
      'enterprise_size',
      'households',
      'staff',
      'pupils',
    ])
    .where('path', 'like', `${rootPath}%`)
    .orderBy('code')
    .execute()
}

export type CampaignUnit = Awaited<ReturnType<typeof listUnitsUnder>>[number]

/** The latest version of each criteria set, loaded once per run. */
export function criteriaSetLoader(db: Kysely<Database>) {
  const cache = new Map<
    string,
    Promise<{ key: string; version: number; set: CriteriaSet } | null>
  >()
  return (key: string) => {
    if (!cache.has(key))
      cache.set(
        key,
        findCriteriaSet(db, key).then((row) =>
          row ? { key, version: row.version, set: row.definition as CriteriaSet } : null,
        ),
      )
    return cache.get(key) ?? Promise.resolve(null)
  }
}

export async function insertInChunks<T extends Table>(
  db: Kysely<Database>,
  table: T,
  rows: Rows<T>,
) {
  for (let start = 0; start < rows.length; start += 500)
    await db
      .insertInto(table)
      .values(rows.slice(start, start + 500))
      .onConflict((oc) => oc.doNothing())
      .execute()
}

export function listTargetStatuses(db: Kysely<Database>, planId: number, scopeUnitId: number) {
  return db
    .selectFrom('target_values')
    .select(['period_id', 'status'])
    .where('plan_id', '=', planId)
    .where('scope_unit_id', '=', scopeUnitId)
    .execute()
}
