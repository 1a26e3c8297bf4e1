import { sql, type Kysely } from 'kysely'

// Plan definitions (one row per version) and versioned criteria sets.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table plans (
      id integer generated always as identity primary key,
      plan_key text not null,
      version integer not null,
      status text not null check (status in ('draft', 'published', 'closed')),
      title text not null,
      issuer_unit_id integer references units(id),
      -- The issuer's subtree: who may change the plan. Null for a plan with no resolved issuer.
      scope_path text,
      definition jsonb not null,
      source_yaml text,
      changes jsonb,
      created_by text not null,
      created_at timestamptz not null default now(),
      published_at timestamptz,
      closed_at timestamptz,
      row_version integer not null default 1,
      unique (plan_key, version)
    )`.execute(db)
  await sql`create index plans_scope_idx on plans (scope_path text_pattern_ops)`.execute(db)
  // At most one draft per plan: a revision starts from the latest published version.
  await sql`create unique index plans_one_draft_idx on plans (plan_key) where status = 'draft'`.execute(
    db,
  )

  await sql`
    create table criteria_sets (
      id integer generated always as identity primary key,
      set_key text not null,
      version integer not null,
      title text not null,
      definition jsonb not null,
      created_by text not null,
      created_at timestamptz not null default now(),
      unique (set_key, version)
    )`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
