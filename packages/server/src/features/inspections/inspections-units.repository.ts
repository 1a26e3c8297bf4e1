// SQL of the units an inspection visits, the findings recorded at each and the follow-up actions.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>

const day = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`

export type InspectedUnitRow = Awaited<ReturnType<typeof listInspectedUnits>>[number]

export function listInspectedUnits(db: Db, inspectionId: number) {
  return db
    .selectFrom('inspection_units as iu')
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .select([
      'iu.id',
      'iu.unit_id',
      'iu.unit_path',
      'iu.place',
      'iu.representative_name',
      'iu.representative_position',
      'iu.conclusion',
      'u.name',
      'u.kind',
      'u.code',
    ])
    .select(day('iu.visited_on').as('visited_on'))
    .where('iu.inspection_id', '=', inspectionId)
    .orderBy('iu.id')
    .execute()
}

export async function insertInspectedUnit(
  db: Db,
  values: { inspection_id: number; unit_id: number; unit_path: string },
) {
  const existing = await db
    .selectFrom('inspection_units')
    .select('id')
    .where('inspection_id', '=', values.inspection_id)
    .where('unit_id', '=', values.unit_id)
    .executeTakeFirst()
  if (existing) return null
  const row = await db
    .insertInto('inspection_units')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function updateVisit(
  db: Db,
  id: number,
  values: {
    visited_on: string | null
    place: string | null
    representative_name: string | null
    representative_position: string | null
    conclusion: string | null
  },
) {
  await db.updateTable('inspection_units').set(values).where('id', '=', id).execute()
}

export function listFindings(db: Db, inspectionUnitIds: readonly number[]) {
  if (inspectionUnitIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('inspection_findings')
    .select(['inspection_unit_id', 'item_key', 'item_label', 'origin', 'result', 'note'])
    .where('inspection_unit_id', 'in', inspectionUnitIds)
    .orderBy('id')
    .execute()
}

export type NewFinding = {
  item_key: string
  item_label: string
  origin: string
  result: string
  note: string
}

/** The unit's findings become exactly these (one per checklist item). */
export async function replaceFindings(
  db: Db,
  inspectionUnitId: number,
  findings: readonly NewFinding[],
  recordedBy: string,
) {
  await db
    .deleteFrom('inspection_findings')
    .where('inspection_unit_id', '=', inspectionUnitId)
    .execute()
  if (findings.length === 0) return
  await db
    .insertInto('inspection_findings')
    .values(
      findings.map((finding) => ({
        ...finding,
        inspection_unit_id: inspectionUnitId,
        recorded_by: recordedBy,
      })),
    )
    .execute()
}

export type ActionRow = Awaited<ReturnType<typeof listActions>>[number]

export function listActions(db: Db, inspectionId: number) {
  return db
    .selectFrom('inspection_actions as a')
    .innerJoin('units as u', 'u.id', 'a.owner_unit_id')
    .leftJoin('inspection_units as iu', 'iu.id', 'a.inspection_unit_id')
    .select([
      'a.id',
      'a.what',
      'a.owner_unit_id',
      'a.owner_unit_path',
      'a.status',
      'a.assignment_id',
      'iu.unit_id as inspected_unit_id',
      'iu.unit_path as inspected_unit_path',
      'u.name as owner_name',
    ])
    .select(day('a.due_on').as('due_on'))
    .where('a.inspection_id', '=', inspectionId)
    .orderBy('a.id')
    .execute()
}

export async function insertAction(
  db: Db,
  values: {
    inspection_id: number
    inspection_unit_id: number | null
    what: string
    owner_unit_id: number
    owner_unit_path: string
    due_on: string
    created_by: string
  },
) {
  const row = await db
    .insertInto('inspection_actions')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function linkActionAssignment(db: Db, actionId: number, assignmentId: number) {
  await db
    .updateTable('inspection_actions')
    .set({ assignment_id: assignmentId })
    .where('id', '=', actionId)
    .execute()
}

export async function setActionStatus(db: Db, inspectionId: number, id: number, status: string) {
  const result = await db
    .updateTable('inspection_actions')
    .set({ status })
    .where('id', '=', id)
    .where('inspection_id', '=', inspectionId)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export function findUnitInTerritory(db: Db, unitId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'path'])
    .where('id', '=', unitId)
    .executeTakeFirst()
}
