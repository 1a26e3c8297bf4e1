import { sql, type Kysely } from 'kysely'

// Issue 14 item 2 (ADR 030): what a signable document needs beyond the record.
// - issuing_body_settings: per unit and body (its Ủy ban nhân dân, its police, its Ban Chỉ đạo,
//   its council, or the unit itself) the people who sign for it (name, title, signing mode) and
//   the legal bases its decisions cite, both edited by an administrator, never constants.
// - issued_document_numbers.document_date / signer: the date the number was given for (the
//   document's date, not the moment it was taken) and who signs the numbered document.
// - decisions.signer: the structured signing block (TM./KT./Q., title, name) as signed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table issuing_body_settings (
      unit_id integer not null references units(id),
      unit_path text not null,
      body text not null,
      settings jsonb not null,
      updated_by text not null,
      updated_at timestamptz not null default now(),
      row_version integer not null default 1,
      primary key (unit_id, body)
    )
  `.execute(db)
  await sql`alter table issued_document_numbers add column document_date date`.execute(db)
  await sql`alter table issued_document_numbers add column signer jsonb`.execute(db)
  await sql`alter table decisions add column signer jsonb`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table decisions drop column signer`.execute(db)
  await sql`alter table issued_document_numbers drop column signer`.execute(db)
  await sql`alter table issued_document_numbers drop column document_date`.execute(db)
  await sql`drop table issuing_body_settings`.execute(db)
}
