// The yearly number registers. Taking a number upserts the register row, which locks it until
// the transaction ends (a second writer waits, then gets the next number); the number is kept in
// issued_document_numbers, whose key refuses it a second time. If the transaction fails, the
// register's increment rolls back with it: no number is lost and none is given twice.
import {
  AppError,
  formatNumberedDocument,
  numberingYear,
  type Actor,
  type NumberedKind,
} from '@antq/core'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

export type NumberRequest = {
  issuerUnitId: number
  issuerCode: string
  kind: NumberedKind
  /** The document's date (yyyy-mm-dd): numbers restart each calendar year. */
  date: string
  entity: string
  entityId: number
  /** The signing block of the numbered document, when chosen as the number is taken. */
  signer?: unknown
}

export type IssuedNumber = { sequence: number; number: string; year: number }

/** Takes the next number inside the caller's transaction (never call with the pool handle). */
export async function takeDocumentNumber(
  tx: Kysely<Database>,
  actor: Actor,
  request: NumberRequest,
): Promise<IssuedNumber> {
  if (!tx.isTransaction) throw new AppError('INTERNAL', 'Cấp số văn bản phải nằm trong giao dịch')
  const year = numberingYear(request.date)
  const row = await tx
    .insertInto('document_numbers')
    .values({
      issuer_unit_id: request.issuerUnitId,
      issuer_code: request.issuerCode,
      year,
      kind: request.kind,
      next_number: 2,
    })
    .onConflict((oc) =>
      oc
        .columns(['issuer_unit_id', 'issuer_code', 'year', 'kind'])
        .doUpdateSet({ next_number: sql`document_numbers.next_number + 1` }),
    )
    .returning('next_number')
    .executeTakeFirstOrThrow()
  const sequence = row.next_number - 1
  const number = formatNumberedDocument(sequence, request.kind, request.issuerCode)
  await tx
    .insertInto('issued_document_numbers')
    .values({
      issuer_unit_id: request.issuerUnitId,
      issuer_code: request.issuerCode,
      year,
      kind: request.kind,
      sequence,
      number,
      entity: request.entity,
      entity_id: request.entityId,
      issued_by: actor.username,
      document_date: request.date,
      signer: request.signer === undefined ? null : JSON.stringify(request.signer),
    })
    .execute()
  return { sequence, number, year }
}

/** Numbers issued to one document (entity, id), e.g. to print the sequence on the page. */
export function findIssuedNumber(db: Kysely<Database>, entity: string, entityId: number) {
  return db
    .selectFrom('issued_document_numbers')
    .selectAll()
    .select(sql<string | null>`to_char(document_date, 'YYYY-MM-DD')`.as('document_day'))
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('issued_at', 'desc')
    .executeTakeFirst()
}

export function listIssuedNumbers(
  db: Kysely<Database>,
  filter: { issuerUnitId: number; year: number; kind: NumberedKind },
) {
  return db
    .selectFrom('issued_document_numbers')
    .selectAll()
    .where('issuer_unit_id', '=', filter.issuerUnitId)
    .where('year', '=', filter.year)
    .where('kind', '=', filter.kind)
    .orderBy('sequence')
    .execute()
}

/** Points a number taken before its document row existed at that row. */
export async function linkIssuedNumber(
  tx: Kysely<Database>,
  issuerUnitId: number,
  number: string,
  entityId: number,
) {
  await tx
    .updateTable('issued_document_numbers')
    .set({ entity_id: entityId })
    .where('issuer_unit_id', '=', issuerUnitId)
    .where('number', '=', number)
    .execute()
}
