// SQL of a report's append-only history and of the report deadline's extensions.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

export type HistoryEntry = {
  report_id: number
  at: Date
  actor_name: string
  action: string
  from_status: string | null
  to_status: string
  reason: string | null
}

export async function appendHistory(db: Kysely<Database>, entry: HistoryEntry) {
  await db.insertInto('report_history').values(entry).execute()
}

export function listHistory(db: Kysely<Database>, reportIds: number[]) {
  if (reportIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('report_history')
    .select(['id', 'report_id', 'at', 'actor_name', 'action', 'from_status', 'to_status', 'reason'])
    .where('report_id', 'in', reportIds)
    .orderBy('id')
    .execute()
}

/** Extensions of the report deadline for a year: every period (`report`) or one (`report:2024-Q1`). */
export async function listExtensions(
  db: Kysely<Database>,
  planKey: string,
  year: number,
  periodId: string,
  unitPath: string,
) {
  const rows = await db
    .selectFrom('deadline_extensions')
    .select(['unit_ids', 'scope_path', 'until', 'reason'])
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .where('closes', 'in', ['report', `report:${periodId}`])
    .execute()
  return rows.filter((row) => row.scope_path === null || unitPath.startsWith(row.scope_path))
}
