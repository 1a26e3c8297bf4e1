import { sql, type Kysely } from 'kysely'

// The reward council and what follows it: members, meetings with attendance, agendas and the
// vote per nomination; award decisions with their items and revocations; recognitions of a
// unit's ANTT standard or exemplary status; the document-number registers; and certificate
// layouts a secretary adjusts for pre-printed blanks.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table councils (
      id integer generated always as identity primary key,
      issuer_unit_id integer not null references units(id),
      issuer_unit_path text not null,
      name text not null,
      -- The issuer's abbreviation in document numbers ("UBND" in 15/QĐ-UBND).
      issuer_code text not null,
      rules jsonb not null,
      created_by text not null,
      created_at timestamptz not null default now(),
      row_version integer not null default 1
    )`.execute(db)
  await sql`create index councils_path_idx on councils (issuer_unit_path text_pattern_ops)`.execute(
    db,
  )
  await sql`
    create table council_members (
      id integer generated always as identity primary key,
      council_id integer not null references councils(id),
      name text not null,
      position text not null default '',
      role text not null check (role in ('chair', 'vice_chair', 'secretary', 'member')),
      sort_order integer not null default 0,
      active boolean not null default true
    )`.execute(db)
  await sql`create index council_members_idx on council_members (council_id)`.execute(db)

  await sql`
    create table council_meetings (
      id integer generated always as identity primary key,
      council_id integer not null references councils(id),
      issuer_unit_path text not null,
      meeting_date date not null,
      place text not null,
      convened integer not null default 0 check (convened >= 0),
      present integer not null default 0 check (present >= 0 and present <= convened),
      quorum_met boolean not null default false,
      status text not null default 'open' check (status in ('open', 'closed')),
      minutes_number text,
      created_by text not null,
      created_at timestamptz not null default now(),
      row_version integer not null default 1
    )`.execute(db)
  await sql`
    create table meeting_attendance (
      meeting_id integer not null references council_meetings(id),
      member_id integer not null references council_members(id),
      present boolean not null,
      primary key (meeting_id, member_id)
    )`.execute(db)
  await sql`
    create table meeting_agenda_items (
      id integer generated always as identity primary key,
      meeting_id integer not null references council_meetings(id),
      nomination_id integer not null references nominations(id),
      position integer not null,
      unique (meeting_id, nomination_id)
    )`.execute(db)
  await sql`
    create table council_votes (
      id integer generated always as identity primary key,
      meeting_id integer not null references council_meetings(id),
      nomination_id integer not null references nominations(id),
      convened integer not null,
      present integer not null,
      votes_for integer not null,
      votes_against integer not null,
      passed boolean not null,
      recorded_by text not null,
      recorded_at timestamptz not null default now(),
      check (votes_for >= 0 and votes_against >= 0 and votes_for + votes_against <= present
        and present <= convened),
      unique (meeting_id, nomination_id)
    )`.execute(db)
  await sql`create index council_votes_nomination_idx on council_votes (nomination_id)`.execute(db)
  await decisionsUp(db)
  await recognitionsUp(db)
}

async function decisionsUp(db: Kysely<unknown>) {
  await sql`
    create table decisions (
      id integer generated always as identity primary key,
      issuer_unit_id integer not null references units(id),
      issuer_unit_path text not null,
      issuer_code text not null,
      plan_key text not null,
      plan_id integer not null references plans(id),
      year integer not null,
      award_form_id text not null,
      award_form_name text not null,
      meeting_id integer references council_meetings(id),
      number text not null,
      decision_date date not null,
      signer_name text not null,
      signer_title text not null,
      status text not null default 'signed' check (status in ('signed', 'revoked')),
      created_by text not null,
      created_at timestamptz not null default now(),
      row_version integer not null default 1
    )`.execute(db)
  // A number such as 1/QĐ-UBND names a decision only within its issuer and year.
  await sql`create unique index decisions_number_uq on decisions (issuer_unit_id, (date_part('year', decision_date)), number)`.execute(
    db,
  )
  await sql`create index decisions_form_idx on decisions (plan_key, year, award_form_id, status)`.execute(
    db,
  )
  await sql`create index decisions_path_idx on decisions (issuer_unit_path text_pattern_ops)`.execute(
    db,
  )
  await sql`
    create table decision_items (
      id integer generated always as identity primary key,
      decision_id integer not null references decisions(id),
      nomination_id integer not null references nominations(id),
      position integer not null,
      status text not null default 'decided' check (status in ('decided', 'revoked'))
    )`.execute(db)
  // A nomination is awarded by at most one live decision item.
  await sql`create unique index decision_items_live_idx on decision_items (nomination_id) where status = 'decided'`.execute(
    db,
  )
  await sql`create index decision_items_decision_idx on decision_items (decision_id, position)`.execute(
    db,
  )
  await sql`
    create table revocations (
      id integer generated always as identity primary key,
      decision_id integer not null references decisions(id),
      -- null: the whole decision.
      decision_item_id integer references decision_items(id),
      legal_ground text not null check (legal_ground in
        ('false_declaration', 'forged_dossier', 'unlawful_appraisal', 'later_violation')),
      reason text not null,
      revoked_by text not null,
      revoked_at timestamptz not null default now()
    )`.execute(db)

  // One register per issuer, year and kind; the row is locked while a number is taken, and
  // every number taken is kept in issued_document_numbers, whose key forbids a second use.
  await sql`
    create table document_numbers (
      issuer_unit_id integer not null references units(id),
      issuer_code text not null,
      year integer not null,
      kind text not null check (kind in ('submission', 'decision', 'minutes')),
      next_number integer not null default 1 check (next_number >= 1),
      primary key (issuer_unit_id, issuer_code, year, kind)
    )`.execute(db)
  await sql`
    create table issued_document_numbers (
      issuer_unit_id integer not null references units(id),
      issuer_code text not null,
      year integer not null,
      kind text not null,
      sequence integer not null,
      number text not null,
      entity text not null,
      entity_id integer not null,
      issued_by text not null,
      issued_at timestamptz not null default now(),
      primary key (issuer_unit_id, issuer_code, year, kind, sequence)
    )`.execute(db)

  await sql`
    create table certificate_layouts (
      id integer generated always as identity primary key,
      issuer_unit_id integer not null references units(id),
      issuer_unit_path text not null,
      award_form_id text not null,
      layout jsonb not null,
      updated_by text not null,
      updated_at timestamptz not null default now(),
      row_version integer not null default 1,
      unique (issuer_unit_id, award_form_id)
    )`.execute(db)
}

async function recognitionsUp(db: Kysely<unknown>) {
  await sql`
    create table recognitions (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      unit_path text not null,
      kind text not null check (kind in ('antt_standard', 'exemplary')),
      year integer not null,
      plan_key text not null,
      plan_id integer not null references plans(id),
      route_id text,
      evaluator_level text not null,
      recognizer_level text not null,
      recognizer_unit_id integer not null references units(id),
      recognizer_unit_path text not null,
      status text not null check (status in
        ('proposed', 'evaluated', 'recognised', 'returned', 'rejected')),
      status_reason text,
      candidate jsonb not null default '{}',
      evaluation jsonb,
      decision_number text,
      decision_date date,
      proposed_by text not null,
      updated_by text not null,
      updated_at timestamptz not null default now(),
      row_version integer not null default 1
    )`.execute(db)
  await sql`
    create unique index recognitions_live_idx on recognitions (unit_id, kind, year)
    where status <> 'rejected'`.execute(db)
  await sql`create index recognitions_path_idx on recognitions (year, kind, unit_path text_pattern_ops)`.execute(
    db,
  )
  await sql`
    create table recognition_history (
      id integer generated always as identity primary key,
      recognition_id integer not null references recognitions(id),
      at timestamptz not null default now(),
      actor_name text not null,
      action text not null,
      from_status text,
      to_status text not null,
      reason text
    )`.execute(db)
  await sql`
    create or replace function antq_recognition_history_append_only() returns trigger language plpgsql as $$
    begin raise exception 'recognition_history is append-only'; end $$`.execute(db)
  await sql`
    create trigger recognition_history_append_only before update or delete on recognition_history
    for each row execute function antq_recognition_history_append_only()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
