// Reads the documents need beyond the features' own repositories: a nomination's batch (what
// one tờ trình carries) and the certificate layouts a secretary stored.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>

/** The nominations one proposing unit sends for one form and year, with this one among them. */
export async function listBatchIds(db: Db, nominationId: number) {
  const seed = await db
    .selectFrom('nominations')
    .select(['plan_key', 'year', 'award_form_id', 'proposing_unit_id'])
    .where('id', '=', nominationId)
    .executeTakeFirst()
  if (!seed) return []
  const rows = await db
    .selectFrom('nominations')
    .select('id')
    .where('plan_key', '=', seed.plan_key)
    .where('year', '=', seed.year)
    .where('award_form_id', '=', seed.award_form_id)
    .where('proposing_unit_id', '=', seed.proposing_unit_id)
    .where((eb) =>
      eb.or([eb('status', 'not in', ['draft', 'withdrawn']), eb('id', '=', nominationId)]),
    )
    .orderBy('id')
    .execute()
  return rows.map((row) => row.id)
}

export function findLayout(db: Db, issuerUnitId: number, awardFormId: string) {
  return db
    .selectFrom('certificate_layouts')
    .selectAll()
    .where('issuer_unit_id', '=', issuerUnitId)
    .where('award_form_id', '=', awardFormId)
    .executeTakeFirst()
}

export async function upsertLayout(
  db: Db,
  row: {
    issuer_unit_id: number
    issuer_unit_path: string
    award_form_id: string
    layout: unknown
    updated_by: string
  },
  expected: number | null,
) {
  const values = { ...row, layout: JSON.stringify(row.layout) }
  if (expected === null) {
    await db.insertInto('certificate_layouts').values(values).execute()
    return true
  }
  const result = await db
    .updateTable('certificate_layouts')
    .set({
      layout: values.layout,
      updated_by: row.updated_by,
      updated_at: sql`now()`,
      row_version: sql`row_version + 1`,
    })
    .where('issuer_unit_id', '=', row.issuer_unit_id)
    .where('award_form_id', '=', row.award_form_id)
    .where('row_version', '=', expected)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export function findProposer(db: Db, nominationId: number) {
  return db
    .selectFrom('nominations')
    .select(['proposing_unit_id', 'proposing_unit_path'])
    .where('id', '=', nominationId)
    .executeTakeFirst()
}

/** The first record of a kind's source (for `antq documents render KIND --demo`). */
export async function findDemoRecord(db: Db, idOf: string): Promise<number | undefined> {
  if (idOf === 'meeting')
    return (await db.selectFrom('council_meetings').select('id').orderBy('id').executeTakeFirst())
      ?.id
  if (idOf === 'decision')
    return (await db.selectFrom('decisions').select('id').orderBy('id').executeTakeFirst())?.id
  if (idOf === 'recognition')
    return (
      await db
        .selectFrom('recognitions')
        .select('id')
        .where('status', '=', 'recognised')
        .orderBy('id')
        .executeTakeFirst()
    )?.id
  const decided = await db
    .selectFrom('decision_items')
    .select('nomination_id')
    .orderBy('id')
    .executeTakeFirst()
  return decided?.nomination_id
}

/** The reason each nomination was appraised despite a missing dossier item (latest), by id. */
export async function listAppraisalOverrides(db: Db, nominationIds: readonly number[]) {
  if (nominationIds.length === 0) return new Map<number, string>()
  const rows = await db
    .selectFrom('nomination_history')
    .select(['nomination_id', 'reason'])
    .where('nomination_id', 'in', nominationIds)
    .where('action', '=', 'appraise_override')
    .orderBy('id')
    .execute()
  return new Map(rows.map((row) => [row.nomination_id, row.reason ?? '']))
}

/** The definition of a plan's newest published version (the one documents cite). */
export function findLatestPublished(db: Db, planKey: string) {
  return db
    .selectFrom('plans')
    .select(['id', 'definition'])
    .where('plan_key', '=', planKey)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** The council whose meeting a decision followed, by name; undefined without a meeting. */
export async function findDecisionCouncil(db: Db, decisionId: number) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('council_meetings as m', 'm.id', 'd.meeting_id')
    .innerJoin('councils as c', 'c.id', 'm.council_id')
    .select(['c.name', 'd.signer', 'd.meeting_id'])
    .where('d.id', '=', decisionId)
    .executeTakeFirst()
}

/** The stored signing block of a decision (null before migration 0029). */
export async function findDecisionSigner(db: Db, decisionId: number) {
  const row = await db
    .selectFrom('decisions')
    .select('signer')
    .where('id', '=', decisionId)
    .executeTakeFirst()
  return row?.signer ?? null
}

/**
 * Số sổ of each award an issuer gave in a year: its place among the issuer's decided items of
 * that year, by decision date, decision and position (a revoked award keeps its number).
 */
export async function listRegisterNumbers(db: Db, issuerUnitId: number, year: number) {
  const rows = await db
    .selectFrom('decision_items as i')
    .innerJoin('decisions as d', 'd.id', 'i.decision_id')
    .select(['i.decision_id', 'i.nomination_id'])
    .where('d.issuer_unit_id', '=', issuerUnitId)
    .where(sql<number>`extract(year from d.decision_date)`, '=', year)
    .orderBy('d.decision_date')
    .orderBy('d.id')
    .orderBy('i.position')
    .execute()
  return rows.map((row, index) => ({ ...row, registerNumber: index + 1 }))
}
