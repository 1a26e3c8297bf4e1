// SQL of the reports feature: reports, their append-only history, deadline extensions.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

const UNIT_COLUMNS = [
  'id',
  'code',
  'name',
  'kind',
  'subtype',
  'school_level',
  'enterprise_size',
  'path',
  'households',
  'staff',
  'pupils',
] as const

export function findPlanRow(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('plans')
    .select(['id', 'plan_key', 'status', 'scope_path', 'issuer_unit_id', 'definition'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export function findUnit(db: Kysely<Database>, id: number) {
  return db.selectFrom('units').select(UNIT_COLUMNS).where('id', '=', id).executeTakeFirst()
}

/** The unit and its direct children: the units whose reports a page or a workbook shows. */
export function listUnitAndChildren(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('units')
    .select(UNIT_COLUMNS)
    .where((eb) => eb.or([eb('id', '=', id), eb('parent_id', '=', id)]))
    .orderBy(sql`depth`)
    .orderBy(sql`sort_key collate "C"`)
    .execute()
}

export function findUnitsByCodes(db: Kysely<Database>, version: string, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(UNIT_COLUMNS)
    .where('version', '=', version)
    .where('code', 'in', codes)
    .execute()
}

export function unitVersion(db: Kysely<Database>, id: number) {
  return db.selectFrom('units').select('version').where('id', '=', id).executeTakeFirst()
}

const REPORT_COLUMNS = [
  'id',
  'unit_id',
  'status',
  'figures',
  'return_reason',
  'updated_by',
  'updated_at',
  'row_version',
  'accepted_figures',
  'accepted_at',
  'late_entry',
] as const

export function listReports(
  db: Kysely<Database>,
  planKey: string,
  periodId: string,
  ids: number[],
) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('reports')
    .select(REPORT_COLUMNS)
    .where('plan_key', '=', planKey)
    .where('period_id', '=', periodId)
    .where('unit_id', 'in', ids)
    .execute()
}

export function findReport(
  db: Kysely<Database>,
  planKey: string,
  periodId: string,
  unitId: number,
) {
  return db
    .selectFrom('reports')
    .select(REPORT_COLUMNS)
    .where('plan_key', '=', planKey)
    .where('period_id', '=', periodId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst()
}

export type NewReport = {
  plan_key: string
  plan_id: number
  period_id: string
  unit_id: number
  unit_path: string
  figures: unknown
  updated_by: string
  updated_at: Date
}

/** A new report: a draft, or (late entry) accepted at once with its figures. */
export async function insertReport(
  db: Kysely<Database>,
  report: NewReport,
  lateEntry?: { at: Date },
) {
  const figures = JSON.stringify(report.figures)
  const row = await db
    .insertInto('reports')
    .values({
      ...report,
      figures,
      status: lateEntry ? 'accepted' : 'draft',
      ...(lateEntry && { accepted_figures: figures, accepted_at: lateEntry.at, late_entry: true }),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Optimistic write; false when someone else changed the report first. */
export async function updateReport(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  change: {
    status: string
    figures?: unknown
    return_reason?: string | null
    /** Set on acceptance: the figures now counted, kept through a reopening. */
    accepted?: { figures: unknown; at: Date; lateEntry: boolean }
    by: string
    at: Date
  },
) {
  const result = await db
    .updateTable('reports')
    .set({
      status: change.status,
      figures: change.figures === undefined ? undefined : JSON.stringify(change.figures),
      return_reason: change.return_reason,
      accepted_figures: change.accepted && JSON.stringify(change.accepted.figures),
      accepted_at: change.accepted?.at,
      late_entry: change.accepted?.lateEntry,
      updated_by: change.by,
      updated_at: change.at,
      row_version: sql`row_version + 1`,
    })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
