// SQL for councils and their members. Meetings, agendas and votes are in meetings.repository.
import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

export function insertCouncil(
  db: Kysely<Database>,
  row: {
    issuer_unit_id: number
    issuer_unit_path: string
    name: string
    issuer_code: string
    rules: unknown
    created_by: string
  },
) {
  return db
    .insertInto('councils')
    .values({ ...row, rules: JSON.stringify(row.rules) })
    .returning('id')
    .executeTakeFirstOrThrow()
}

export function findCouncil(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('councils as c')
    .innerJoin('units as u', 'u.id', 'c.issuer_unit_id')
    .selectAll('c')
    .select(['u.name as issuer_unit_name', 'u.kind as issuer_unit_kind'])
    .where('c.id', '=', id)
    .executeTakeFirst()
}
export type CouncilWithUnit = NonNullable<Awaited<ReturnType<typeof findCouncil>>>

export function listCouncils(db: Kysely<Database>, pathPrefix: string) {
  let query = db
    .selectFrom('councils as c')
    .innerJoin('units as u', 'u.id', 'c.issuer_unit_id')
    .selectAll('c')
    .select(['u.name as issuer_unit_name', 'u.kind as issuer_unit_kind'])
  if (pathPrefix !== '')
    query = query.where('c.issuer_unit_path', 'like', `${escapeLike(pathPrefix)}%`)
  return query.orderBy('c.id').limit(500).execute()
}

export function listMembers(db: Kysely<Database>, councilId: number, activeOnly = true) {
  let query = db.selectFrom('council_members').selectAll().where('council_id', '=', councilId)
  if (activeOnly) query = query.where('active', '=', true)
  return query.orderBy('sort_order').orderBy('id').execute()
}
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number]

export async function replaceMembers(
  db: Kysely<Database>,
  councilId: number,
  members: readonly { name: string; position: string; role: string }[],
) {
  // Earlier members stay (inactive) so past attendance still names them.
  await db
    .updateTable('council_members')
    .set({ active: false })
    .where('council_id', '=', councilId)
    .execute()
  await db
    .insertInto('council_members')
    .values(
      members.map((member, index) => ({ ...member, council_id: councilId, sort_order: index })),
    )
    .execute()
}

/** Bumps row_version when it still equals `expected`; false when someone changed it first. */
export async function bumpCouncilVersion(db: Kysely<Database>, id: number, expected: number) {
  const result = await db
    .updateTable('councils')
    .set({ row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', expected)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}
