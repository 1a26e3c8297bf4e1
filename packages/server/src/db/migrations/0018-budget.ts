import { sql, type Kysely } from 'kysely'

// Issue 11 item 6, the plan's budget: estimates (dự toán) per budget line, year, estimating
// unit and funding source, with their approval workflow and append-only history; documents
// attached to spending (chứng từ); spending recorded against an approved estimate, append-only.
// Amounts are whole đồng, positive, at most 100 tỷ (ADR 016).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table budget_estimates (
      id integer generated always as identity primary key,
      plan_key text not null,
      plan_id integer not null references plans(id),
      line_id text not null,
      year integer not null check (year between 2000 and 2100),
      unit_id integer not null references units(id),
      unit_path text not null,
      funding text not null check (funding in ('state_budget', 'socialised', 'other')),
      amount bigint not null check (amount > 0 and amount <= 100000000000),
      note text check (length(note) <= 1000),
      status text not null check (status in ('draft', 'submitted', 'approved', 'returned')),
      approving_unit_id integer references units(id),
      return_reason text,
      decided_by text,
      decided_at timestamptz,
      updated_by text not null,
      updated_at timestamptz not null default now(),
      row_version integer not null default 1,
      unique (plan_key, line_id, year, unit_id, funding)
    )`.execute(db)
  await sql`create index budget_estimates_path_idx on budget_estimates (plan_key, year, unit_path text_pattern_ops)`.execute(
    db,
  )
  await sql`
    create table budget_estimate_history (
      id integer generated always as identity primary key,
      estimate_id integer not null references budget_estimates(id),
      at timestamptz not null default now(),
      actor_name text not null,
      action text not null,
      from_status text,
      to_status text not null,
      amount bigint not null,
      reason text
    )`.execute(db)
  await sql`create index budget_estimate_history_idx on budget_estimate_history (estimate_id, id)`.execute(
    db,
  )
  await sql`
    create table budget_files (
      id integer generated always as identity primary key,
      plan_key text not null,
      unit_id integer not null references units(id),
      unit_path text not null,
      filename text not null check (length(filename) <= 200),
      mime text not null,
      size integer not null check (size > 0 and size <= 10485760),
      sha256 text not null,
      bytes bytea not null,
      uploaded_by text not null,
      uploaded_at timestamptz not null default now()
    )`.execute(db)
  await sql`
    create table budget_spending (
      id integer generated always as identity primary key,
      estimate_id integer not null references budget_estimates(id),
      spent_on date not null,
      amount bigint not null check (amount > 0 and amount <= 100000000000),
      purpose text not null check (length(purpose) between 1 and 500),
      document_number text not null check (length(document_number) between 1 and 60),
      document_date date not null,
      file_id integer references budget_files(id),
      recorded_by text not null,
      recorded_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index budget_spending_estimate_idx on budget_spending (estimate_id, id)`.execute(
    db,
  )
  await sql`
    create or replace function antq_budget_append_only() returns trigger language plpgsql as $$
    begin raise exception '% is append-only', tg_table_name; end $$`.execute(db)
  for (const table of ['budget_estimate_history', 'budget_spending'])
    await sql`
      create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function antq_budget_append_only()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
