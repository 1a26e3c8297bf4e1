import { sql, type Kysely } from 'kysely'

// Issue 13 item 2 (ADR 029): notifications that reach people. An account gets an e-mail, a
// phone and its channels; a plan its reminder rules; every notification sent is one row whose
// dedup key is unique (never the same reminder twice, whichever process made it); e-mail goes
// through an outbox whose rows are claimed and marked sent, so a restart resumes; the daily
// reminder run is claimed per account and day, so two servers never both do one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts
    add column email text,
    add column phone text,
    add column notify_in_app boolean not null default true,
    add column notify_email boolean not null default true`.execute(db)

  await sql`
    create table reminder_rules (
      plan_key text primary key,
      days_before integer[] not null,
      on_day boolean not null,
      when_late boolean not null,
      escalate_after_days integer,
      row_version integer not null default 1,
      updated_by text not null,
      updated_at timestamptz not null default now()
    )`.execute(db)

  await sql`
    create table notifications (
      id integer generated always as identity primary key,
      account_id integer not null references accounts(id),
      kind text not null check (kind in ('reminder', 'escalation', 'nudge')),
      plan_id integer references plans(id),
      message text not null,
      link text not null,
      dedup_key text not null unique,
      digest_date date,
      created_by text,
      created_at timestamptz not null default now(),
      read_at timestamptz
    )`.execute(db)
  await sql`create index notifications_account_idx on notifications (account_id, id desc)`.execute(
    db,
  )
  await sql`create index notifications_digest_idx on notifications (digest_date, account_id)
    where digest_date is not null`.execute(db)

  await sql`
    create table email_outbox (
      id integer generated always as identity primary key,
      account_id integer not null references accounts(id),
      dedup_key text not null unique,
      to_address text not null,
      subject text not null,
      body text not null,
      created_at timestamptz not null default now(),
      claimed_at timestamptz,
      claimed_by text,
      attempts integer not null default 0,
      last_error text,
      sent_at timestamptz
    )`.execute(db)
  await sql`create index email_outbox_pending_idx on email_outbox (id) where sent_at is null`.execute(
    db,
  )

  await sql`
    create table reminder_runs (
      account_id integer not null references accounts(id),
      run_date date not null,
      claimed_at timestamptz not null,
      claimed_by text not null,
      done_at timestamptz,
      primary key (account_id, run_date)
    )`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table reminder_runs`.execute(db)
  await sql`drop table email_outbox`.execute(db)
  await sql`drop table notifications`.execute(db)
  await sql`drop table reminder_rules`.execute(db)
  await sql`alter table accounts drop column email, drop column phone,
    drop column notify_in_app, drop column notify_email`.execute(db)
}
