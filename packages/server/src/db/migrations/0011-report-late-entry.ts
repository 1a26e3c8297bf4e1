import { sql, type Kysely } from 'kysely'

// Issue 10 item 5: a report whose counted figures were entered late by the plan owner (nhập
// muộn, with a reason kept in report_history) is marked so in lists and exports.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reports add column late_entry boolean not null default false`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
