import { sql, type Kysely } from 'kysely'

// Running a campaign: registrations, deadline extensions, periodic reports with their
// history, evaluations (ANTT, movement class, exemplary, model, complexity) and the computed
// target values dashboards read.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table registrations (
      id integer generated always as identity primary key,
      plan_key text not null,
      plan_id integer not null references plans(id),
      year integer not null,
      unit_id integer not null references units(id),
      unit_path text not null,
      take_part boolean not null default true,
      strives_for_antt boolean not null default false,
      builds_exemplary boolean not null default false,
      award_forms jsonb not null default '[]',
      registered_by text not null,
      registered_at timestamptz not null default now(),
      row_version integer not null default 1,
      unique (plan_key, year, unit_id)
    )`.execute(db)
  await sql`create index registrations_path_idx on registrations (plan_key, year, unit_path text_pattern_ops)`.execute(
    db,
  )

  await sql`
    create table deadline_extensions (
      id integer generated always as identity primary key,
      plan_key text not null,
      closes text not null,
      year integer not null,
      -- null: every unit under scope_path; else these units only.
      unit_ids jsonb,
      scope_path text,
      until date not null,
      reason text not null,
      granted_by text not null,
      granted_at timestamptz not null default now()
    )`.execute(db)

  await sql`
    create table reports (
      id integer generated always as identity primary key,
      plan_key text not null,
      plan_id integer not null references plans(id),
      period_id text not null,
      unit_id integer not null references units(id),
      unit_path text not null,
      status text not null check (status in ('draft', 'submitted', 'accepted', 'returned')),
      figures jsonb not null default '{}',
      return_reason text,
      updated_by text not null,
      updated_at timestamptz not null default now(),
      row_version integer not null default 1,
      unique (plan_key, period_id, unit_id)
    )`.execute(db)
  await sql`create index reports_path_idx on reports (plan_key, period_id, unit_path text_pattern_ops)`.execute(
    db,
  )
  await sql`
    create table report_history (
      id integer generated always as identity primary key,
      report_id integer not null references reports(id),
      at timestamptz not null default now(),
      actor_name text not null,
      action text not null,
      from_status text,
      to_status text not null,
      reason text
    )`.execute(db)

  await sql`
    create table evaluations (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      unit_path text not null,
      kind text not null check (kind in ('antt', 'movement', 'exemplary', 'model', 'complexity', 'ntm')),
      evaluation_year integer not null,
      criteria_set_key text,
      criteria_set_version integer,
      answers jsonb not null default '{}',
      self_score numeric,
      reviewer_score numeric,
      result text,
      decision_number text,
      decision_date date,
      evidence jsonb not null default '[]',
      decided_by text,
      updated_at timestamptz not null default now(),
      row_version integer not null default 1,
      unique (unit_id, kind, evaluation_year)
    )`.execute(db)
  await sql`create index evaluations_path_idx on evaluations (kind, evaluation_year, unit_path text_pattern_ops)`.execute(
    db,
  )

  await sql`
    create table target_values (
      plan_id integer not null references plans(id),
      target_id text not null,
      scope_unit_id integer not null references units(id),
      period_id text not null,
      numerator double precision,
      denominator double precision,
      value double precision,
      status text,
      computed_at timestamptz not null default now(),
      primary key (plan_id, target_id, scope_unit_id, period_id)
    )`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
