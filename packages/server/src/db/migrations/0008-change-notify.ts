import { sql, type Kysely } from 'kysely'

// Every process keeps reads in memory until the next write (db/read-cache.ts). A write made by
// another process (the CLI, a second server) is announced on the `antq_data` channel; PostgreSQL
// delivers the notification after commit, so a listener never re-reads too early. Statement-level
// triggers: one notification per statement, and identical ones in a transaction are folded.
// On PGlite (one process) nobody listens and the notification is dropped.
const TABLES = [
  ...['sessions', 'accounts', 'units', 'plans'],
  ...['target_values', 'registrations', 'reports', 'evaluations'],
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create or replace function antq_notify_change() returns trigger
    language plpgsql as $$
    begin
      perform pg_notify('antq_data', '');
      return null;
    end $$`.execute(db)
  for (const table of TABLES)
    await sql
      .raw(
        `create trigger ${table}_notify_change
          after insert or update or delete or truncate on ${table}
          for each statement execute function antq_notify_change()`,
      )
      .execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
