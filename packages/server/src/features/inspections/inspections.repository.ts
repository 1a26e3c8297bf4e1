// SQL of inspections, their team and their history. Dates are read as text (to_char) so both
// engines return the same yyyy-mm-dd.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { MemberInput } from './inspections.schemas'

type Db = Kysely<Database>

const day = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`

function selectInspections(db: Db) {
  return db
    .selectFrom('inspections')
    .leftJoin('units as lead', 'lead.id', 'inspections.lead_unit_id')
    .innerJoin('plans', 'plans.id', 'inspections.plan_id')
    .leftJoin('units as issuer', 'issuer.id', 'plans.issuer_unit_id')
    .select([
      'inspections.id',
      'inspections.plan_key',
      'inspections.plan_id',
      'inspections.plan_inspection_id',
      'inspections.issuer_unit_path',
      'inspections.year',
      'inspections.title',
      'inspections.reference',
      'inspections.lead_unit_id',
      'inspections.lead_name',
      'inspections.status',
      'inspections.row_version',
      'lead.name as lead_unit_name',
      'plans.issuer_unit_id',
      'issuer.version as issuer_version',
    ])
    .select([
      day('inspections.period_from').as('period_from'),
      day('inspections.period_to').as('period_to'),
    ])
}

export type InspectionRow = NonNullable<Awaited<ReturnType<typeof findInspection>>>

export function findInspection(db: Db, id: number) {
  return selectInspections(db).where('inspections.id', '=', id).executeTakeFirst()
}

export function listInspectionsOfPlan(db: Db, planKey: string) {
  return selectInspections(db)
    .select((eb) =>
      eb
        .selectFrom('inspection_units')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('inspection_units.inspection_id', '=', 'inspections.id')
        .as('unit_count'),
    )
    .where('inspections.plan_key', '=', planKey)
    .orderBy('inspections.period_from', 'desc')
    .orderBy('inspections.id', 'desc')
    .execute()
}

export type NewInspection = {
  plan_key: string
  plan_id: number
  plan_inspection_id: string | null
  issuer_unit_path: string
  year: number
  title: string
  reference: string | null
  period_from: string
  period_to: string
  lead_unit_id: number | null
  lead_name: string
  created_by: string
}

export async function insertInspection(db: Db, values: NewInspection): Promise<number> {
  const row = await db
    .insertInto('inspections')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Applies the change only at the expected row version; false when someone changed it first. */
export async function updateInspection(
  db: Db,
  id: number,
  rowVersion: number,
  changes: Partial<Omit<NewInspection, 'plan_key' | 'plan_id' | 'created_by'>> & {
    status?: string
  },
): Promise<boolean> {
  const result = await db
    .updateTable('inspections')
    .set({ ...changes, row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export function listMembers(db: Db, inspectionId: number) {
  return db
    .selectFrom('inspection_members')
    .select(['name', 'position', 'unit_name', 'role'])
    .where('inspection_id', '=', inspectionId)
    .orderBy('sort_order')
    .execute()
}

export async function replaceMembers(db: Db, inspectionId: number, members: MemberInput[]) {
  await db.deleteFrom('inspection_members').where('inspection_id', '=', inspectionId).execute()
  if (members.length === 0) return
  await db
    .insertInto('inspection_members')
    .values(
      members.map((member, index) => ({
        inspection_id: inspectionId,
        name: member.name,
        position: member.position,
        unit_name: member.unitName,
        role: member.role,
        sort_order: index,
      })),
    )
    .execute()
}

export async function appendHistory(
  db: Db,
  entry: {
    inspectionId: number
    unitId?: number | null
    actor: string
    action: string
    detail?: unknown
  },
) {
  await db
    .insertInto('inspection_history')
    .values({
      inspection_id: entry.inspectionId,
      unit_id: entry.unitId ?? null,
      actor: entry.actor,
      action: entry.action,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    })
    .execute()
}

export function listHistory(db: Db, inspectionId: number) {
  return db
    .selectFrom('inspection_history')
    .select(['unit_id', 'actor', 'action', 'at'])
    .where('inspection_id', '=', inspectionId)
    .orderBy('id')
    .execute()
}
