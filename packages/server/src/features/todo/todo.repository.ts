// SQL of the to-do home: the published plans with their issuer's subtree, and who answers for a
// unit (the active accounts scoped to it) so a plan owner can call a late unit.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

/** The latest version of every published plan that has an issuer in the register. */
export function listPublishedPlans(db: Kysely<Database>) {
  return db
    .selectFrom('plans')
    .select(['id', 'plan_key', 'title', 'scope_path'])
    .where('status', '=', 'published')
    .where('scope_path', 'is not', null)
    .where((eb) =>
      eb(
        'version',
        '=',
        eb
          .selectFrom('plans as p')
          .select((sub) => sub.fn.max('p.version').as('v'))
          .whereRef('p.plan_key', '=', 'plans.plan_key'),
      ),
    )
    .orderBy('id')
    .execute()
}
export type PublishedPlanRow = Awaited<ReturnType<typeof listPublishedPlans>>[number]

/** Active accounts answering for each unit (full names), in Vietnamese-neutral id order. */
export function listUnitContacts(db: Kysely<Database>, unitIds: readonly number[]) {
  if (unitIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('accounts')
    .select(['scope_unit_id as unit_id', 'full_name'])
    .where('scope_unit_id', 'in', unitIds)
    .where('active', '=', true)
    .orderBy('id')
    .execute()
}

/** Sent reports waiting for an answer among the given units, per period (every year). */
export function countSubmittedReportsByPeriod(
  db: Kysely<Database>,
  planKey: string,
  unitIds: readonly number[],
) {
  if (unitIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('reports')
    .select(['period_id', sql<number>`count(*)::int`.as('n')])
    .where('plan_key', '=', planKey)
    .where('status', '=', 'submitted')
    .where('unit_id', 'in', unitIds)
    .groupBy('period_id')
    .orderBy('period_id', 'desc')
    .execute()
}

/** Reports returned to the units of a subtree (every period), with the reason and unit name. */
export function listReturnedReports(db: Kysely<Database>, planKey: string, path: string) {
  return db
    .selectFrom('reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.period_id', 'r.unit_id', 'u.name as unit_name', 'r.return_reason'])
    .where('r.plan_key', '=', planKey)
    .where('r.status', '=', 'returned')
    .where('r.unit_path', 'like', `${path}%`)
    .orderBy('r.period_id')
    .orderBy('u.path')
    .execute()
}
