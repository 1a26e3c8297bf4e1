// SQL of the budget feature: estimates with their append-only history, spending documents and
// append-only spending records.
import { sql, type Insertable, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { BudgetEstimateTable } from '../../db/schema-budget'
import { escapeLike } from '../../db/like'

export function findUnit(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'path'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export function findUnitsByIds(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'path'])
    .where('id', 'in', [...ids])
    .execute()
}

const ESTIMATE_COLUMNS = [
  'e.id',
  'e.plan_key',
  'e.line_id',
  'e.year',
  'e.unit_id',
  'e.unit_path',
  'e.funding',
  'e.amount',
  'e.note',
  'e.status',
  'e.approving_unit_id',
  'e.return_reason',
  'e.decided_by',
  'e.updated_by',
  'e.updated_at',
  'e.row_version',
] as const

/** The estimate, locked for the rest of the transaction when `lock` is set. */
export async function findEstimate(db: Kysely<Database>, id: number, lock = false) {
  let query = db.selectFrom('budget_estimates as e').select(ESTIMATE_COLUMNS).where('e.id', '=', id)
  if (lock) query = query.forUpdate()
  return query.executeTakeFirst()
}
export type EstimateRow = NonNullable<Awaited<ReturnType<typeof findEstimate>>>

export function findEstimateByKey(
  db: Kysely<Database>,
  key: { planKey: string; lineId: string; year: number; unitId: number; funding: string },
) {
  return db
    .selectFrom('budget_estimates as e')
    .select(ESTIMATE_COLUMNS)
    .where('e.plan_key', '=', key.planKey)
    .where('e.line_id', '=', key.lineId)
    .where('e.year', '=', key.year)
    .where('e.unit_id', '=', key.unitId)
    .where('e.funding', '=', key.funding)
    .forUpdate()
    .executeTakeFirst()
}

export async function insertEstimate(db: Kysely<Database>, row: Insertable<BudgetEstimateTable>) {
  const inserted = await db
    .insertInto('budget_estimates')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export type EstimateChange = {
  amount?: number
  note?: string | null
  status?: string
  approving_unit_id?: number | null
  return_reason?: string | null
  decided_by?: string | null
  decided_at?: Date | null
  updated_by: string
}

/** Update when the row version still matches; false when someone else changed it first. */
export async function updateEstimate(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  change: EstimateChange,
): Promise<boolean> {
  const result = await db
    .updateTable('budget_estimates')
    .set({ ...change, updated_at: new Date(), row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export function appendEstimateHistory(
  db: Kysely<Database>,
  entry: {
    estimate_id: number
    actor_name: string
    action: string
    from_status: string | null
    to_status: string
    amount: number
    reason: string | null
  },
) {
  return db.insertInto('budget_estimate_history').values(entry).execute()
}

/** A plan's estimates for a year (or every year) under the given subtrees (null: all). */
export function listEstimates(
  db: Kysely<Database>,
  planKey: string,
  filter: { year?: number; paths: readonly string[] | null; unitIds?: readonly number[] },
) {
  return db
    .selectFrom('budget_estimates as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select([...ESTIMATE_COLUMNS, 'u.name as unit_name', 'u.sort_key'])
    .select((eb) =>
      eb
        .selectFrom('budget_spending as s')
        .whereRef('s.estimate_id', '=', 'e.id')
        .select(sql<number>`coalesce(sum(s.amount), 0)`.as('spent'))
        .as('spent'),
    )
    .where('e.plan_key', '=', planKey)
    .$if(filter.year !== undefined, (q) => q.where('e.year', '=', filter.year ?? 0))
    .$if(filter.paths !== null, (q) =>
      q.where((eb) =>
        eb.or([
          ...(filter.paths ?? []).map((path) => eb('e.unit_path', 'like', `${escapeLike(path)}%`)),
          ...(filter.unitIds?.length ? [eb('e.unit_id', 'in', [...filter.unitIds])] : []),
        ]),
      ),
    )
    .orderBy('e.year')
    .orderBy('e.line_id')
    .orderBy(sql`u.sort_key collate "C"`)
    .orderBy('e.funding')
    .execute()
}

export function listEstimateHistory(db: Kysely<Database>, estimateId: number) {
  return db
    .selectFrom('budget_estimate_history')
    .select(['at', 'actor_name', 'action', 'from_status', 'to_status', 'amount', 'reason'])
    .where('estimate_id', '=', estimateId)
    .orderBy('id')
    .execute()
}

export async function sumSpent(db: Kysely<Database>, estimateId: number): Promise<number> {
  const row = await db
    .selectFrom('budget_spending')
    .select(sql<number>`coalesce(sum(amount), 0)`.as('spent'))
    .where('estimate_id', '=', estimateId)
    .executeTakeFirstOrThrow()
  return Number(row.spent)
}
