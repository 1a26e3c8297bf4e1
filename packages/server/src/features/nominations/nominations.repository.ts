// SQL of nominations, their append-only history and their attestations.
import { sql, type Insertable, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'
import type { NominationTable } from '../../db/schema-nominations'

export function findNomination(db: Kysely<Database>, id: number) {
  return db.selectFrom('nominations').selectAll().where('id', '=', id).executeTakeFirst()
}
export type NominationRecord = NonNullable<Awaited<ReturnType<typeof findNomination>>>

export async function insertNomination(db: Kysely<Database>, row: Insertable<NominationTable>) {
  const inserted = await db
    .insertInto('nominations')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

/** Update guarded by the row version: false when someone else changed the row first. */
export async function updateNomination(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  changes: Partial<Omit<Insertable<NominationTable>, 'id' | 'row_version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('nominations')
    .set({ ...changes, row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The live nomination already holding this achievement, if any (another id). */
export function findLiveDuplicate(
  db: Kysely<Database>,
  key: { planKey: string; year: number; formGroup: string; nomineeKey: string; exceptId?: number },
) {
  let query = db
    .selectFrom('nominations')
    .select(['id', 'award_form_id', 'status', 'proposing_unit_id'])
    .where('plan_key', '=', key.planKey)
    .where('year', '=', key.year)
    .where('form_group', '=', key.formGroup)
    .where('nominee_key', '=', key.nomineeKey)
    .where('status', 'not in', ['rejected', 'withdrawn', 'revoked'])
  if (key.exceptId !== undefined) query = query.where('id', '!=', key.exceptId)
  return query.executeTakeFirst()
}

export type NominationFilter = {
  planKey?: string
  year?: number
  status?: string
  awardFormId?: string
  /** Subtree of proposing units. */
  path: string | null
  limit: number
  offset: number
}

export async function listNominations(db: Kysely<Database>, filter: NominationFilter) {
  let query = db
    .selectFrom('nominations as n')
    .innerJoin('units as u', 'u.id', 'n.proposing_unit_id')
  if (filter.planKey) query = query.where('n.plan_key', '=', filter.planKey)
  if (filter.year) query = query.where('n.year', '=', filter.year)
  if (filter.status) query = query.where('n.status', '=', filter.status)
  if (filter.awardFormId) query = query.where('n.award_form_id', '=', filter.awardFormId)
  if (filter.path !== null)
    query = query.where('n.proposing_unit_path', 'like', `${escapeLike(filter.path)}%`)
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()
  const items = await query
    .leftJoin('units as nu', 'nu.id', 'n.nominee_unit_id')
    .selectAll('n')
    .select(['u.name as proposing_unit_name', 'nu.name as nominee_unit_name'])
    .orderBy('n.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute()
  return { total: Number(total?.n ?? 0), items }
}

export async function appendNominationHistory(
  db: Kysely<Database>,
  entry: {
    nomination_id: number
    at: Date
    actor_name: string
    action: string
    from_status: string | null
    to_status: string
    reason: string | null
  },
) {
  await db.insertInto('nomination_history').values(entry).execute()
}

export function listNominationHistory(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('nomination_history')
    .select(['id', 'at', 'actor_name', 'action', 'from_status', 'to_status', 'reason'])
    .where('nomination_id', '=', id)
    .orderBy('id')
    .execute()
}

export function listAttestations(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('attestations as a')
    .innerJoin('dossier_files as f', 'f.id', 'a.evidence_file_id')
    .select(['a.id', 'a.condition_id', 'a.note', 'a.evidence_file_id', 'a.confirmed_by'])
    .select(['a.recorded_by', 'a.recorded_at', 'f.filename'])
    .select(sql<string>`to_char(a.confirmed_at, 'YYYY-MM-DD')`.as('confirmed_day'))
    .where('a.nomination_id', '=', id)
    .orderBy('a.id')
    .execute()
}

export async function upsertAttestation(
  db: Kysely<Database>,
  row: {
    nomination_id: number
    condition_id: string
    note: string
    evidence_file_id: number
    confirmed_by: string
    confirmed_at: string
    recorded_by: string
    recorded_at: Date
  },
) {
  await db
    .insertInto('attestations')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['nomination_id', 'condition_id']).doUpdateSet({
        note: row.note,
        evidence_file_id: row.evidence_file_id,
        confirmed_by: row.confirmed_by,
        confirmed_at: row.confirmed_at,
        recorded_by: row.recorded_by,
        recorded_at: row.recorded_at,
      }),
    )
    .execute()
}

export async function deleteAttestation(db: Kysely<Database>, id: number, conditionId: string) {
  const result = await db
    .deleteFrom('attestations')
    .where('nomination_id', '=', id)
    .where('condition_id', '=', conditionId)
    .executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** The row, locked until the transaction ends, so two actions on it run one after the other. */
export function lockNomination(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('nominations')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}
