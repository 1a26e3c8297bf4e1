import { sql, type Kysely } from 'kysely'

// A session's read scope reaches the legacy units merged into it (ADR 011), kept in the read
// cache: a merge link written by another process (the CLI) must announce itself like 0008's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create trigger unit_merges_notify_change
    after insert or update or delete or truncate on unit_merges
    for each statement execute function antq_notify_change()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
