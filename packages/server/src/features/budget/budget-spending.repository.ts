// SQL of spending: the attached documents (bytes kept in the database like dossier files) and
// the append-only spending records.
import { sql, type Insertable, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { BudgetFileTable, BudgetSpendingTable } from '../../db/schema-budget'

export async function insertFile(db: Kysely<Database>, row: Insertable<BudgetFileTable>) {
  const inserted = await db
    .insertInto('budget_files')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export function findFile(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('budget_files')
    .select(['id', 'plan_key', 'unit_id', 'unit_path', 'filename', 'mime', 'size', 'bytes'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function insertSpending(db: Kysely<Database>, row: Insertable<BudgetSpendingTable>) {
  const inserted = await db
    .insertInto('budget_spending')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

/** The spending of these estimates, oldest first, with the attached file's name. */
export function listSpending(db: Kysely<Database>, estimateIds: readonly number[]) {
  if (estimateIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('budget_spending as s')
    .leftJoin('budget_files as f', 'f.id', 's.file_id')
    .select([
      's.id',
      's.estimate_id',
      's.amount',
      's.purpose',
      's.document_number',
      's.file_id',
      'f.filename',
      's.recorded_by',
    ])
    .select([
      sql<string>`to_char(s.spent_on, 'YYYY-MM-DD')`.as('spent_on'),
      sql<string>`to_char(s.document_date, 'YYYY-MM-DD')`.as('document_date'),
    ])
    .where('s.estimate_id', 'in', [...estimateIds])
    .orderBy('s.spent_on')
    .orderBy('s.id')
    .execute()
}
