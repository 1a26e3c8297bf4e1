import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

const COLUMNS = [
  'id',
  'plan_key',
  'version',
  'status',
  'title',
  'issuer_unit_id',
  'scope_path',
  'created_by',
  'created_at',
  'published_at',
  'closed_at',
  'row_version',
  // The header a list shows, read from the definition so lists need not load whole plans.
  sql<string>`definition->'metadata'->'issuer'->>'name'`.as('issuer_name'),
  sql<string | null>`definition->'metadata'->>'kind'`.as('kind'),
  sql<{ sequence: number | null; symbol: string } | null>`definition->'metadata'->'number'`.as(
    'document_number',
  ),
  sql<string | null>`definition->'metadata'->>'date'`.as('document_date'),
] as const

export function findPlanById(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('plans')
    .select([...COLUMNS, 'definition', 'source_yaml', 'changes'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export function findLatestVersion(db: Kysely<Database>, planKey: string) {
  return db
    .selectFrom('plans')
    .select([...COLUMNS, 'definition', 'source_yaml'])
    .where('plan_key', '=', planKey)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** The newest version of a plan key, as a handle to the plan (published preferred by callers). */
export function findPlanByKey(db: Kysely<Database>, planKey: string, version?: number) {
  let query = db
    .selectFrom('plans')
    .select([...COLUMNS, 'definition'])
    .where('plan_key', '=', planKey)
  if (version !== undefined) query = query.where('version', '=', version)
  return query.orderBy('version', 'desc').limit(1).executeTakeFirst()
}

export function listVersions(db: Kysely<Database>, planKey: string) {
  return db
    .selectFrom('plans')
    .select(COLUMNS)
    .where('plan_key', '=', planKey)
    .orderBy('version', 'desc')
    .execute()
}

/** The latest version of every plan. */
export function listLatestPlans(db: Kysely<Database>) {
  return db
    .selectFrom('plans')
    .select(COLUMNS)
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
    .orderBy('created_at', 'desc')
    .execute()
}

type NewPlan = {
  plan_key: string
  version: number
  status: string
  title: string
  issuer_unit_id: number | null
  scope_path: string | null
  definition: unknown
  source_yaml: string | null
  changes: unknown
  created_by: string
}

export async function insertPlan(db: Kysely<Database>, plan: NewPlan) {
  const row = await db
    .insertInto('plans')
    .values({
      ...plan,
      definition: JSON.stringify(plan.definition),
      changes: plan.changes ? JSON.stringify(plan.changes) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Optimistic write of a draft's content; false when someone else changed it first. */
export async function updatePlanContent(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  content: { title: string; definition: unknown; source_yaml: string | null; changes: unknown },
) {
  const result = await db
    .updateTable('plans')
    .set({
      title: content.title,
      definition: JSON.stringify(content.definition),
      source_yaml: content.source_yaml,
      changes: content.changes ? JSON.stringify(content.changes) : null,
      row_version: sql`row_version + 1`,
    })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function setPlanStatus(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  status: string,
  at: Date,
) {
  const result = await db
    .updateTable('plans')
    .set({
      status,
      published_at: status === 'published' ? at : undefined,
      closed_at: status === 'closed' ? at : undefined,
      row_version: sql`row_version + 1`,
    })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export function findUnitByCode(db: Kysely<Database>, version: string, code: string) {
  return db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('version', '=', version)
    .where('code', '=', code)
    .executeTakeFirst()
}
