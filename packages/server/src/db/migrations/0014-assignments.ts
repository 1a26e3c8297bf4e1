import { sql, type Kysely } from 'kysely'

// Issue 11 item 2: a plan task becomes assignments (one per owner body and occurrence), with an
// append-only history of progress notes, submissions, reviews and chases, and evidence files.
// `status` keeps the work state written by the workflow (not_started / in_progress / done);
// "quá hạn" depends on today and is derived when read (core deriveAssignmentStatus).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table assignments (
      id integer generated always as identity primary key,
      plan_id integer not null references plans(id),
      plan_key text not null,
      task_id text not null,
      year integer not null,
      occurrence text not null,
      owner_unit_id integer not null references units(id),
      owner_unit_path text not null,
      role text not null check (role in ('owner', 'co_owner')),
      due_date date not null,
      status text not null default 'not_started'
        check (status in ('not_started', 'in_progress', 'done')),
      review text not null default 'open'
        check (review in ('open', 'submitted', 'returned', 'accepted')),
      submitted_on date,
      completed_on date,
      return_reason text,
      parent_assignment_id integer references assignments(id),
      source text not null default 'plan_task' check (source in ('plan_task', 'inspection')),
      source_id integer,
      row_version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db)
  // One share per task, occurrence and owner body (generation is idempotent).
  await sql`create unique index assignments_task_key on assignments
    (plan_key, task_id, occurrence, owner_unit_id) where source = 'plan_task'`.execute(db)
  // A body's list (by due date) and the plan owner's scorecard (per body of one plan year).
  await sql`create index assignments_owner_idx on assignments (owner_unit_id, year, due_date)`.execute(
    db,
  )
  await sql`create index assignments_plan_idx on assignments (plan_key, year, owner_unit_id)`.execute(
    db,
  )
  await sql`create index assignments_parent_idx on assignments (parent_assignment_id)
    where parent_assignment_id is not null`.execute(db)

  await sql`
    create table assignment_events (
      id integer generated always as identity primary key,
      assignment_id integer not null references assignments(id),
      at timestamptz not null default now(),
      actor_name text not null,
      action text not null check (action in ('note', 'submit', 'accept', 'return', 'chase')),
      from_review text not null,
      to_review text not null,
      note text
    )`.execute(db)
  await sql`create index assignment_events_idx on assignment_events (assignment_id, id)`.execute(db)
  await sql`
    create or replace function antq_assignment_events_append_only() returns trigger language plpgsql as $$
    begin raise exception 'assignment_events is append-only'; end $$`.execute(db)
  await sql`
    create trigger assignment_events_append_only before update or delete on assignment_events
    for each row execute function antq_assignment_events_append_only()`.execute(db)

  await sql`
    create table assignment_files (
      id integer generated always as identity primary key,
      assignment_id integer not null references assignments(id),
      event_id integer not null references assignment_events(id),
      filename text not null,
      mime text not null,
      size integer not null check (size > 0),
      sha256 text not null,
      bytes bytea not null,
      uploaded_by text not null,
      uploaded_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index assignment_files_idx on assignment_files (assignment_id)`.execute(db)
  // The body's list and the scorecard are kept in the read cache (ADR 010): another process's
  // write to a share announces itself like the other cached tables (migration 0008).
  await sql`create trigger assignments_notify_change
    after insert or update or delete or truncate on assignments
    for each statement execute function antq_notify_change()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
