import { sql, type Kysely } from 'kysely'

// Issue 12 item 2: the activity log — propaganda sessions, conferences, articles, broadcasts and
// trainings of propagandists, one row each, entered by the unit that held it (`unit_id` is the
// unit, or the residential area under a commune where a session was held). Evidence (a photo or
// document) is kept in `activity_files`. An activity is never edited: a wrong one is withdrawn
// with a reason and entered again; every entry and withdrawal is in the append-only history.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table activity_files (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      filename text not null check (length(filename) <= 200),
      mime text not null,
      size integer not null check (size > 0 and size <= 10485760),
      sha256 text not null,
      bytes bytea not null,
      uploaded_by text not null,
      uploaded_at timestamptz not null
    )`.execute(db)
  await sql`
    create table activities (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      held_on date not null,
      kind text not null check (length(kind) <= 40),
      audience text not null check (length(audience) <= 40),
      reached integer check (reached >= 0 and reached <= 1000000),
      title text not null check (length(title) <= 300),
      file_id integer references activity_files(id),
      recorded_by text not null,
      recorded_at timestamptz not null,
      withdrawn_at timestamptz,
      withdrawn_by text,
      withdraw_reason text check (length(withdraw_reason) <= 2000)
    )`.execute(db)
  await sql`create index activities_held_on on activities (held_on, unit_id)`.execute(db)
  await sql`create index activities_unit on activities (unit_id, held_on)`.execute(db)
  await sql`
    create table activity_history (
      id integer generated always as identity primary key,
      activity_id integer not null references activities(id),
      action text not null check (action in ('enter', 'withdraw')),
      snapshot jsonb not null,
      at timestamptz not null,
      actor_name text not null,
      reason text
    )`.execute(db)
  await sql`
    create or replace function antq_activity_history_append_only() returns trigger
    language plpgsql as $$
    begin
      raise exception 'activity_history is append-only';
    end $$`.execute(db)
  await sql`
    create trigger activity_history_append_only
    before update or delete on activity_history
    for each row execute function antq_activity_history_append_only()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
