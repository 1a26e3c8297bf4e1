import { sql, type Kysely } from 'kysely'

// Issue 12 item 1: the model register (HD 22/HD-BCA-V05). A model (or another body that is not
// a register unit: a ward protection board, a self-managed residents' board) has a host unit,
// the sites it spreads to (one "điểm" = one area, each with its "Tổ"), a yearly plan with its
// own targets and reviews each quarter / six months / year with the share of those targets
// completed and the rating it earns. Dissolving or replacing keeps the record with its reason.
// Days are ISO text (yyyy-mm-dd): the same on PGlite and node-postgres.
// Every change is kept in the append-only history (who, when, before, after, why).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table models (
      id integer generated always as identity primary key,
      host_unit_id integer not null references units(id),
      body text not null check (body in ('model', 'ward_protection_board', 'self_managed_board')),
      name text not null check (length(name) between 1 and 300),
      type_id text not null check (length(type_id) <= 60),
      members integer not null default 0 check (members between 0 and 100000),
      started_on text not null check (started_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      zalo_group text check (length(zalo_group) <= 300),
      status text not null default 'active' check (status in ('active', 'dissolved', 'replaced')),
      ended_on text check (ended_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      end_reason text check (length(end_reason) <= 2000),
      replaced_by integer references models(id),
      row_version integer not null default 1,
      created_by text not null,
      created_at timestamptz not null,
      updated_by text not null,
      updated_at timestamptz not null,
      check ((status = 'active') = (ended_on is null))
    )`.execute(db)
  await sql`create index models_host on models (host_unit_id)`.execute(db)
  // HD 22 counts a model by its sites (điểm: an area where it is replicated) and teams (Tổ).
  await sql`
    create table model_sites (
      model_id integer not null references models(id),
      unit_id integer not null references units(id),
      teams integer not null check (teams between 1 and 1000),
      primary key (model_id, unit_id)
    )`.execute(db)
  await sql`create index model_sites_unit on model_sites (unit_id)`.execute(db)
  await sql`
    create table model_plans (
      model_id integer not null references models(id),
      year integer not null check (year between 2000 and 2100),
      adopted_on text not null check (adopted_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      target_count integer not null check (target_count between 1 and 100),
      summary text not null default '' check (length(summary) <= 5000),
      primary key (model_id, year)
    )`.execute(db)
  await sql`
    create table model_reviews (
      model_id integer not null references models(id),
      year integer not null check (year between 2000 and 2100),
      period text not null check (period in ('q1', 'h1', 'q3', 'year')),
      targets_done integer not null check (targets_done between 0 and 100),
      targets_total integer not null check (targets_total between 1 and 100),
      rating text not null check (rating in ('tot', 'kha', 'trung_binh', 'yeu')),
      reviewed_on text not null check (reviewed_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      note text not null default '' check (length(note) <= 2000),
      reviewed_by text not null,
      primary key (model_id, year, period),
      check (targets_done <= targets_total)
    )`.execute(db)
  await sql`
    create table model_history (
      id integer generated always as identity primary key,
      model_id integer not null references models(id),
      at timestamptz not null,
      actor_name text not null,
      action text not null,
      before jsonb,
      after jsonb,
      reason text
    )`.execute(db)
  await sql`create index model_history_model on model_history (model_id, id)`.execute(db)
  await sql`
    create or replace function antq_model_history_append_only() returns trigger
    language plpgsql as $$
    begin
      raise exception 'model_history is append-only';
    end $$`.execute(db)
  await sql`
    create trigger model_history_append_only before update or delete on model_history
    for each row execute function antq_model_history_append_only()`.execute(db)
  // A model nominated as itself: its host is the nominee unit, the model its own key.
  await sql`alter table nominations add column model_id integer references models(id)`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
