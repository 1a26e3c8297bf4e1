import { sql, type Kysely } from 'kysely'

// Issue 12 item 3: the events a plan orders (Ngày hội toàn dân bảo vệ ANTQ, Diễn đàn Công an
// lắng nghe ý kiến Nhân dân) as held by a unit: when and where, the programme (phần lễ, phần
// hội), how many took part, the models showcased (names for now), the awards handed over (each
// linked to its decision) and photos. Every change is kept in the append-only history.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table events (
      id integer generated always as identity primary key,
      plan_key text not null,
      plan_id integer not null references plans(id),
      plan_event_id text not null check (length(plan_event_id) <= 64),
      kind text not null check (kind in ('ngay_hoi', 'dien_dan')),
      unit_id integer not null references units(id),
      unit_path text not null,
      year integer not null,
      held_on date not null,
      title text not null check (length(title) <= 300),
      place text not null check (length(place) <= 300),
      participants integer not null check (participants >= 0),
      programme jsonb not null,
      models jsonb not null,
      notes text check (length(notes) <= 2000),
      row_version integer not null default 1,
      created_by text not null,
      created_at timestamptz not null
    )`.execute(db)
  await sql`create index events_plan_year on events (plan_key, year, plan_event_id)`.execute(db)
  await sql`create index events_unit on events (unit_id)`.execute(db)
  await sql`
    create table event_awards (
      id integer generated always as identity primary key,
      event_id integer not null references events(id),
      decision_id integer not null references decisions(id),
      note text check (length(note) <= 500),
      unique (event_id, decision_id)
    )`.execute(db)
  await sql`
    create table event_photos (
      id integer generated always as identity primary key,
      event_id integer not null references events(id),
      file_name text not null,
      mime text not null,
      size integer not null,
      bytes bytea not null,
      uploaded_by text not null,
      uploaded_at timestamptz not null
    )`.execute(db)
  await sql`create index event_photos_event on event_photos (event_id)`.execute(db)
  await sql`
    create table event_history (
      id integer generated always as identity primary key,
      event_id integer not null references events(id),
      action text not null,
      before jsonb,
      after jsonb not null,
      at timestamptz not null,
      actor_name text not null,
      reason text
    )`.execute(db)
  await sql`create index event_history_event on event_history (event_id)`.execute(db)
  await sql`
    create or replace function antq_event_history_append_only() returns trigger
    language plpgsql as $$
    begin
      raise exception 'event_history is append-only';
    end $$`.execute(db)
  await sql`
    create trigger event_history_append_only
    before update or delete on event_history
    for each row execute function antq_event_history_append_only()`.execute(db)
  // The dashboard's cached late list reads events (ADR 010): announce other processes' writes.
  for (const table of ['events', 'event_awards'])
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
