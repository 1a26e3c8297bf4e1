import { sql, type Kysely } from 'kysely'

// "Data as of" under a scope walks the latest distinct write times backwards and asks, for each,
// whether a write at that time lies under the scope. With unit_path in text_pattern_ops the
// path prefix becomes a range of the index (one probe), whatever the database's collation, so a
// bulk load sharing one timestamp is no longer read row by row (0006's indexes filtered it).
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, at, prefix] of [
    ['registrations', 'registered_at', 'plan_key, '],
    ['evaluations', 'updated_at', ''],
    ['reports', 'updated_at', 'plan_key, '],
  ] as const) {
    await sql.raw(`drop index if exists ${table}_at_idx`).execute(db)
    await sql
      .raw(`create index ${table}_at_idx on ${table} (${prefix}${at}, unit_path text_pattern_ops)`)
      .execute(db)
  }
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
