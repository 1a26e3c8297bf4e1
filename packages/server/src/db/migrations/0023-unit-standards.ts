import { sql, type Kysely } from 'kysely'

// Issue 12 item 5: the standards a unit is recognised as meeting (NTM 19.2 and its enhanced
// level, drug-free, fire safety, child-friendly, access to law, cameras, guards, Zalo group, model
// ward police), each a dated status with its deciding document. A unit's status of a kind on a
// date is the record in force then (the latest begun, not expired). Every change is kept in the
// append-only history with who, when, before, after and why.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table unit_standards (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      kind text not null check (length(kind) <= 40),
      status text not null check (status in ('dat', 'khong_dat', 'thu_hoi')),
      valid_from date not null,
      valid_to date check (valid_to is null or valid_to >= valid_from),
      decision_number text check (length(decision_number) <= 100),
      decision_date date,
      decision_issuer text check (length(decision_issuer) <= 300),
      criteria_set text,
      answers jsonb,
      note text check (length(note) <= 2000),
      row_version integer not null default 1,
      entered_by text not null,
      entered_at timestamptz not null,
      unique (unit_id, kind, valid_from)
    )`.execute(db)
  await sql`create index unit_standards_kind on unit_standards (kind, valid_from)`.execute(db)
  await sql`
    create table unit_standard_history (
      id integer generated always as identity primary key,
      standard_id integer not null references unit_standards(id),
      unit_id integer not null references units(id),
      kind text not null,
      before jsonb,
      after jsonb not null,
      at timestamptz not null,
      actor_name text not null,
      reason text
    )`.execute(db)
  await sql`create index unit_standard_history_unit on unit_standard_history (unit_id)`.execute(db)
  await sql`
    create or replace function antq_unit_standard_history_append_only() returns trigger
    language plpgsql as $$
    begin
      raise exception 'unit_standard_history is append-only';
    end $$`.execute(db)
  await sql`
    create trigger unit_standard_history_append_only
    before update or delete on unit_standard_history
    for each row execute function antq_unit_standard_history_append_only()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
