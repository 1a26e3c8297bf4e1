// SQL of dossier files: a nomination's own files and the batch files of its proposing unit.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

const META = [
  'id',
  'nomination_id',
  'item_id',
  'filename',
  'mime',
  'size',
  'sha256',
  'uploaded_by',
  'uploaded_at',
] as const

export type BatchKey = {
  planKey: string
  year: number
  awardFormId: string
  proposingUnitId: number
}

/** The nomination's files and the batch's shared ones (nomination_id null). */
export function listDossierFiles(db: Kysely<Database>, nominationId: number, batch: BatchKey) {
  return db
    .selectFrom('dossier_files')
    .select(META)
    .where((eb) =>
      eb.or([
        eb('nomination_id', '=', nominationId),
        eb.and([
          eb('nomination_id', 'is', null),
          eb('plan_key', '=', batch.planKey),
          eb('year', '=', batch.year),
          eb('award_form_id', '=', batch.awardFormId),
          eb('proposing_unit_id', '=', batch.proposingUnitId),
        ]),
      ]),
    )
    .orderBy('id')
    .execute()
}
export type DossierFileMeta = Awaited<ReturnType<typeof listDossierFiles>>[number]

export function findDossierFile(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('dossier_files')
    .select([...META, 'unit_path', 'plan_key', 'year', 'award_form_id', 'proposing_unit_id'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export function readDossierFileBytes(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('dossier_files')
    .select(['filename', 'mime', 'bytes', 'unit_path'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function insertDossierFile(
  db: Kysely<Database>,
  row: {
    nomination_id: number | null
    plan_key: string
    year: number
    award_form_id: string
    proposing_unit_id: number
    unit_path: string
    item_id: string
    filename: string
    mime: string
    size: number
    sha256: string
    bytes: Uint8Array
    uploaded_by: string
    uploaded_at: Date
  },
) {
  const inserted = await db
    .insertInto('dossier_files')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function isEvidenceInUse(db: Kysely<Database>, fileId: number) {
  const row = await db
    .selectFrom('attestations')
    .select('id')
    .where('evidence_file_id', '=', fileId)
    .executeTakeFirst()
  return row !== undefined
}

export async function deleteDossierFile(db: Kysely<Database>, id: number) {
  await db.deleteFrom('dossier_files').where('id', '=', id).execute()
}
