import { sql, type Kysely } from 'kysely'

// Indexes the targets dashboard reads at national size (500,000 units): a scope's stored
// values, and "data as of" (the latest write under a scope) without reading every row under it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index target_values_scope_idx on target_values (plan_id, period_id, scope_unit_id)`.execute(
    db,
  )
  // Two ways to the latest write under a scope; the planner picks by the scope's size. A large
  // scope: walk the latest writes backwards (unit_path checked on the index alone) until one
  // lies under it. A small one: read the scope's range of paths, the time included.
  for (const [table, at, prefix] of [
    ['registrations', 'registered_at', 'plan_key, '],
    ['evaluations', 'updated_at', ''],
    ['reports', 'updated_at', 'plan_key, '],
  ] as const) {
    await sql
      .raw(`create index ${table}_at_idx on ${table} (${prefix}${at}, unit_path)`)
      .execute(db)
    await sql
      .raw(
        `create index ${table}_scope_at_idx on ${table} (${prefix}unit_path text_pattern_ops) include (${at})`,
      )
      .execute(db)
  }
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
