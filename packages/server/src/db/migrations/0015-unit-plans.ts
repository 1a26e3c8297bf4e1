import { sql, type Kysely } from 'kysely'

// Issue 11 item 3: a unit's own plan sent by a plan_submission deadline, as a file or as a
// child plan in the system, reviewed by the plan owner; its history is append-only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table unit_plan_submissions (
      id integer generated always as identity primary key,
      plan_key text not null,
      deadline_id text not null,
      unit_id integer not null references units(id),
      unit_path text not null,
      file_name text,
      file_mime text,
      file_size integer,
      file_bytes bytea,
      child_plan_id integer references plans(id),
      status text not null check (status in ('submitted', 'accepted', 'returned')),
      reason text,
      late boolean not null default false,
      submitted_by text not null,
      submitted_at timestamptz not null,
      reviewed_by text,
      reviewed_at timestamptz,
      row_version integer not null default 1,
      unique (plan_key, deadline_id, unit_id),
      check ((file_bytes is null) <> (child_plan_id is null))
    )`.execute(db)
  await sql`create index unit_plan_submissions_path_idx on unit_plan_submissions (plan_key, deadline_id, unit_path text_pattern_ops)`.execute(
    db,
  )
  await sql`
    create table unit_plan_history (
      id integer generated always as identity primary key,
      submission_id integer not null references unit_plan_submissions(id),
      at timestamptz not null,
      actor_name text not null,
      action text not null,
      from_status text,
      to_status text not null,
      reason text,
      file_name text,
      child_plan_id integer
    )`.execute(db)
  await sql`create index unit_plan_history_idx on unit_plan_history (submission_id, id)`.execute(db)
  await sql`
    create or replace function antq_unit_plan_history_append_only() returns trigger language plpgsql as $$
    begin raise exception 'unit_plan_history is append-only'; end $$`.execute(db)
  await sql`
    create trigger unit_plan_history_append_only before update or delete on unit_plan_history
    for each row execute function antq_unit_plan_history_append_only()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
