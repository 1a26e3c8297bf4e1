import { sql, type Kysely } from 'kysely'

// Issue 10 S2: a unit with no figure at all for a population or ratio total is counted beside
// the target's value ("n đơn vị thiếu số liệu"), never silently dropped. Null: the target's
// measure has no total (a count, a share of units).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table target_values add column missing_units integer`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table target_values drop column missing_units`.execute(db)
}
