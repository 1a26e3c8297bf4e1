import { sql, type Kysely } from 'kysely'

// Issue 15 item 3 (ADR 026): each audit entry names the HTTP request that wrote it, the same id
// the client got in the X-Request-Id header and any error body, and the server's log lines
// carry. Null for entries written outside a request (CLI, demo seeding) and for older entries.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column request_id text`.execute(db)
  await sql`create index audit_request_idx on audit_log (request_id) where request_id is not null`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index audit_request_idx`.execute(db)
  await sql`alter table audit_log drop column request_id`.execute(db)
}
