import { sql, type Kysely } from 'kysely'

// Award nominations: who a unit proposes for which award form, the eligibility snapshot taken
// at submission, attestations of the conditions no data can prove, the append-only status
// history, dossier files (bytes kept in the database so a backup is one dump) and quotas
// allocated from a higher level to lower ones.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table nominations (
      id integer generated always as identity primary key,
      plan_key text not null,
      plan_id integer not null references plans(id),
      year integer not null,
      award_form_id text not null,
      -- Forms of one group reward the same achievement (commendation vs emulation title).
      form_group text not null,
      proposing_unit_id integer not null references units(id),
      proposing_unit_path text not null,
      subject_kind text not null check (subject_kind in ('collective', 'individual')),
      subject_id text not null,
      nominee_unit_id integer references units(id),
      person_name text,
      person_position text,
      person_role text,
      person_birth_year integer,
      person_unit_id integer references units(id),
      -- 'unit:<id>' or 'person:<unit id>:<folded name>[:<birth year>]', set by the service.
      nominee_key text not null,
      person_facts jsonb not null default '{}',
      achievement_summary text not null default '',
      status text not null check (status in
        ('draft', 'submitted', 'appraised', 'reviewed', 'decided', 'returned', 'rejected', 'withdrawn', 'revoked')),
      status_reason text,
      eligible boolean,
      eligibility jsonb,
      submitted_at timestamptz,
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_by text not null,
      updated_at timestamptz not null default now(),
      row_version integer not null default 1,
      check ((subject_kind = 'collective' and nominee_unit_id is not null)
          or (subject_kind = 'individual' and person_name is not null and person_unit_id is not null))
    )`.execute(db)
  // One live nomination per achievement: a nominee cannot be proposed twice for the same
  // year's achievement in a plan, and so cannot be rewarded twice for it either.
  await sql`
    create unique index nominations_achievement_idx
    on nominations (plan_key, year, form_group, nominee_key)
    where status not in ('rejected', 'withdrawn', 'revoked')`.execute(db)
  await sql`create index nominations_path_idx on nominations (plan_key, year, proposing_unit_path text_pattern_ops)`.execute(
    db,
  )
  await sql`create index nominations_form_idx on nominations (plan_key, year, award_form_id, status)`.execute(
    db,
  )

  await sql`
    create table nomination_history (
      id integer generated always as identity primary key,
      nomination_id integer not null references nominations(id),
      at timestamptz not null default now(),
      actor_name text not null,
      action text not null,
      from_status text,
      to_status text not null,
      reason text
    )`.execute(db)
  await sql`create index nomination_history_idx on nomination_history (nomination_id, id)`.execute(
    db,
  )
  await sql`
    create or replace function antq_nomination_history_append_only() returns trigger language plpgsql as $$
    begin raise exception 'nomination_history is append-only'; end $$`.execute(db)
  await sql`
    create trigger nomination_history_append_only before update or delete on nomination_history
    for each row execute function antq_nomination_history_append_only()`.execute(db)

  await sql`
    create table dossier_files (
      id integer generated always as identity primary key,
      -- Either one nomination's file, or a batch file (one proposing unit, form and year).
      nomination_id integer references nominations(id),
      plan_key text not null,
      year integer not null,
      award_form_id text not null,
      proposing_unit_id integer not null references units(id),
      unit_path text not null,
      item_id text not null,
      filename text not null,
      mime text not null,
      size integer not null check (size > 0),
      sha256 text not null,
      bytes bytea not null,
      uploaded_by text not null,
      uploaded_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index dossier_files_nomination_idx on dossier_files (nomination_id)`.execute(db)
  await sql`create index dossier_files_batch_idx on dossier_files (plan_key, year, award_form_id, proposing_unit_id)`.execute(
    db,
  )

  await sql`
    create table attestations (
      id integer generated always as identity primary key,
      nomination_id integer not null references nominations(id),
      condition_id text not null,
      note text not null default '',
      evidence_file_id integer not null references dossier_files(id),
      confirmed_by text not null,
      confirmed_at date not null,
      recorded_by text not null,
      recorded_at timestamptz not null default now(),
      unique (nomination_id, condition_id)
    )`.execute(db)

  await sql`
    create table quota_allocations (
      id integer generated always as identity primary key,
      plan_key text not null,
      year integer not null,
      award_form_id text not null,
      -- null: received from the authority outside the register (e.g. UBND tỉnh).
      from_unit_id integer references units(id),
      to_unit_id integer not null references units(id),
      to_unit_path text not null,
      count integer not null check (count >= 0),
      note text not null default '',
      allocated_by text not null,
      allocated_at timestamptz not null default now(),
      row_version integer not null default 1,
      unique (plan_key, year, award_form_id, to_unit_id)
    )`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
