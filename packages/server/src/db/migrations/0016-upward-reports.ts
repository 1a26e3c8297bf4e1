import { sql, type Kysely } from 'kysely'

// Issue 11 item 4: upward reports, the báo cáo, sơ kết or tổng kết a level sends up for a plan's
// reporting obligation (not the units' periodic figures in `reports`). One per plan, obligation,
// period key and reporting unit; the sections the owner writes are bounded text; the computed
// sections are drawn live while drafting and frozen in `snapshot` when sent. History is
// append-only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table upward_reports (
      id integer generated always as identity primary key,
      plan_key text not null,
      plan_id integer not null references plans(id),
      obligation_id text not null,
      period_key text not null,
      year integer not null,
      due_on text not null,
      unit_id integer not null references units(id),
      unit_path text not null,
      recipient_unit_id integer references units(id),
      status text not null default 'draft' check (status in ('draft', 'submitted', 'received')),
      sections jsonb not null default '{}',
      snapshot jsonb,
      return_reason text,
      submitted_at timestamptz,
      submitted_by text,
      received_at timestamptz,
      received_by text,
      updated_by text not null,
      updated_at timestamptz not null,
      row_version integer not null default 1,
      unique (plan_key, obligation_id, period_key, unit_id)
    )`.execute(db)
  await sql`create index upward_reports_path_idx on upward_reports (plan_key, period_key, unit_path text_pattern_ops)`.execute(
    db,
  )
  await sql`
    create table upward_report_history (
      id integer generated always as identity primary key,
      upward_report_id integer not null references upward_reports(id),
      at timestamptz not null default now(),
      actor_name text not null,
      action text not null,
      from_status text,
      to_status text not null,
      reason text
    )`.execute(db)
  await sql`
    create or replace function antq_upward_report_history_append_only() returns trigger language plpgsql as $$
    begin raise exception 'upward_report_history is append-only'; end $$`.execute(db)
  await sql`
    create trigger upward_report_history_append_only before update or delete on upward_report_history
    for each row execute function antq_upward_report_history_append_only()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
