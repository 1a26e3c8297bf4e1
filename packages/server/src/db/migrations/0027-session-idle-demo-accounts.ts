import { sql, type Kysely } from 'kysely'

// Issue 15 item 4 (ADR 027). A login ends after SESSION_IDLE_MINUTES without a request as well
// as SESSION_MAX_HOURS after it began: `last_seen_at` slides, written at most once a minute. That
// write must not announce a change to other processes (every cached read would be dropped once a
// minute per user), so the sessions trigger of 0008 now ignores an update of `last_seen_at` alone.
// Accounts the demo seeding creates are flagged `demo`: outside demo mode they must change
// their (published) password before anything else.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts add column demo boolean not null default false`.execute(db)
  await sql`alter table sessions add column last_seen_at timestamptz not null default now()`.execute(
    db,
  )
  await sql`drop trigger sessions_notify_change on sessions`.execute(db)
  await sql`create trigger sessions_notify_change
    after insert or delete or truncate or update of id, account_id, csrf_token, expires_at
    on sessions for each statement execute function antq_notify_change()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
