import { sql, type Kysely } from 'kysely'

// Inspections a plan owner runs under a plan (kiểm tra): the team, the units visited with the
// person who signed for each and the conclusion, findings per unit and checklist item, follow-up
// actions (each may become an assignment), and an append-only history of every step.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table inspections (
      id integer generated always as identity primary key,
      plan_key text not null,
      plan_id integer not null references plans(id),
      -- The plan's inspections element this one carries out, when it names one.
      plan_inspection_id text,
      issuer_unit_path text not null,
      year integer not null,
      title text not null,
      reference text,
      period_from date not null,
      period_to date not null check (period_to >= period_from),
      lead_unit_id integer references units(id),
      lead_name text not null,
      status text not null default 'planned' check (status in ('planned', 'in_progress', 'done')),
      created_by text not null,
      created_at timestamptz not null default now(),
      row_version integer not null default 1
    )`.execute(db)
  await sql`create index inspections_plan_idx on inspections (plan_key, year)`.execute(db)
  await sql`
    create table inspection_members (
      id integer generated always as identity primary key,
      inspection_id integer not null references inspections(id),
      name text not null,
      position text not null default '',
      unit_name text not null default '',
      role text not null check (role in ('lead', 'deputy', 'member', 'secretary')),
      sort_order integer not null default 0
    )`.execute(db)
  await sql`create index inspection_members_idx on inspection_members (inspection_id)`.execute(db)
  await sql`
    create table inspection_units (
      id integer generated always as identity primary key,
      inspection_id integer not null references inspections(id),
      unit_id integer not null references units(id),
      unit_path text not null,
      visited_on date,
      place text,
      representative_name text,
      representative_position text,
      conclusion text,
      unique (inspection_id, unit_id)
    )`.execute(db)
  await sql`create index inspection_units_path_idx on inspection_units (unit_path text_pattern_ops)`.execute(
    db,
  )
  await sql`
    create table inspection_findings (
      id integer generated always as identity primary key,
      inspection_unit_id integer not null references inspection_units(id),
      item_key text not null,
      item_label text not null,
      origin text not null check (origin in ('target', 'criteria', 'free')),
      result text not null check (result in ('met', 'not_met', 'noted')),
      note text not null default '',
      recorded_by text not null,
      recorded_at timestamptz not null default now(),
      unique (inspection_unit_id, item_key)
    )`.execute(db)
  await sql`
    create table inspection_actions (
      id integer generated always as identity primary key,
      inspection_id integer not null references inspections(id),
      inspection_unit_id integer references inspection_units(id),
      what text not null,
      owner_unit_id integer not null references units(id),
      owner_unit_path text not null,
      due_on date not null,
      status text not null default 'open' check (status in ('open', 'done')),
      -- Set when the action becomes an assignment (features/assignments).
      assignment_id integer,
      created_by text not null,
      created_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index inspection_actions_idx on inspection_actions (inspection_id)`.execute(db)
  await historyUp(db)
}

async function historyUp(db: Kysely<unknown>) {
  await sql`
    create table inspection_history (
      id integer generated always as identity primary key,
      inspection_id integer not null references inspections(id),
      unit_id integer,
      actor text not null,
      action text not null,
      detail jsonb,
      at timestamptz not null default now()
    )`.execute(db)
  await sql`create index inspection_history_idx on inspection_history (inspection_id, id)`.execute(
    db,
  )
  await sql`
    create or replace function antq_inspection_history_append_only() returns trigger language plpgsql as $$
    begin raise exception 'inspection_history is append-only'; end $$`.execute(db)
  await sql`
    create trigger inspection_history_append_only before update or delete on inspection_history
    for each row execute function antq_inspection_history_append_only()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
