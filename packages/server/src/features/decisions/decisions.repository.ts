// SQL for award decisions, their items and revocations.
import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>

function selectDecisions(db: Db) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('units as u', 'u.id', 'd.issuer_unit_id')
    .selectAll('d')
    .select(['u.name as issuer_unit_name'])
    .select(sql<string>`to_char(d.decision_date, 'YYYY-MM-DD')`.as('decision_day'))
}

export function findDecision(db: Db, id: number) {
  return selectDecisions(db).where('d.id', '=', id).executeTakeFirst()
}
export type DecisionWithUnit = NonNullable<Awaited<ReturnType<typeof findDecision>>>

export function listDecisions(
  db: Db,
  filter: { pathPrefix: string; planKey?: string; year?: number },
) {
  let query = selectDecisions(db)
  if (filter.pathPrefix !== '')
    query = query.where('d.issuer_unit_path', 'like', `${escapeLike(filter.pathPrefix)}%`)
  if (filter.planKey) query = query.where('d.plan_key', '=', filter.planKey)
  if (filter.year !== undefined) query = query.where('d.year', '=', filter.year)
  return query.orderBy('d.decision_date', 'desc').orderBy('d.id', 'desc').limit(1000).execute()
}

export function insertDecision(
  db: Db,
  row: {
    issuer_unit_id: number
    issuer_unit_path: string
    issuer_code: string
    plan_key: string
    plan_id: number
    year: number
    award_form_id: string
    award_form_name: string
    meeting_id: number | null
    number: string
    decision_date: string
    signer_name: string
    signer_title: string
    signer: string
    created_by: string
  },
) {
  return db.insertInto('decisions').values(row).returning('id').executeTakeFirstOrThrow()
}

export async function insertItems(db: Db, decisionId: number, nominationIds: readonly number[]) {
  await db
    .insertInto('decision_items')
    .values(
      nominationIds.map((id, index) => ({
        decision_id: decisionId,
        nomination_id: id,
        position: index + 1,
      })),
    )
    .execute()
}

export function listItems(db: Db, decisionId: number) {
  return db
    .selectFrom('decision_items')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .orderBy('position')
    .execute()
}
export type DecisionItemRow = Awaited<ReturnType<typeof listItems>>[number]

export async function revokeItems(db: Db, itemIds: readonly number[]) {
  if (itemIds.length === 0) return
  await db
    .updateTable('decision_items')
    .set({ status: 'revoked' })
    .where('id', 'in', itemIds)
    .execute()
}

export async function setDecisionStatus(db: Db, id: number, status: string) {
  await db
    .updateTable('decisions')
    .set({ status, row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .execute()
}

export async function insertRevocations(
  db: Db,
  rows: readonly {
    decision_id: number
    decision_item_id: number | null
    legal_ground: string
    reason: string
    revoked_by: string
  }[],
) {
  if (rows.length > 0)
    await db
      .insertInto('revocations')
      .values([...rows])
      .execute()
}

export function listRevocations(db: Db, decisionId: number) {
  return db
    .selectFrom('revocations')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .orderBy('id')
    .execute()
}
