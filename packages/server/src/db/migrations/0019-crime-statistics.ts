import { sql, type Kysely } from 'kysely'

// Issue 12 item 4: the crime and policing statistics police enter month by month for a commune
// or district, one row per (unit, month, kind). Whether a month is locked is derived from the
// date (core statisticLockDate), never stored. Every change is kept in the append-only history
// with who, when, before, after and why.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table crime_statistics (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      kind text not null check (length(kind) <= 40),
      value integer not null check (value >= 0),
      row_version integer not null default 1,
      entered_by text not null,
      entered_at timestamptz not null,
      unique (unit_id, month, kind)
    )`.execute(db)
  await sql`create index crime_statistics_month on crime_statistics (month)`.execute(db)
  await sql`
    create table crime_statistic_history (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      month text not null,
      kind text not null,
      before_value integer,
      after_value integer not null,
      at timestamptz not null,
      actor_name text not null,
      after_lock boolean not null,
      reason text
    )`.execute(db)
  await sql`create index crime_statistic_history_unit on crime_statistic_history (unit_id, month)`.execute(
    db,
  )
  await sql`
    create or replace function antq_crime_statistic_history_append_only() returns trigger
    language plpgsql as $$
    begin
      raise exception 'crime_statistic_history is append-only';
    end $$`.execute(db)
  await sql`
    create trigger crime_statistic_history_append_only
    before update or delete on crime_statistic_history
    for each row execute function antq_crime_statistic_history_append_only()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
