// SQL of upward reports: the rows, their append-only history, and who owes or received them.
import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>
export type UpwardReportKey = {
  planKey: string
  obligationId: string
  periodKey: string
  unitId: number
}

export function findUpwardReport(db: Db, key: UpwardReportKey) {
  return db
    .selectFrom('upward_reports')
    .selectAll()
    .where('plan_key', '=', key.planKey)
    .where('obligation_id', '=', key.obligationId)
    .where('period_key', '=', key.periodKey)
    .where('unit_id', '=', key.unitId)
    .executeTakeFirst()
}
export type UpwardReportRow = NonNullable<Awaited<ReturnType<typeof findUpwardReport>>>

export async function insertUpwardReport(
  db: Db,
  row: {
    plan_key: string
    plan_id: number
    obligation_id: string
    period_key: string
    year: number
    due_on: string
    unit_id: number
    unit_path: string
    recipient_unit_id: number | null
    sections: string
    updated_by: string
    updated_at: Date
  },
): Promise<number> {
  const inserted = await db
    .insertInto('upward_reports')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

/** Writes the change only if the row is still at `rowVersion`; false when someone came first. */
export async function updateUpwardReport(
  db: Db,
  id: number,
  rowVersion: number,
  change: {
    status: string
    sections?: string
    snapshot?: string | null
    return_reason?: string | null
    submitted_at?: Date | null
    submitted_by?: string | null
    received_at?: Date | null
    received_by?: string | null
    updated_by: string
    updated_at: Date
  },
): Promise<boolean> {
  const result = await db
    .updateTable('upward_reports')
    .set({ ...change, row_version: sql<number>`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function appendUpwardReportHistory(
  db: Db,
  row: {
    upward_report_id: number
    at: Date
    actor_name: string
    action: string
    from_status: string | null
    to_status: string
    reason: string | null
  },
) {
  await db.insertInto('upward_report_history').values(row).execute()
}

export function listUpwardReportHistory(db: Db, id: number) {
  return db
    .selectFrom('upward_report_history')
    .select(['at', 'actor_name', 'action', 'from_status', 'to_status', 'reason'])
    .where('upward_report_id', '=', id)
    .orderBy('id')
    .execute()
}

/** A unit's own reports for a plan's year. */
export function listUnitReports(db: Db, planKey: string, unitId: number, year: number) {
  return db
    .selectFrom('upward_reports')
    .selectAll()
    .where('plan_key', '=', planKey)
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .execute()
}

/** The reports sent to a unit (its lower levels'), for a year or one obligation and period. */
export function listReportsTo(
  db: Db,
  input: {
    planKey: string
    recipientId: number
    year: number
    obligationId?: string
    periodKey?: string
  },
) {
  let query = db
    .selectFrom('upward_reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .selectAll('r')
    .select(['u.name as unit_name', 'u.kind as unit_kind', 'u.sort_key'])
    .where('r.plan_key', '=', input.planKey)
    .where('r.recipient_unit_id', '=', input.recipientId)
    .where('r.year', '=', input.year)
  if (input.obligationId) query = query.where('r.obligation_id', '=', input.obligationId)
  if (input.periodKey) query = query.where('r.period_key', '=', input.periodKey)
  return query.orderBy(sql`u.sort_key collate "C"`).execute()
}

/** Units of these kinds strictly under a unit (the lower levels owing); a path is one register's. */
export function listLowerUnits(
  db: Db,
  root: { id: number; path: string },
  kinds: readonly string[],
) {
  if (kinds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'path', 'valid_from', 'valid_until'])
    .where('path', 'like', `${escapeLike(root.path)}%`)
    .where('id', '<>', root.id)
    .where('kind', 'in', [...kinds])
    .orderBy(sql`sort_key collate "C"`)
    .limit(5000)
    .execute()
}

/** The nearest unit of `kind` among these ancestor ids (deepest first), or undefined. */
export async function findAncestorOfKind(db: Db, ancestorIds: readonly number[], kind: string) {
  if (ancestorIds.length === 0) return undefined
  return db
    .selectFrom('units')
    .select(['id', 'name', 'path', 'kind'])
    .where('id', 'in', [...ancestorIds])
    .where('kind', '=', kind)
    .orderBy('depth', 'desc')
    .executeTakeFirst()
}

export function findUnitsByIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'path'])
    .where('id', 'in', [...ids])
    .execute()
}

/** The reports of a plan's year, by whom and in what state (the late list's "sent" test). */
export function listYearReports(db: Db, planKey: string, year: number) {
  return db
    .selectFrom('upward_reports')
    .select(['unit_id', 'obligation_id', 'period_key', 'status', 'return_reason'])
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .execute()
}
