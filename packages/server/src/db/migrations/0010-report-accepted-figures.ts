import { sql, type Kysely } from 'kysely'

// Issue 10 item 5, nothing entered is lost: a report keeps the figures it was last accepted
// with (and when), so reopening it never takes them out of the targets until a replacement is
// submitted or accepted. Reports accepted before this migration keep their current figures.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reports add column accepted_figures jsonb`.execute(db)
  await sql`alter table reports add column accepted_at timestamptz`.execute(db)
  await sql`update reports set accepted_figures = figures, accepted_at = updated_at
    where status = 'accepted'`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
